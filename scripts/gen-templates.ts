// Writes templates/<id>/map.flow.json and records.csv from the definitions: `npx tsx scripts/gen-templates.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { templateDefinitions } from '../templates/catalogue';
import { buildTemplate } from '../templates/kit/buildTemplate';

for (const definition of templateDefinitions) {
  const built = buildTemplate(definition);
  const folder = new URL(`../templates/${definition.id}/`, import.meta.url);
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL('map.flow.json', folder), built.mapText);
  writeFileSync(new URL('records.csv', folder), built.csvText);
  const rows = built.csvText.split('\r\n').length - 2;
  console.log(
    `${definition.id}: ${built.model.nodes.length} nodes, ${rows} rows, ${built.planted.length} planted mistakes`,
  );
}
