import type { TemplateDefinition } from '../kit/buildTemplate';
import { daysAfter } from '../kit/arrivals';
import {
  day,
  endEvent,
  errorBoundary,
  exclusiveGateway,
  exponential,
  fixed,
  flow,
  hour,
  lognormal,
  minute,
  otherwise,
  startEvent,
  task,
  triangular,
  when,
} from '../kit/mapParts';
import {
  breaksRule,
  duplicates,
  emptyRows,
  impossibleDate,
  missingValue,
  negative,
  unknownValue,
  wrongType,
} from '../kit/messyRows';
import { code } from '../kit/names';
import { officeSimulation, pool } from '../kit/office';
import { arrivalField, idField, positiveNumber } from '../kit/recordFields';

const suppliers = Array.from({ length: 45 }, (_, i) => code('SUP-', 10_100 + i * 37, 5));

/** Supplier invoices matched against the purchase order and the goods receipt; mismatches are resolved by hand. */
export const invoiceExceptions: TemplateDefinition = {
  id: 'invoice-exceptions',
  model: {
    name: 'Invoice exception handling',
    description: 'Supplier invoices matched to the PO and goods receipt: missing POs, price and quantity mismatches.',
    lanes: [
      { id: 'supplier', name: 'Supplier', kind: 'external' },
      { id: 'erp', name: 'ERP', kind: 'system' },
      { id: 'payables', name: 'Accounts payable', kind: 'internal' },
      { id: 'purchasing', name: 'Purchasing', kind: 'internal' },
    ],
    nodes: [
      startEvent('received', 'Invoice received', 'payables'),
      task(
        'capture',
        'service',
        'Capture invoice data',
        'erp',
        { duration: fixed(20), fixedCost: 0.3 },
        { requiredFields: ['supplierId', 'amount', 'currency'] },
      ),
      errorBoundary('unreadable', 'Unreadable invoice', 'capture', 'supplierId = null or amount = null', 0.04),
      task('key-in', 'user', 'Key in invoice data', 'payables', {
        duration: triangular(5 * minute, 10 * minute, 25 * minute),
        resource: 'ap-clerks',
      }),
      exclusiveGateway('captured', '', 'erp'),
      task('match', 'businessRule', 'Match to PO and goods receipt', 'erp', { duration: fixed(5) }),
      exclusiveGateway('match-result', 'Matched?', 'payables'),
      task('find-po', 'user', 'Find PO with requester', 'purchasing', {
        duration: triangular(20 * minute, 45 * minute, 2 * hour),
        resource: 'buyers',
      }),
      task('check-receipt', 'user', 'Check goods receipt', 'purchasing', {
        duration: triangular(10 * minute, 20 * minute, 60 * minute),
        resource: 'buyers',
      }),
      task('request-credit', 'send', 'Request credit note', 'payables', {
        duration: triangular(5 * minute, 10 * minute, 20 * minute),
        resource: 'ap-clerks',
      }),
      task('credit-note', 'manual', 'Issue credit note', 'supplier', { duration: lognormal(4 * day, 3 * day) }),
      exclusiveGateway('resolved', '', 'payables'),
      task(
        'approve',
        'user',
        'Approve for payment',
        'payables',
        { duration: triangular(3 * minute, 5 * minute, 15 * minute), resource: 'ap-clerks' },
        { requiredFields: ['dueDate'] },
      ),
      task('pay', 'service', 'Schedule payment', 'erp', { duration: fixed(10) }),
      endEvent('paid', 'Invoice paid', 'erp'),
    ],
    flows: [
      flow('received', 'capture'),
      flow('unreadable', 'key-in'),
      flow('capture', 'captured'),
      flow('key-in', 'captured'),
      flow('captured', 'match'),
      flow('match', 'match-result'),
      when('match-result', 'find-po', 'poNumber = null', 0.12, 'no PO'),
      when('match-result', 'request-credit', 'amount > poAmount * 1.02', 0.09, 'price'),
      when('match-result', 'check-receipt', 'qtyInvoiced > qtyReceived', 0.06, 'quantity'),
      otherwise('match-result', 'resolved', 0.73, 'yes'),
      flow('find-po', 'resolved'),
      flow('check-receipt', 'resolved'),
      flow('request-credit', 'credit-note'),
      flow('credit-note', 'resolved'),
      flow('resolved', 'approve'),
      flow('approve', 'pay'),
      flow('pay', 'paid'),
    ],
    data: {
      fields: [
        idField('invoiceId', 'Invoice ID'),
        arrivalField('receivedAt', 'Received at'),
        { name: 'supplierId', type: 'text', required: true, label: 'Supplier ID' },
        { name: 'poNumber', type: 'text', label: 'PO number' },
        { name: 'currency', type: 'enum', required: true, values: ['EUR', 'USD', 'GBP', 'CHF'] },
        positiveNumber('amount', 'Invoice amount'),
        positiveNumber('poAmount', 'PO amount', false),
        positiveNumber('qtyInvoiced', 'Quantity invoiced'),
        { name: 'qtyReceived', type: 'number', validation: 'qtyReceived >= 0', label: 'Quantity received' },
        { name: 'dueDate', type: 'date', required: true, label: 'Due date' },
      ],
    },
    simulation: officeSimulation({
      interarrival: exponential(40 * minute),
      cases: 800,
      resources: [pool('ap-clerks', 'AP clerks', 1, 48), pool('buyers', 'Buyers', 1, 55)],
    }),
    scenarios: [
      {
        id: 'faster-suppliers',
        name: 'Credit notes within two days',
        description: 'Suppliers agree to issue credit notes within two days on average.',
        overrides: [{ path: '/nodes/9/sim/duration', value: { type: 'lognormal', mean: 172800, sd: 86400 } }],
      },
    ],
  },
  layout: {
    received: [0, 1],
    capture: [1, 0],
    'key-in': [2, 0],
    captured: [3, 0],
    match: [4, 0],
    'match-result': [5, 1],
    'request-credit': [6, 0],
    'find-po': [6, 0],
    'check-receipt': [6, 1],
    'credit-note': [7, 0],
    resolved: [8, 1],
    approve: [9, 1],
    pay: [10, 0],
    paid: [11, 0],
  },
  records: {
    count: 800,
    seed: 2026_03,
    keyColumn: 'invoiceId',
    arrivalColumn: 'receivedAt',
    row(random, index, arrival) {
      const currency = random.weighted<string>([
        ['EUR', 80],
        ['USD', 10],
        ['GBP', 6],
        ['CHF', 4],
      ]);
      const qtyInvoiced = random.weighted<number>([
        [1, 30],
        [2, 15],
        [5, 15],
        [10, 15],
        [25, 10],
        [50, 10],
        [200, 5],
      ]);
      const poAmount = Math.max(20, random.draw(lognormal(2400, 3000)));
      const common = {
        invoiceId: code('INV-2026-', index + 1, 5),
        supplierId: random.pick(suppliers),
        currency,
        qtyInvoiced,
        dueDate: daysAfter(arrival, random.pick([14, 30, 30, 30, 45, 60])),
      };
      if (random.chance(0.12))
        return { ...common, poNumber: '', amount: poAmount.toFixed(2), poAmount: '', qtyReceived: '' };
      const overpriced = random.chance(0.1);
      const amount =
        poAmount * (overpriced ? 1.03 + 0.12 * random.next() : random.chance(0.7) ? 1 : 0.99 + 0.01 * random.next());
      const short = !overpriced && random.chance(0.08);
      return {
        ...common,
        poNumber: code('PO-45', random.int(1, 99_999_999), 8),
        amount: amount.toFixed(2),
        poAmount: poAmount.toFixed(2),
        qtyReceived: short
          ? Math.max(0, qtyInvoiced - random.int(1, Math.max(1, Math.ceil(qtyInvoiced / 2))))
          : qtyInvoiced,
      };
    },
    defects: [
      missingValue('supplierId', 5),
      missingValue('amount', 3),
      wrongType('amount', 3, ['EUR 980.00', 'n/a', '12O0.00']),
      negative('amount', 4),
      breaksRule('qtyInvoiced', 2, () => 0),
      unknownValue('currency', 3, ['eur', 'SEK', '€']),
      impossibleDate('dueDate', 3),
      duplicates(5),
      emptyRows(1),
    ],
  },
};
