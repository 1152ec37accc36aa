import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema } from './jsonSchema';

describe('docs/flow.schema.json', () => {
  it('is generated from the current zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync('docs/flow.schema.json', 'utf8'));
    expect(committed).toEqual(flowJsonSchema());
  });

  it('requires only format, schemaVersion, id, nodes and flows', () => {
    expect((flowJsonSchema().required as string[]).sort()).toEqual(['flows', 'format', 'id', 'nodes', 'schemaVersion']);
  });
});
