import { expect } from 'vitest';
import { applyPatch } from '../patch';
import { processSchema, type ProcessModel } from '../schema';
import type { Edit } from './edit';

/** A small purchase approval map with lanes, a boundary event, a sub-process and a default flow (tests only). */
export function purchaseApproval(): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'purchase-approval',
    name: 'Purchase approval',
    lanes: [
      { id: 'requester', name: 'Requester' },
      { id: 'finance', name: 'Finance' },
    ],
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Request submitted', lane: 'requester', x: 0, y: 0 },
      {
        id: 'review',
        type: 'task',
        taskType: 'user',
        name: 'Review',
        lane: 'finance',
        x: 160,
        y: 0,
        sim: { duration: { type: 'fixed', value: 600 }, resource: 'clerks' },
      },
      {
        id: 'sla',
        type: 'boundaryEvent',
        eventType: 'timer',
        attachedTo: 'review',
        lane: 'finance',
        x: 200,
        y: 40,
        timer: 86400,
      },
      { id: 'big', type: 'exclusiveGateway', name: 'Amount over 5000?', lane: 'finance', x: 320, y: 0 },
      { id: 'cfo', type: 'subProcess', name: 'CFO approval', lane: 'finance', x: 480, y: -100 },
      { id: 'cfo_start', type: 'startEvent', parent: 'cfo', x: 500, y: -80 },
      { id: 'cfo_sign', type: 'task', name: 'Sign', parent: 'cfo', x: 560, y: -80 },
      {
        id: 'cfo_check',
        type: 'boundaryEvent',
        eventType: 'error',
        attachedTo: 'cfo_sign',
        parent: 'cfo',
        x: 580,
        y: -40,
      },
      { id: 'done', type: 'endEvent', name: 'Approved', x: 640, y: 0 },
      { id: 'escalate', type: 'task', name: 'Escalate', x: 200, y: 120 },
    ],
    flows: [
      { id: 'f1', source: 'start', target: 'review' },
      { id: 'f2', source: 'review', target: 'big' },
      {
        id: 'f3',
        source: 'big',
        target: 'cfo',
        name: 'Yes',
        condition: 'amount > 5000',
        waypoints: [{ x: 400, y: 0 }],
      },
      { id: 'f4', source: 'big', target: 'done', name: 'No', default: true },
      { id: 'f5', source: 'cfo', target: 'done' },
      { id: 'f6', source: 'sla', target: 'escalate' },
      { id: 'f7', source: 'cfo_start', target: 'cfo_sign', waypoints: [{ x: 530, y: -80 }] },
    ],
  });
}

/** A map of `count` tasks in a chain, for structural sharing checks on large maps. */
export function chainOfTasks(count: number): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'chain',
    lanes: [{ id: 'lane_a', name: 'A' }],
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `t${i}`,
      type: 'task',
      name: `Task ${i}`,
      x: i * 160,
      y: 0,
    })),
    flows: Array.from({ length: count - 1 }, (_, i) => ({ id: `c${i}`, source: `t${i}`, target: `t${i + 1}` })),
  });
}

/**
 * Applies an edit and checks that its inverse restores the model exactly and that the result is still a
 * parsed, referentially sound model; returns the result.
 */
export function expectUndoable(model: ProcessModel, edit: Edit | null): ProcessModel {
  expect(edit).not.toBeNull();
  const after = applyPatch(model, (edit as Edit).patch);
  expect(applyPatch(after, (edit as Edit).inverse)).toStrictEqual(model);
  expect(processSchema.parse(after)).toStrictEqual(after);
  expect(referenceProblems(after)).toEqual([]);
  return after;
}

/** What is wrong with the references of a model: ids, flow ends, hosts, parents, lanes (empty when sound). */
export function referenceProblems(model: ProcessModel): string[] {
  const problems: string[] = [];
  const ids = [...model.nodes, ...model.flows, ...model.lanes].map((e) => e.id);
  if (new Set(ids).size !== ids.length) problems.push('duplicate ids');
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const lanes = new Set(model.lanes.map((l) => l.id));
  const pairs = new Set<string>();
  for (const f of model.flows) {
    if (!nodes.has(f.source) || !nodes.has(f.target)) problems.push(`flow ${f.id} dangles`);
    if (f.source === f.target) problems.push(`flow ${f.id} is a self-loop`);
    if (pairs.has(`${f.source}>${f.target}`)) problems.push(`flow ${f.id} duplicates a pair`);
    pairs.add(`${f.source}>${f.target}`);
  }
  for (const n of model.nodes) {
    if (n.attachedTo !== undefined && !nodes.has(n.attachedTo)) problems.push(`${n.id} has no host`);
    if (n.parent !== undefined && nodes.get(n.parent)?.type !== 'subProcess') problems.push(`${n.id} has no parent`);
    if (n.lane !== undefined && !lanes.has(n.lane)) problems.push(`${n.id} is in a missing lane`);
  }
  return problems;
}
