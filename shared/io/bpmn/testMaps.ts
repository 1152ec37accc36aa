import { processSchema, type ProcessModel } from '../../model';

/**
 * A purchase approval as an analyst would draw it in Flowwright, for export tests: four lanes (one a system, one
 * an empty external partner), a three-way exclusive split on FEEL conditions with a default, a parallel block, a
 * collapsed sub-process, a timer wait, an SLA timer and an error boundary event, simulation settings and data fields.
 */
export function purchaseApproval(): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'purchase-approval',
    name: 'Purchase approval',
    description: 'Approve purchase requests by amount and customer tier.',
    currency: 'EUR',
    lanes: [
      { id: 'requester', name: 'Requester', kind: 'internal', y: 0, height: 200 },
      { id: 'finance', name: 'Finance', kind: 'internal', y: 200, height: 340 },
      { id: 'erp', name: 'ERP system', kind: 'system', y: 540, height: 220 },
      { id: 'supplier', name: 'Supplier', kind: 'external', y: 800, height: 120 },
    ],
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Request submitted', lane: 'requester', x: 100, y: 80 },
      { id: 'enter', type: 'task', taskType: 'user', name: 'Enter request', lane: 'requester', x: 180, y: 60, requiredFields: ['amount', 'costCenter'],
        sim: { duration: { type: 'triangular', min: 300, mode: 600, max: 1800 }, resource: 'clerks', fixedCost: 2 } },
      { id: 'check', type: 'task', taskType: 'service', name: 'Check budget', lane: 'erp', x: 340, y: 610, extensions: { zeebe: { taskType: 'check-budget' } } },
      { id: 'budget-failed', type: 'boundaryEvent', eventType: 'error', name: 'Budget check failed', attachedTo: 'check', interrupting: true, x: 400, y: 672, sim: { probability: 0.05 } },
      { id: 'rejected', type: 'endEvent', name: 'Rejected', lane: 'erp', x: 560, y: 705 },
      { id: 'route', type: 'exclusiveGateway', name: 'Route by amount', lane: 'finance', x: 500, y: 345 },
      { id: 'cfo', type: 'task', taskType: 'user', name: 'CFO approval', lane: 'finance', x: 620, y: 220, sim: { duration: { type: 'exponential', mean: 3600 }, resource: 'cfo' } },
      { id: 'fast', type: 'task', taskType: 'service', name: 'Auto approve', lane: 'finance', x: 620, y: 320 },
      { id: 'review', type: 'task', taskType: 'user', name: 'Review request', lane: 'finance', x: 620, y: 420, sim: { duration: { type: 'normal', mean: 900, sd: 120 }, resource: 'clerks' } },
      { id: 'sla', type: 'boundaryEvent', eventType: 'timer', name: 'One day passed', attachedTo: 'review', interrupting: false, timer: 86400, x: 680, y: 482 },
      { id: 'remind', type: 'task', taskType: 'send', name: 'Remind reviewer', lane: 'finance', x: 780, y: 440 },
      { id: 'reminded', type: 'endEvent', name: 'Reviewer reminded', lane: 'finance', x: 940, y: 462 },
      { id: 'merge', type: 'exclusiveGateway', name: '', lane: 'finance', x: 800, y: 345 },
      { id: 'split', type: 'parallelGateway', name: '', lane: 'erp', x: 900, y: 625 },
      { id: 'order', type: 'subProcess', name: 'Prepare order', lane: 'erp', x: 1000, y: 560 },
      { id: 'order-start', type: 'startEvent', name: 'Order started', parent: 'order', x: 40, y: 60 },
      { id: 'order-draft', type: 'task', taskType: 'service', name: 'Draft order', parent: 'order', x: 140, y: 38 },
      { id: 'order-end', type: 'endEvent', name: 'Order drafted', parent: 'order', x: 320, y: 60 },
      { id: 'book', type: 'task', taskType: 'service', name: 'Book budget', lane: 'erp', x: 1000, y: 660 },
      { id: 'join', type: 'parallelGateway', name: '', lane: 'erp', x: 1160, y: 625 },
      { id: 'wait', type: 'intermediateEvent', eventType: 'timer', name: 'Wait for supplier', lane: 'erp', timer: 3600, x: 1260, y: 630 },
      { id: 'done', type: 'endEvent', name: 'Approved', lane: 'erp', x: 1360, y: 630 },
      { id: 'note', type: 'annotation', name: 'Orders above 5000 need the CFO.', lane: 'finance', x: 460, y: 220 },
    ],
    flows: [
      { id: 'f1', source: 'start', target: 'enter' },
      { id: 'f2', source: 'enter', target: 'check', waypoints: [{ x: 240, y: 650 }] },
      { id: 'f3', source: 'check', target: 'route', waypoints: [{ x: 525, y: 650 }] },
      { id: 'f4', source: 'route', target: 'cfo', name: 'large', condition: 'amount > 5000', probability: 0.2 },
      { id: 'f5', source: 'route', target: 'fast', name: 'gold', condition: 'tier = "gold"', probability: 0.1 },
      { id: 'f6', source: 'route', target: 'review', default: true, probability: 0.7 },
      { id: 'f7', source: 'cfo', target: 'merge' },
      { id: 'f8', source: 'fast', target: 'merge' },
      { id: 'f9', source: 'review', target: 'merge' },
      { id: 'f10', source: 'sla', target: 'remind' },
      { id: 'f11', source: 'remind', target: 'reminded' },
      { id: 'f12', source: 'merge', target: 'split' },
      { id: 'f13', source: 'split', target: 'order' },
      { id: 'f14', source: 'split', target: 'book' },
      { id: 'f15', source: 'order', target: 'join' },
      { id: 'f16', source: 'book', target: 'join' },
      { id: 'f17', source: 'join', target: 'wait' },
      { id: 'f18', source: 'wait', target: 'done' },
      { id: 'f19', source: 'budget-failed', target: 'rejected' },
      { id: 'f20', source: 'order-start', target: 'order-draft' },
      { id: 'f21', source: 'order-draft', target: 'order-end' },
    ],
    data: {
      fields: [
        { name: 'amount', type: 'number', required: true, validation: 'amount > 0' },
        { name: 'costCenter', type: 'text', required: true },
        { name: 'tier', type: 'enum', values: ['gold', 'silver'] },
      ],
    },
    simulation: {
      arrivals: { interarrival: { type: 'exponential', mean: 1800 }, calendar: 'office' },
      cases: 500,
      seed: 7,
      resources: [
        { id: 'clerks', name: 'Finance clerks', capacity: 2, costPerHour: 45, calendar: 'office' },
        { id: 'cfo', name: 'CFO', capacity: 1, costPerHour: 150 },
      ],
      calendars: [{ id: 'office', timezone: 'Europe/Berlin', weekly: [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '09:00', to: '17:00' }] }],
    },
    scenarios: [{ id: 'one-more-clerk', name: 'One more clerk', overrides: [{ path: '/simulation/resources/0/capacity', value: 3 }] }],
  });
}
