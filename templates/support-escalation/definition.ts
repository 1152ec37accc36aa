import type { TemplateDefinition } from '../kit/buildTemplate';
import {
  endEvent,
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
  timerBoundary,
  triangular,
  when,
} from '../kit/mapParts';
import { duplicates, emptyRows, impossibleDate, missingValue, unknownValue, wrongType } from '../kit/messyRows';
import { code, companies } from '../kit/names';
import { officeSimulation, pool } from '../kit/office';
import { arrivalField, idField } from '../kit/recordFields';

const products = ['Billing', 'Mobile app', 'Web portal', 'API', 'Integrations'];
const subjects: Record<string, string[]> = {
  Billing: ['Invoice shows wrong VAT', 'Charged twice this month', 'Cannot download invoice PDF'],
  'Mobile app': ['App crashes on login', 'Push notifications missing', 'Sync stuck at 99%'],
  'Web portal': ['Dashboard loads slowly', 'Export to Excel fails', 'Password reset mail not arriving'],
  API: ['HTTP 500 on /orders', 'Rate limit hit too early', 'Webhook retries, "timeout"'],
  Integrations: ['SAP connector stopped', 'Salesforce sync duplicates contacts', 'SSO via Azure AD fails'],
};

/** Support tickets solved at the service desk or escalated, with an SLA timer that alerts the duty manager. */
export const supportEscalation: TemplateDefinition = {
  id: 'support-escalation',
  model: {
    name: 'Support escalation',
    description: 'Tickets solved at the service desk or escalated by priority and tier; an SLA timer alerts a manager.',
    lanes: [
      { id: 'customer', name: 'Customer', kind: 'external' },
      { id: 'desk', name: 'Service desk', kind: 'internal' },
      { id: 'engineering', name: 'Engineering', kind: 'internal' },
      { id: 'second-level', name: 'Second-level support', kind: 'internal' },
    ],
    nodes: [
      startEvent('opened', 'Ticket opened', 'customer'),
      task(
        'classify',
        'user',
        'Classify ticket',
        'desk',
        { duration: triangular(3 * minute, 6 * minute, 15 * minute), resource: 'desk-agents' },
        { requiredFields: ['priority', 'tier', 'product'] },
      ),
      exclusiveGateway('route', 'Urgent?', 'desk'),
      task('troubleshoot', 'user', 'Troubleshoot with the customer', 'desk', {
        duration: lognormal(40 * minute, 30 * minute),
        durationExpression: 'if knownIssue then base / 4 else base',
        resource: 'desk-agents',
      }),
      exclusiveGateway('solved', 'Solved?', 'desk'),
      exclusiveGateway('escalated', '', 'second-level'),
      task('investigate', 'user', 'Investigate at second level', 'second-level', {
        duration: lognormal(90 * minute, hour),
        durationExpression: 'if priority = "P1" then base / 2 else base',
        resource: 'specialists',
      }),
      timerBoundary('sla', 'SLA of 8 hours breached', 'investigate', 8 * hour, false),
      task('alert', 'send', 'Alert duty manager', 'second-level', { duration: fixed(60) }),
      endEvent('alerted', 'Manager alerted', 'second-level'),
      exclusiveGateway('defect', 'Defect?', 'second-level'),
      task('fix', 'user', 'Fix defect', 'engineering', {
        duration: lognormal(4 * hour, 3 * hour),
        resource: 'engineers',
      }),
      exclusiveGateway('resolved', '', 'desk'),
      task('confirm', 'manual', 'Confirm resolution', 'customer', { duration: lognormal(6 * hour, 6 * hour) }),
      endEvent('closed', 'Ticket closed', 'customer'),
    ],
    flows: [
      flow('opened', 'classify'),
      flow('classify', 'route'),
      when('route', 'escalated', 'priority = "P1" or tier = "enterprise"', 0.2, 'yes'),
      otherwise('route', 'troubleshoot', 0.8, 'no'),
      flow('troubleshoot', 'solved'),
      when('solved', 'resolved', 'solvedFirstLevel = true', 0.7, 'yes'),
      otherwise('solved', 'escalated', 0.3),
      flow('escalated', 'investigate'),
      flow('sla', 'alert'),
      flow('alert', 'alerted'),
      flow('investigate', 'defect'),
      when('defect', 'fix', 'defect = true', 0.25, 'yes'),
      otherwise('defect', 'resolved', 0.75),
      flow('fix', 'resolved'),
      flow('resolved', 'confirm'),
      flow('confirm', 'closed'),
    ],
    data: {
      fields: [
        idField('ticketId', 'Ticket ID'),
        arrivalField('openedAt', 'Opened at'),
        { name: 'customer', type: 'text', required: true },
        {
          name: 'tier',
          type: 'enum',
          required: true,
          values: ['standard', 'premium', 'enterprise'],
          label: 'Customer tier',
        },
        { name: 'priority', type: 'enum', required: true, values: ['P1', 'P2', 'P3', 'P4'] },
        { name: 'product', type: 'enum', required: true, values: products },
        { name: 'channel', type: 'enum', values: ['email', 'phone', 'portal', 'chat'] },
        { name: 'knownIssue', type: 'boolean', required: true, label: 'Known issue' },
        { name: 'solvedFirstLevel', type: 'boolean', label: 'Solved at first level' },
        { name: 'defect', type: 'boolean', label: 'Product defect' },
        { name: 'subject', type: 'text' },
      ],
    },
    simulation: officeSimulation({
      interarrival: exponential(25 * minute),
      cases: 1200,
      resources: [
        pool('desk-agents', 'Service desk agents', 2, 42),
        pool('specialists', 'Second-level specialists', 3, 68),
        pool('engineers', 'Engineers', 2, 90),
      ],
    }),
    scenarios: [
      {
        id: 'third-desk-agent',
        name: 'A third service desk agent',
        overrides: [{ path: '/simulation/resources/0/capacity', value: 3 }],
      },
    ],
  },
  layout: {
    opened: [0, 0],
    classify: [1, 1],
    route: [2, 1],
    troubleshoot: [3, 1],
    solved: [4, 1],
    escalated: [5, 0],
    investigate: [6, 0],
    alert: [7, 1],
    alerted: [8, 1],
    defect: [7, 0],
    fix: [8, 0],
    resolved: [9, 0],
    confirm: [10, 0],
    closed: [11, 0],
  },
  records: {
    count: 1200,
    seed: 2026_04,
    keyColumn: 'ticketId',
    arrivalColumn: 'openedAt',
    row(random, index) {
      const tier = random.weighted<string>([
        ['standard', 60],
        ['premium', 25],
        ['enterprise', 15],
      ]);
      const product = random.pick(products);
      return {
        ticketId: code('SUP-', 48_000 + index, 6),
        customer: random.pick(companies),
        tier,
        priority: random.weighted<string>([
          ['P1', 6],
          ['P2', 24],
          ['P3', 50],
          ['P4', 20],
        ]),
        product,
        channel: random.weighted<string>([
          ['email', 40],
          ['portal', 30],
          ['phone', 20],
          ['chat', 10],
        ]),
        knownIssue: random.chance(0.3),
        subject: random.pick(subjects[product]),
        solvedFirstLevel: random.chance(0.7),
        defect: random.chance(0.25),
      };
    },
    defects: [
      missingValue('priority', 8),
      missingValue('tier', 5),
      unknownValue('priority', 6, ['urgent', 'p2', 'High']),
      unknownValue('product', 4, ['Mobile App', 'Reporting']),
      wrongType('knownIssue', 4, ['maybe', 'unknown']),
      impossibleDate('openedAt', 3),
      duplicates(6),
      emptyRows(2),
    ],
  },
};
