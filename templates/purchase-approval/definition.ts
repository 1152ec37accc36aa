import type { TemplateDefinition } from '../kit/buildTemplate';
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
  duplicates,
  emptyRows,
  impossibleDate,
  missingValue,
  negative,
  unknownValue,
  wrongType,
} from '../kit/messyRows';
import { code, companies, costCenters, people } from '../kit/names';
import { officeSimulation, pool } from '../kit/office';
import { arrivalField, idField, positiveNumber } from '../kit/recordFields';

const categories = [
  'IT hardware',
  'Software',
  'Office supplies',
  'Professional services',
  'Facilities',
  'Marketing',
  'Travel',
];

/** Typical spend per category (mean, sd in EUR) and what people ask for. */
const spend: Record<string, { mean: number; sd: number; items: string[] }> = {
  'IT hardware': {
    mean: 2400,
    sd: 2600,
    items: ['Laptop for new hire', 'Docking stations', '27" monitors', 'Network switch'],
  },
  Software: { mean: 3800, sd: 5200, items: ['Design tool licences', 'CRM seats, annual', 'Test automation licence'] },
  'Office supplies': { mean: 260, sd: 220, items: ['Printer paper and toner', 'Desk chairs', 'Whiteboards'] },
  'Professional services': { mean: 11000, sd: 9000, items: ['Tax advice Q1', 'Security audit', 'Interim controller'] },
  Facilities: { mean: 3200, sd: 3800, items: ['HVAC maintenance', 'Meeting room refit', 'Cleaning, extra shifts'] },
  Marketing: { mean: 6500, sd: 6000, items: ['Trade fair booth', 'Brochure print run', 'Social media campaign'] },
  Travel: {
    mean: 1300,
    sd: 900,
    items: ['Customer visit, Lisbon', 'Team offsite, Hamburg', 'Conference trip, Vienna'],
  },
};

