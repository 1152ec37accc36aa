import type { TemplateDefinition } from '../kit/buildTemplate';
import {
  day,
  endEvent,
  exclusiveGateway,
  exponential,
  fixed,
  flow,
  lognormal,
  minute,
  otherwise,
  startEvent,
  task,
  timerBoundary,
  triangular,
  when,
} from '../kit/mapParts';
import { duplicates, emptyRows, missingValue, negative, unknownValue, wrongType } from '../kit/messyRows';
import { code } from '../kit/names';
import { officeCalendar, officeSimulation, pool, workdayHours } from '../kit/office';
import { arrivalField, idField, positiveNumber } from '../kit/recordFields';

const categories = ['travel', 'meals', 'lodging', 'mileage', 'equipment', 'training'];
/** Typical amount per category (mean, sd in EUR), how often it breaks the policy, and what it was for. */
const spend: Record<string, { mean: number; sd: number; overPolicy: number; purposes: string[] }> = {
  travel: {
    mean: 420,
    sd: 380,
    overPolicy: 0.08,
    purposes: ['Flight to customer workshop', 'Train to trade fair', 'Taxi to airport', 'Rental car, Lyon'],
  },
  meals: {
    mean: 65,
    sd: 55,
    overPolicy: 0.12,
    purposes: ['Team dinner', 'Lunch with customer', 'Catering, sprint review'],
  },
  lodging: {
    mean: 360,
    sd: 260,
    overPolicy: 0.1,
    purposes: ['Hotel, 2 nights, Munich', 'Hotel near customer site', 'Hotel, trade fair week'],
  },
  mileage: {
    mean: 85,
    sd: 70,
    overPolicy: 0.02,
    purposes: ['Site visits, March', 'Customer visits, own car', 'Drive to supplier audit'],
  },
  equipment: {
    mean: 650,
    sd: 800,
    overPolicy: 0.06,
    purposes: ['Headset and webcam', 'Ergonomic keyboard', '27" monitor for home office'],
  },
  training: {
    mean: 1100,
    sd: 800,
    overPolicy: 0.03,
    purposes: ['Cloud certification exam', 'Conference ticket', 'Online course, "FEEL basics"'],
  },
};

