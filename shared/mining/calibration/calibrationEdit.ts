import { createEdit, pointer, type Edit, type PatchOp, type ProcessModel } from '../../model';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function setOp(path: string, before: unknown, after: unknown): PatchOp | null {
  if (same(before, after)) return null;
  if (after === undefined) return { op: 'remove', path };
  return { op: before === undefined ? 'add' : 'replace', path, value: after };
}

/**
 * One edit that gives `current` the calibrated values of `calibrated` (tasks' simulation settings, flows' and
 * error events' probabilities, arrivals, pools and calendars), element by element id, so that edits made to the
 * map since the calibration are kept. Null when nothing would change.
 */
export function calibrationEdit(current: ProcessModel, calibrated: ProcessModel): Edit | null {
  const ops: (PatchOp | null)[] = [];
  const nodes = new Map(calibrated.nodes.map((n) => [n.id, n]));
  current.nodes.forEach((node, i) => {
    const next = nodes.get(node.id);
    if (next) ops.push(setOp(`/nodes/${i}/sim`, node.sim, next.sim));
  });
  const flows = new Map(calibrated.flows.map((f) => [f.id, f]));
  current.flows.forEach((flow, i) => {
    const next = flows.get(flow.id);
    if (next) ops.push(setOp(`/flows/${i}/probability`, flow.probability, next.probability));
  });
  for (const key of ['arrivals', 'resources', 'calendars'] as const)
    ops.push(setOp(pointer('simulation', key), current.simulation[key], calibrated.simulation[key]));
  return createEdit(
    current,
    ops.filter((op): op is PatchOp => op !== null),
    'Calibrate from the log',
  );
}