/** Purchase requests approved by the budget owner, or by the CFO above 5,000 EUR, then ordered from the supplier. */
export const purchaseApproval: TemplateDefinition = {
  id: 'purchase-approval',
  model: {
    name: 'Purchase approval',
    description: 'Purchase requests checked by procurement, approved by the budget owner or, above 5,000 EUR, the CFO.',
    lanes: [
      { id: 'supplier', name: 'Supplier', kind: 'external' },
      { id: 'requester', name: 'Requester', kind: 'internal' },
      { id: 'approvers', name: 'Approvers', kind: 'internal' },
      { id: 'procurement', name: 'Procurement', kind: 'internal' },
    ],
    nodes: [
      startEvent('submitted', 'Request submitted', 'requester'),
      task(
        'check',
        'user',
        'Check request',
        'procurement',
        { duration: triangular(5 * minute, 10 * minute, 30 * minute), resource: 'buyers' },
        { requiredFields: ['costCenter', 'supplier', 'category', 'amount'] },
      ),
      errorBoundary(
        'incomplete',
        'Request incomplete',
        'check',
        'costCenter = null or supplier = null or amount <= 0',
        0.04,
      ),
      task('return', 'send', 'Return request to requester', 'procurement', {
        duration: fixed(2 * minute),
        resource: 'buyers',
      }),
      endEvent('returned', 'Returned', 'procurement'),
      exclusiveGateway('over-limit', 'Amount over 5,000?', 'procurement'),
      task('owner-approval', 'user', 'Approve as budget owner', 'approvers', {
        duration: triangular(10 * minute, 20 * minute, hour),
        resource: 'budget-owners',
      }),
      task(
        'cfo-approval',
        'user',
        'Approve as CFO',
        'approvers',
        { duration: triangular(15 * minute, 30 * minute, 2 * hour), resource: 'cfo' },
        { requiredFields: ['amount', 'costCenter'] },
      ),
      exclusiveGateway('approval-merge', '', 'approvers'),
      exclusiveGateway('approved', 'Approved?', 'approvers'),
      endEvent('rejected', 'Request rejected', 'approvers'),
      task('order', 'service', 'Create and send purchase order', 'procurement', {
        duration: fixed(45),
        fixedCost: 0.4,
      }),
      task('confirm', 'manual', 'Confirm order', 'supplier', { duration: lognormal(day, 0.6 * day) }),
      endEvent('ordered', 'Order confirmed', 'supplier'),
    ],
    flows: [
      flow('submitted', 'check'),
      flow('incomplete', 'return'),
      flow('return', 'returned'),
      flow('check', 'over-limit'),
      when('over-limit', 'cfo-approval', 'amount > 5000', 0.17, 'yes'),
      otherwise('over-limit', 'owner-approval', 0.83, 'no'),
      flow('owner-approval', 'approval-merge'),
      flow('cfo-approval', 'approval-merge'),
      flow('approval-merge', 'approved'),
      when('approved', 'rejected', 'approved = false', 0.1, 'no'),
      otherwise('approved', 'order', 0.9, 'yes'),
      flow('order', 'confirm'),
      flow('confirm', 'ordered'),
    ],
    data: {
      fields: [
        idField('requestId', 'Request ID'),
        arrivalField('submittedAt', 'Submitted at'),
        { name: 'requester', type: 'text', required: true },
        { name: 'costCenter', type: 'text', required: true, label: 'Cost centre' },
        { name: 'supplier', type: 'text', required: true },
        { name: 'category', type: 'enum', required: true, values: categories },
        { name: 'description', type: 'text' },
        positiveNumber('amount', 'Amount (EUR)'),
        { name: 'approved', type: 'boolean', label: "Approved (the approver's verdict)" },
      ],
    },
    simulation: officeSimulation({
      interarrival: exponential(30 * minute),
      cases: 1000,
      resources: [
        pool('buyers', 'Buyers', 2, 55),
        pool('budget-owners', 'Budget owners', 1, 85),
        pool('cfo', 'CFO', 1, 180),
      ],
    }),
    scenarios: [
      {
        id: 'second-budget-owner',
        name: 'A deputy budget owner',
        description: 'A second person may approve below 5,000 EUR.',
        overrides: [{ path: '/simulation/resources/1/capacity', value: 2 }],
      },
    ],
  },
  layout: {
    submitted: [0, 0],
    check: [1, 0],
    'over-limit': [2, 0],
    return: [2, 1],
    'cfo-approval': [3, 0],
    'owner-approval': [3, 1],
    returned: [3, 1],
    'approval-merge': [4, 0],
    approved: [5, 0],
    order: [6, 0],
    rejected: [6, 1],
    confirm: [7, 0],
    ordered: [8, 0],
  },
  records: {
    count: 1000,
    seed: 2026_01,
    keyColumn: 'requestId',
    arrivalColumn: 'submittedAt',
    row(random, index) {
      const category = random.weighted<string>([
        ['IT hardware', 24],
        ['Software', 14],
        ['Office supplies', 22],
        ['Professional services', 8],
        ['Facilities', 12],
        ['Marketing', 10],
        ['Travel', 10],
      ]);
      const { mean, sd, items } = spend[category];
      return {
        requestId: code('PR-2026-', index + 1, 5),
        requester: random.pick(people),
        costCenter: random.pick(costCenters),
        supplier: random.pick(companies),
        category,
        description: random.pick(items),
        amount: random.money(lognormal(mean, sd), 15),
        approved: random.chance(0.9),
      };
    },
    defects: [
      missingValue('costCenter', 7),
      missingValue('supplier', 4),
      wrongType('amount', 4, ['n/a', 'TBD', '€1,200', 'see quote']),
      negative('amount', 5),
      unknownValue('category', 4, ['Furniture', 'it hardware', 'Consulting']),
      impossibleDate('submittedAt', 2),
      duplicates(4),
      emptyRows(1),
    ],
  },
};