/** Expense reports checked against the policy, then approved automatically, by the manager or by finance. */
export const expenseReports: TemplateDefinition = {
  id: 'expense-reports',
  model: {
    name: 'Expense reports',
    description: 'Expense reports routed by amount and policy: automatic approval, the line manager, or finance.',
    lanes: [
      { id: 'employee', name: 'Employee', kind: 'internal' },
      { id: 'finance', name: 'Finance', kind: 'internal' },
      { id: 'expense-system', name: 'Expense system', kind: 'system' },
      { id: 'manager', name: 'Line manager', kind: 'internal' },
    ],
    nodes: [
      startEvent('submitted', 'Report submitted', 'employee'),
      task(
        'check',
        'businessRule',
        'Check receipts and policy',
        'expense-system',
        { duration: fixed(2) },
        { requiredFields: ['employeeId', 'category', 'amount', 'receiptsAttached'] },
      ),
      exclusiveGateway('receipts', 'Receipts attached?', 'expense-system'),
      task('add-receipts', 'manual', 'Add missing receipts', 'employee', { duration: lognormal(2 * day, 2 * day) }),
      exclusiveGateway('receipts-merge', '', 'expense-system'),
      exclusiveGateway('route', 'Approver?', 'expense-system'),
      task(
        'policy-review',
        'user',
        'Review policy exception',
        'finance',
        { duration: triangular(15 * minute, 30 * minute, 60 * minute), resource: 'finance-clerks' },
        { requiredFields: ['overPolicy', 'purpose'] },
      ),
      task('manager-approval', 'user', 'Approve expenses', 'manager', {
        duration: triangular(5 * minute, 15 * minute, 40 * minute),
        resource: 'line-managers',
      }),
      timerBoundary('reminder', 'No approval in 3 days', 'manager-approval', 3 * day, false),
      endEvent('reminded', 'Reminder sent', 'manager'),
      task('auto-approve', 'service', 'Approve automatically', 'expense-system', { duration: fixed(1) }),
      exclusiveGateway('approved', '', 'expense-system'),
      task('reimburse', 'user', 'Reimburse with payroll', 'finance', {
        duration: triangular(2 * minute, 4 * minute, 10 * minute),
        resource: 'finance-clerks',
      }),
      endEvent('reimbursed', 'Expenses reimbursed', 'finance'),
    ],
    flows: [
      flow('submitted', 'check'),
      flow('check', 'receipts'),
      when('receipts', 'add-receipts', 'receiptsAttached = false', 0.12, 'no'),
      otherwise('receipts', 'receipts-merge', 0.88, 'yes'),
      flow('add-receipts', 'receipts-merge'),
      flow('receipts-merge', 'route'),
      when('route', 'policy-review', 'overPolicy = true', 0.08, 'over policy'),
      when('route', 'manager-approval', 'amount > 1000', 0.12, 'over 1,000'),
      otherwise('route', 'auto-approve', 0.8, 'within policy'),
      flow('policy-review', 'approved'),
      flow('manager-approval', 'approved'),
      flow('reminder', 'reminded'),
      flow('auto-approve', 'approved'),
      flow('approved', 'reimburse'),
      flow('reimburse', 'reimbursed'),
    ],
    data: {
      fields: [
        idField('reportId', 'Report ID'),
        arrivalField('submittedAt', 'Submitted at'),
        { name: 'employeeId', type: 'text', required: true, label: 'Employee ID' },
        {
          name: 'department',
          type: 'enum',
          required: true,
          values: ['Sales', 'Engineering', 'Marketing', 'Operations', 'Finance', 'HR'],
        },
        { name: 'category', type: 'enum', required: true, values: categories },
        positiveNumber('amount', 'Amount (EUR)'),
        { name: 'receiptsAttached', type: 'boolean', required: true, label: 'Receipts attached' },
        { name: 'overPolicy', type: 'boolean', required: true, label: 'Over policy' },
        { name: 'projectCode', type: 'text', label: 'Project code' },
        { name: 'purpose', type: 'text' },
      ],
    },
    simulation: officeSimulation({
      interarrival: exponential(45 * minute),
      cases: 600,
      resources: [
        pool('line-managers', 'Line managers', 1, 90, 'approval-hour'),
        pool('finance-clerks', 'Finance clerks', 1, 50),
      ],
      calendars: [
        {
          id: 'approval-hour',
          name: 'Daily approval hour',
          timezone: officeCalendar.timezone,
          weekly: [workdayHours('16:00', '17:00')],
          holidays: officeCalendar.holidays,
        },
      ],
    }),
    scenarios: [
      {
        id: 'approval-twice-a-day',
        name: 'Managers approve twice a day',
        overrides: [
          { path: '/simulation/calendars/1/weekly/0/from', value: '12:00' },
          { path: '/simulation/calendars/1/weekly/1', value: workdayHours('16:00', '17:00') },
          { path: '/simulation/calendars/1/weekly/0/to', value: '13:00' },
        ],
      },
    ],
  },
  layout: {
    submitted: [0, 0],
    check: [1, 0],
    receipts: [2, 0],
    'add-receipts': [3, 0],
    'receipts-merge': [4, 0],
    route: [5, 0],
    'policy-review': [6, 0],
    'manager-approval': [6, 0],
    'auto-approve': [6, 0],
    reminded: [7, 1],
    approved: [7, 0],
    reimburse: [8, 0],
    reimbursed: [9, 0],
  },
  records: {
    count: 600,
    seed: 2026_05,
    keyColumn: 'reportId',
    arrivalColumn: 'submittedAt',
    row(random, index) {
      const category = random.weighted<string>([
        ['travel', 25],
        ['meals', 25],
        ['lodging', 15],
        ['mileage', 15],
        ['equipment', 10],
        ['training', 10],
      ]);
      const { mean, sd, overPolicy, purposes } = spend[category];
      return {
        reportId: code('EXP-2026-', index + 1, 5),
        employeeId: code('E', random.int(10_000, 10_180), 5),
        department: random.weighted<string>([
          ['Sales', 30],
          ['Engineering', 25],
          ['Marketing', 15],
          ['Operations', 15],
          ['Finance', 8],
          ['HR', 7],
        ]),
        category,
        amount: random.money(lognormal(mean, sd), 3),
        receiptsAttached: category === 'mileage' || random.chance(0.86),
        overPolicy: random.chance(overPolicy),
        projectCode: random.chance(0.6) ? code('PRJ-', random.int(100, 160), 3) : '',
        purpose: random.pick(purposes),
      };
    },
    defects: [
      missingValue('employeeId', 4),
      missingValue('receiptsAttached', 2),
      wrongType('amount', 3, ['12,50 EUR', 'see receipt', '–']),
      negative('amount', 4),
      unknownValue('category', 3, ['Meals', 'taxi', 'hotel']),
      wrongType('receiptsAttached', 2, ['partly']),
      duplicates(3),
      emptyRows(1),
    ],
  },
};
