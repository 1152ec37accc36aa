// A 30-node order process over four lanes with a rework loop, placed on a grid as a modeller would draw it; used
// by the routing tests, the routing benchmark and the end-to-end test of flow routes.
import { processSchema, type ProcessModel } from '../../shared/model';
import { nodeSize } from '../../shared/model/geometry';

const lanes = ['customer', 'sales', 'finance', 'warehouse'];
const laneHeight = 240;
const column = 170;

type Spec = [id: string, type: string, name: string, lane: number, col: number, extra?: Record<string, unknown>];

const specs: Spec[] = [
  ['start', 'startEvent', 'Order wanted', 0, 0],
  ['submit', 'task', 'Submit order', 0, 1],
  ['check', 'task', 'Check order', 1, 2],
  ['complete', 'exclusiveGateway', 'Order complete?', 1, 3],
  ['fix', 'task', 'Fix order', 0, 3],
  ['enter', 'task', 'Enter order', 1, 4],
  ['split', 'parallelGateway', '', 1, 5],
  ['credit', 'task', 'Check credit', 2, 6],
  ['creditOk', 'exclusiveGateway', 'Credit ok?', 2, 7],
  ['reject', 'task', 'Reject order', 2, 8],
  ['rejected', 'endEvent', 'Order rejected', 2, 9],
  ['reserve', 'task', 'Reserve stock', 3, 6],
  ['inStock', 'exclusiveGateway', 'In stock?', 3, 7],
  ['reorder', 'task', 'Reorder stock', 3, 8, { dy: -60 }],
  ['wait', 'intermediateEvent', 'Stock arrived', 3, 9, { dy: -60, eventType: 'message' }],
  ['merge', 'exclusiveGateway', '', 3, 10],
  ['pick', 'task', 'Pick items', 3, 11],
  ['join', 'parallelGateway', '', 1, 12],
  ['confirm', 'task', 'Confirm order', 1, 8],
  ['invoice', 'task', 'Create invoice', 2, 13],
  ['pack', 'task', 'Pack parcel', 3, 13],
  ['ship', 'task', 'Ship parcel', 3, 14],
  ['receive', 'task', 'Receive parcel', 0, 15],
  ['pay', 'task', 'Pay invoice', 0, 16],
  ['paid', 'exclusiveGateway', 'Paid in time?', 2, 16],
  ['remind', 'task', 'Send reminder', 2, 17, { dy: 75 }],
  ['book', 'task', 'Book payment', 2, 18],
  ['close', 'task', 'Close order', 1, 19],
  ['done', 'endEvent', 'Order closed', 1, 20],
  ['late', 'boundaryEvent', 'Late', 3, 14, { attachedTo: 'ship', eventType: 'timer', interrupting: false }],
];

const flowSpecs: [string, string, Record<string, unknown>?][] = [
  ['start', 'submit'],
  ['submit', 'check'],
  ['check', 'complete'],
  ['complete', 'fix', { name: 'No', condition: 'complete = false' }],
  ['fix', 'check'],
  ['complete', 'enter', { name: 'Yes', default: true }],
  ['enter', 'split'],
  ['split', 'credit'],
  ['split', 'reserve'],
  ['split', 'confirm'],
  ['credit', 'creditOk'],
  ['creditOk', 'reject', { name: 'No', condition: 'creditOk = false' }],
  ['creditOk', 'join', { name: 'Yes', default: true }],
  ['reject', 'rejected'],
  ['reserve', 'inStock'],
  ['inStock', 'reorder', { name: 'No', condition: 'inStock = false' }],
  ['reorder', 'wait'],
  ['wait', 'merge'],
  ['inStock', 'merge', { name: 'Yes', default: true }],
  ['merge', 'pick'],
  ['pick', 'join'],
  ['confirm', 'join'],
  ['join', 'invoice'],
  ['invoice', 'pack'],
  ['pack', 'ship'],
  ['ship', 'receive'],
  ['receive', 'pay'],
  ['pay', 'paid'],
  ['paid', 'remind', { name: 'No', condition: 'paid = false' }],
  ['remind', 'pay'],
  ['paid', 'book', { name: 'Yes', default: true }],
  ['book', 'close'],
  ['close', 'done'],
  ['late', 'receive'],
];

/** The map: nodes centred in their lane's band (shifted by `dy` where given), columns `column` apart. */
export function laneMap(): ProcessModel {
  const nodes = specs.map(([id, type, name, lane, col, extra = {}]) => {
    const { dy = 0, ...rest } = extra as { dy?: number };
    const size = nodeSize({ type } as never);
    return {
      id,
      type,
      ...(name ? { name } : {}),
      lane: lanes[lane],
      x: 80 + col * column + (120 - size.width) / 2,
      y: lane * laneHeight + laneHeight / 2 - size.height / 2 + dy,
      ...rest,
    };
  });
  const ship = nodes.find((n) => n.id === 'ship')!;
  const late = nodes.find((n) => n.id === 'late')!;
  Object.assign(late, { x: ship.x + 72, y: ship.y + 80 - 18 });
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'order-to-cash',
    name: 'Order to cash',
    lanes: lanes.map((id, i) => ({
      id,
      name: id[0].toUpperCase() + id.slice(1),
      y: i * laneHeight,
      height: laneHeight,
    })),
    nodes,
    flows: flowSpecs.map(([source, target, extra], i) => ({ id: `f${i + 1}`, source, target, ...extra })),
  });
}

/** The map repeated `copies` times side by side (ids suffixed), for timing routes of many flows. */
export function laneMaps(copies: number): ProcessModel {
  const one = laneMap();
  const width = 22 * column;
  const nodes = [];
  const flows = [];
  for (let c = 0; c < copies; c++) {
    const id = (s: string) => `${s}_${c}`;
    nodes.push(
      ...one.nodes.map((n) => ({
        ...n,
        id: id(n.id),
        x: n.x + c * width,
        ...(n.attachedTo ? { attachedTo: id(n.attachedTo) } : {}),
      })),
    );
    flows.push(...one.flows.map((f) => ({ ...f, id: id(f.id), source: id(f.source), target: id(f.target) })));
  }
  return { ...one, nodes, flows };
}
