import { z } from 'zod';
import { processSchema } from './schema';

/** The JSON Schema of a `.flow.json` file as written (defaults optional), generated from the zod schema. */
export function flowJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(processSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://flowwright.dev/schema/flow.schema.json',
    title: 'Flowwright process map (.flow.json)',
  };
}
