import { utils, write } from '@e965/xlsx';
import { parseCsv, type RawTable } from '../../shared/data';
import { processSchema, type ProcessModel } from '../../shared/model';
import purchaseRequests from '../../test/fixtures/maps/purchase-requests.flow.json';
import messyPurchaseCsv from '../../test/fixtures/data/purchase-requests.messy.csv?raw';

/** The purchase requests map of the end-to-end fixtures: fields that match the messy purchase CSV. */
export function purchaseRequestsMap(): ProcessModel {
  return processSchema.parse(purchaseRequests);
}

/** The messy purchase CSV fixture, read. */
export function messyPurchaseTable(): RawTable {
  return parseCsv(messyPurchaseCsv);
}

/**
 * The two-sheet workbook of test/fixtures/data/two-sheets.xlsx: a cover sheet first, as exported reports often have,
 * and the purchase requests on the second sheet (one without a cost centre, one with a negative amount). The bytes
 * are the same on every call, so the fixture is written again without a change.
 */
export function twoSheetWorkbook(): Uint8Array {
  const workbook = utils.book_new();
  const summary = [
    ['Report', 'Period', 'Prepared by'],
    ['Purchase requests', '2025-03', 'Finance'],
  ];
  const requests = [
    ['Request ID', 'Cost Center', 'Amount', 'Tier', 'Approver'],
    ['PR-101', 'CC-100', 1250.5, 'gold', 'Dana'],
    ['PR-102', null, 310, 'silver', 'Lee'],
    ['PR-103', 'CC-200', -40, 'gold', 'Dana'],
  ];
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(summary), 'Summary');
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(requests), 'Requests');
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
