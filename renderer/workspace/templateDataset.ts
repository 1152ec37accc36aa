import { inferColumns, parseCsv } from '../../shared/data';
import type { DataField } from '../../shared/model/schema';
import { setRoleColumn, startingMapping } from '../data/mappingState';
import type { DatasetRecord } from './db';
import { templateRecords, type BuiltInTemplate } from './templates';

/**
 * A template's sample records as the Data panel saves a loaded file: the table as read from the CSV's bytes and
 * the suggested mapping to the map's fields, with the template's key and arrival columns (the key is named
 * explicitly because the records hold deliberate duplicates, so no column would be suggested). The process id is
 * added once the process exists.
 */
export function templateDataset(
  template: BuiltInTemplate,
  fields: readonly DataField[],
  createdAt: number,
): Omit<DatasetRecord, 'processId'> {
  // At most a few thousand rows: read here rather than through the data worker.
  const table = parseCsv(new TextEncoder().encode(templateRecords(template.id)));
  const suggested = startingMapping(table, fields, inferColumns(table));
  const mapping = setRoleColumn(
    setRoleColumn(suggested, 'keyColumn', template.keyColumn),
    'arrivalColumn',
    template.arrivalColumn,
  );
  return { name: `${template.id}.csv`, table, mapping, createdAt };
}
