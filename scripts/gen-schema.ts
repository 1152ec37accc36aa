// `npm run schema`: writes docs/flow.schema.json from the zod schema in shared/model.
import { writeFileSync } from 'node:fs';
import { flowJsonSchema } from '../shared/model/jsonSchema';

writeFileSync('docs/flow.schema.json', JSON.stringify(flowJsonSchema(), null, 2) + '\n');
console.log('wrote docs/flow.schema.json');
