import { describe, expect, it } from 'vitest';
import { purchaseApproval } from './commands/fixtures';
import { freshId, idAllocator, idInUse, idPrefix } from './ids';
import { processSchema } from './schema';

const withIds = (nodes: string[], flows: string[] = [], lanes: string[] = []) =>
  processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'p',
    lanes: lanes.map((id) => ({ id })),
    nodes: nodes.map((id) => ({ id, type: 'task' })),
    flows: flows.map((id) => ({ id, source: nodes[0], target: nodes[1] })),
  });

describe('freshId', () => {
  it('starts at 1 and continues after the highest number used with the prefix', () => {
    expect(freshId(purchaseApproval(), 'task')).toBe('task_1');
    expect(freshId(withIds(['task_1', 'task_6', 'task_3']), 'task')).toBe('task_7');
    expect(freshId(withIds(['task_1', 'task_6']), 'gateway')).toBe('gateway_1');
  });

  it('avoids node, flow and lane ids alike', () => {
    expect(freshId(withIds(['a', 'b'], ['flow_4']), 'flow')).toBe('flow_5');
    expect(freshId(withIds(['a', 'b'], [], ['lane_2']), 'lane')).toBe('lane_3');
    expect(freshId(withIds(['lane_9', 'b']), 'lane')).toBe('lane_10');
  });

  it('is deterministic and treats the prefix literally', () => {
    const model = withIds(['a.b_3', 'axb_8']);
    expect(freshId(model, 'a.b')).toBe('a.b_4');
    expect(freshId(model, 'a.b')).toBe(freshId(model, 'a.b'));
  });

  it('hands out distinct ids from one allocator', () => {
    const next = idAllocator(withIds(['task_2', 'x']));
    expect([next('task'), next('task'), next('flow'), next('task')]).toEqual(['task_3', 'task_4', 'flow_1', 'task_5']);
  });

  it('ignores numbers too long to count with, yet never returns a taken id', () => {
    expect(freshId(withIds(['task_12345678901234567890', 'task_1']), 'task')).toBe('task_2');
  });
});

describe('idPrefix and idInUse', () => {
  it('name new nodes by kind', () => {
    expect(idPrefix('task')).toBe('task');
    expect(idPrefix('inclusiveGateway')).toBe('gateway');
    expect(idPrefix('boundaryEvent')).toBe('boundary');
  });

  it('find ids of any element kind', () => {
    const model = purchaseApproval();
    expect(['review', 'f3', 'finance'].map((id) => idInUse(model, id))).toEqual([true, true, true]);
    expect(idInUse(model, 'task_1')).toBe(false);
  });
});
