import { describe, expect, it } from 'vitest';
import { inferColumns } from '../../shared/data';
import {
  extraColumns,
  fieldForColumn,
  forFields,
  setFieldColumn,
  setRoleColumn,
  startingMapping,
} from './mappingState';
import { messyPurchaseTable, purchaseRequestsMap } from './testData';

const table = messyPurchaseTable();
const profiles = inferColumns(table);
const fields = purchaseRequestsMap().data.fields;

describe('mapping state', () => {
  it('starts from the fields’ names and labels, and keeps a saved mapping whose columns still exist', () => {
    const suggested = startingMapping(table, fields, profiles);
    expect(suggested.fields).toEqual({
      requestId: 'Request ID',
      costCenter: 'Cost Center',
      amount: 'Amount',
      tier: 'Tier',
    });
    const saved = { fields: { amount: 'Amount' }, keyColumn: 'Request ID' };
    expect(startingMapping(table, fields, profiles, saved)).toBe(saved);
    const stale = { fields: { amount: 'Total' } };
    expect(startingMapping(table, fields, profiles, stale).fields.amount).toBe('Amount');
    expect(startingMapping(table, fields, profiles, { fields: {} }).fields).toEqual(suggested.fields);
  });

  it('gives a column to one field at most, and unmaps with null', () => {
    const start = { fields: { amount: 'Amount', tier: 'Tier' } };
    expect(setFieldColumn(start, 'tier', 'Amount').fields).toEqual({ tier: 'Amount' });
    expect(setFieldColumn(start, 'amount', null).fields).toEqual({ tier: 'Tier' });
    expect(start.fields).toEqual({ amount: 'Amount', tier: 'Tier' });
  });

  it('sets and clears the key and arrival-time columns', () => {
    const keyed = setRoleColumn({ fields: {} }, 'keyColumn', 'Request ID');
    expect(keyed).toEqual({ fields: {}, keyColumn: 'Request ID' });
    expect(setRoleColumn(keyed, 'keyColumn', null)).toEqual({ fields: {} });
  });

  it('lists the columns no field takes, and adds one as a new field with its inferred type', () => {
    const mapping = startingMapping(table, fields, profiles);
    expect(extraColumns(table, mapping)).toEqual(['Requester', 'Submitted', 'Urgent', 'Notes']);
    const submitted = profiles.find((p) => p.column === 'Submitted')!;
    const added = fieldForColumn(submitted, fields, mapping);
    expect(added.field).toEqual({ name: 'submitted', type: 'date', label: 'Submitted' });
    expect(added.mapping.fields.submitted).toBe('Submitted');
    expect(extraColumns(table, added.mapping)).toEqual(['Requester', 'Urgent', 'Notes']);
  });

  it('names a new field apart from existing ones', () => {
    const amount = profiles.find((p) => p.column === 'Amount')!;
    expect(fieldForColumn(amount, fields, { fields: {} }).field.name).toBe('amount2');
  });

  it('drops fields the map no longer has, and keeps the same mapping when nothing is dropped', () => {
    const mapping = { fields: { amount: 'Amount', gone: 'Tier' }, keyColumn: 'Request ID' };
    expect(forFields(mapping, fields)).toEqual({ fields: { amount: 'Amount' }, keyColumn: 'Request ID' });
    const kept = { fields: { amount: 'Amount' } };
    expect(forFields(kept, fields)).toBe(kept);
  });
});
