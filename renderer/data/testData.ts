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
