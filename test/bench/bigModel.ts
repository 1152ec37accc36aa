import { processSchema, type ProcessModel } from '../../shared/model';

/**
 * A large, valid map for benchmarks: blocks of split → two tasks → join → task, spread over five lanes,
 * with 1.2 flows per node (1,000 nodes and 1,200 flows at the default size).
 */
export function bigModel(blocks = 200): ProcessModel {
  const lanes = ['intake', 'review', 'finance', 'operations', 'customer'].map((id, i) => ({
    id,
    name: id[0].toUpperCase() + id.slice(1),
    kind: i === 4 ? ('external' as const) : ('internal' as const),
    y: i * 260,
    height: 260,
  }));
  const nodes: Record<string, unknown>[] = [];
  const flows: Record<string, unknown>[] = [];
  let previous = 'start';
  nodes.push({ id: 'start', type: 'startEvent', name: 'Start', lane: 'intake', x: 40, y: 100 });
  const flow = (source: string, target: string, extra: Record<string, unknown> = {}) =>
    flows.push({ id: `f${flows.length + 1}`, source, target, ...extra });
  for (let b = 0; b < blocks; b++) {
    const lane = lanes[b % lanes.length];
    const x = 160 + b * 520;
    const top = lane.y + 30;
    const split = `split${b}`,
      a = `a${b}`,
      c = `c${b}`,
      join = `join${b}`,
      after = `t${b}`;
    nodes.push(
      { id: split, type: 'exclusiveGateway', name: `Check ${b}?`, lane: lane.id, x, y: top + 70 },
      {
        id: a,
        type: 'task',
        taskType: 'user',
        name: `Review case ${b}`,
        lane: lane.id,
        x: x + 100,
        y: top,
        sim: { duration: { type: 'exponential', mean: 600 } },
      },
      {
        id: c,
        type: 'task',
        taskType: 'service',
        name: `Automatic step ${b}`,
        lane: lane.id,
        x: x + 100,
        y: top + 120,
      },
      { id: join, type: 'exclusiveGateway', name: '', lane: lane.id, x: x + 260, y: top + 70 },
      {
        id: after,
        type: 'task',
        taskType: 'manual',
        name: `Record result ${b}`,
        lane: lane.id,
        x: x + 360,
        y: top + 60,
      },
    );
    flow(previous, split);
    flow(split, a, { condition: `amount > ${b}`, name: 'large' });
    flow(split, c, { default: true });
    flow(a, join);
    flow(c, join);
    flow(join, after);
    previous = after;
  }
  nodes.pop(); // the last task becomes the end event, keeping exactly five nodes per block
  const last = flows[flows.length - 1];
  nodes.push({
    id: 'end',
    type: 'endEvent',
    name: 'Done',
    lane: lanes[(blocks - 1) % 5].id,
    x: 160 + blocks * 520,
    y: 100,
  });
  last.target = 'end';
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'big',
    name: 'Benchmark map',
    lanes,
    nodes,
    flows,
  });
}
