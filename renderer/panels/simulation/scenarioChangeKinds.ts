import {
  arrivalsChange,
  automateTaskChange,
  branchProbabilityChange,
  calendarName,
  distributionMean,
  elementPhrase,
  poolCalendarChange,
  poolCapacityChange,
  poolQueuePolicy,
  poolQueuePolicyChange,
  queuePolicies,
  queuePolicyLabel,
  taskFasterChange,
  taskMeanChange,
  type Override,
  type ProcessModel,
} from '../../../shared/model';
import type { Choice } from '../fields';
import { nodeName } from './PoolFields';

/** One kind of change the scenario form offers: what it changes, on what, and the override it writes. */
export interface ChangeKind {
  id: string;
  label: string;
  /** The label of the target picker ("Pool"); absent when the change has no target (arrivals). */
  targetLabel?: string;
  targets(model: ProcessModel): Choice[];
  valueLabel: string;
  /** Choices for the value, when it is picked from a list rather than typed. */
  valueChoices?(model: ProcessModel): Choice[];
  /** The value the form starts with for a target, as text. */
  initial(model: ProcessModel, target: string): string;
  build(model: ProcessModel, target: string, value: string): Override | null;
}

const pools = (model: ProcessModel): Choice[] =>
  model.simulation.resources.map((r) => ({ value: r.id, label: r.name.trim() || r.id }));
const tasks = (model: ProcessModel): Choice[] =>
  model.nodes.filter((n) => n.type === 'task').map((n) => ({ value: n.id, label: nodeName(n) }));
const branchGateways = new Set(['exclusiveGateway', 'inclusiveGateway']);
const branches = (model: ProcessModel): Choice[] =>
  model.flows
    .filter((f) => branchGateways.has(model.nodes.find((n) => n.id === f.source)?.type ?? ''))
    .map((f) => ({ value: f.id, label: elementPhrase(model, 'flow', f.id).replace(/^the f/, 'F') }));
const number = (text: string) => (text.trim() === '' ? NaN : Number(text));
const tidy = (x: number) => String(Number(x.toFixed(2)));
const taskMean = (model: ProcessModel, id: string) => {
  const duration = model.nodes.find((n) => n.id === id)?.sim?.duration;
  return duration ? distributionMean(duration) : 0;
};

/** The changes a scenario can make by form, in the order the form offers them. */
export const changeKinds: readonly ChangeKind[] = [
  {
    id: 'capacity',
    label: "A pool's capacity",
    targetLabel: 'Pool',
    targets: pools,
    valueLabel: 'New capacity (people)',
    initial: (m, t) => String((m.simulation.resources.find((r) => r.id === t)?.capacity ?? 0) + 1),
    build: (m, t, v) => poolCapacityChange(m, t, number(v)),
  },
  {
    id: 'calendar',
    label: "A pool's working hours",
    targetLabel: 'Pool',
    targets: pools,
    valueLabel: 'New working hours',
    valueChoices: (m) => [
      { value: '24x7', label: 'Around the clock (24/7)' },
      ...m.simulation.calendars.map((c) => ({ value: c.id, label: calendarName(c) })),
    ],
    initial: (m, t) => m.simulation.resources.find((r) => r.id === t)?.calendar ?? '24x7',
    build: (m, t, v) => poolCalendarChange(m, t, v),
  },
  {
    id: 'queuePolicy',
    label: "A pool's queue policy",
    targetLabel: 'Pool',
    targets: pools,
    valueLabel: 'New queue policy',
    valueChoices: () => queuePolicies.map((p) => ({ value: p, label: queuePolicyLabel(p) })),
    // Starts on a policy other than the pool's own, so that the form's first value is a change.
    initial: (m, t) => {
      const pool = m.simulation.resources.find((r) => r.id === t);
      const current = pool ? poolQueuePolicy(pool) : 'fifo';
      return queuePolicies.find((p) => p !== current) ?? current;
    },
    build: (m, t, v) => poolQueuePolicyChange(m, t, v),
  },
  {
    id: 'duration',
    label: "A task's average duration",
    targetLabel: 'Task',
    targets: tasks,
    valueLabel: 'New average (minutes)',
    initial: (m, t) => tidy(taskMean(m, t) / 60),
    build: (m, t, v) => taskMeanChange(m, t, number(v) * 60),
  },
  {
    id: 'faster',
    label: 'A task N % faster',
    targetLabel: 'Task',
    targets: (m) => tasks(m).filter((c) => taskMean(m, c.value) > 0),
    valueLabel: 'Faster by (%)',
    initial: () => '30',
    build: (m, t, v) => taskFasterChange(m, t, number(v)),
  },
  {
    id: 'automate',
    label: 'Automate a task (no pool)',
    targetLabel: 'Task',
    targets: tasks,
    valueLabel: 'Takes (minutes)',
    initial: () => '0',
    build: (m, t, v) => automateTaskChange(m, t, number(v) * 60),
  },
  {
    id: 'arrivals',
    label: 'Arrivals × factor',
    targets: () => [{ value: 'arrivals', label: 'Arrivals' }],
    valueLabel: 'Factor (1.3 = 30 % more cases)',
    initial: () => '1.3',
    build: (m, _t, v) => arrivalsChange(m, number(v)),
  },
  {
    id: 'branch',
    label: 'A branch probability',
    targetLabel: 'Branch',
    targets: branches,
    valueLabel: 'New probability (%)',
    initial: (m, t) => tidy((m.flows.find((f) => f.id === t)?.probability ?? 0.5) * 100),
    build: (m, t, v) => branchProbabilityChange(m, t, number(v) / 100),
  },
];
