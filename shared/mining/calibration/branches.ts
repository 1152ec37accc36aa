import { caseEnd, caseStart, type MapSteps } from './mapSteps';

/** A choice the map makes (an exclusive gateway, or whether an error boundary event fires) and what the log says of it. */
export interface ObservedChoice {
  /** The gateway's (boundary event's) id. */
  nodeId: string;
  /** For each option, in the order given: how many times the log took it (ambiguous choices split evenly). */
  counts: number[];
  /** Times the choice was met but no option explained what came next. */
  unexplained: number;
}

/** One way out of a choice: the logged tasks (or the case's end) it leads to first. */
export interface ChoiceOption {
  first: ReadonlySet<string>;
}

/**
 * Counts, over the cases' traces (activity keys in order), how often each option of a choice was taken: each time
 * a case does one of the tasks just before the choice (or starts, when the choice comes first), the next activity
 * that one of the options leads to first decides; when none follows, the option that can end the case does.
 */
export function observeChoice(
  nodeId: string,
  before: ReadonlySet<string>,
  options: readonly ChoiceOption[],
  traces: readonly (readonly string[])[],
): ObservedChoice {
  const counts = options.map(() => 0);
  let unexplained = 0;
  const union = new Set<string>();
  for (const option of options) for (const key of option.first) if (key !== caseEnd) union.add(key);
  const credit = (key: string) => {
    const taking = options.flatMap((option, k) => (option.first.has(key) ? [k] : []));
    if (taking.length === 0) unexplained++;
    for (const k of taking) counts[k] += 1 / taking.length;
  };
  for (const trace of traces) {
    for (let i = -1; i < trace.length; i++) {
      if (!before.has(i < 0 ? caseStart : trace[i])) continue;
      let next = caseEnd;
      for (let j = i + 1; j < trace.length; j++)
        if (union.has(trace[j])) {
          next = trace[j];
          break;
        }
      credit(next);
    }
  }
  return { nodeId, counts, unexplained };
}

/** The exclusive gateways and error boundary events of the map, as choices with their options. */
export function mapChoices(
  steps: MapSteps,
): { nodeId: string; before: Set<string>; options: ChoiceOption[]; flowIds: string[] }[] {
  const { model } = steps;
  const choices = [];
  for (const node of model.nodes) {
    if (node.type !== 'exclusiveGateway') continue;
    const out = model.flows.filter((f) => f.source === node.id);
    if (out.length < 2) continue;
    choices.push({
      nodeId: node.id,
      before: steps.lastBefore(node.id),
      options: out.map((f) => ({ first: steps.firstFrom(f.target) })),
      flowIds: out.map((f) => f.id),
    });
  }
  for (const node of model.nodes) {
    if (node.type !== 'boundaryEvent' || node.eventType !== 'error' || !node.attachedTo) continue;
    const task = model.nodes.find((n) => n.id === node.attachedTo);
    if (!task || steps.stepKey(task) === null) continue;
    const normal = new Set<string>();
    for (const f of model.flows) if (f.source === task.id) for (const k of steps.firstFrom(f.target)) normal.add(k);
    choices.push({
      nodeId: node.id,
      before: new Set([steps.stepKey(task)!]),
      options: [{ first: steps.firstFrom(node.id) }, { first: normal }],
      flowIds: [],
    });
  }
  return choices;
}
