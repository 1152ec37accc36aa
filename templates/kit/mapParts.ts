import type { z } from 'zod';
import type { Distribution, nodeSchema, flowSchema, NodeSim, TaskType } from '../../shared/model/schema';

/** A node or flow as written in a template, before defaults and positions are filled in. */
export type NodeInput = z.input<typeof nodeSchema>;
export type FlowInput = z.input<typeof flowSchema>;

export const minute = 60;
export const hour = 3600;
export const day = 86400;

export const triangular = (min: number, mode: number, max: number): Distribution => ({
  type: 'triangular',
  min,
  mode,
  max,
});
export const lognormal = (mean: number, sd: number): Distribution => ({ type: 'lognormal', mean, sd });
export const exponential = (mean: number): Distribution => ({ type: 'exponential', mean });
export const fixed = (value: number): Distribution => ({ type: 'fixed', value });
export const uniform = (min: number, max: number): Distribution => ({ type: 'uniform', min, max });

export const startEvent = (id: string, name: string, lane: string): NodeInput => ({
  id,
  type: 'startEvent',
  name,
  lane,
});

export const endEvent = (id: string, name: string, lane: string, eventType?: 'error' | 'terminate'): NodeInput => ({
  id,
  type: 'endEvent',
  name,
  lane,
  ...(eventType ? { eventType } : {}),
});

/** A task with its simulation settings; `more` adds required fields, a description, a duration expression. */
export const task = (
  id: string,
  taskType: TaskType,
  name: string,
  lane: string,
  sim: NodeSim,
  more: Partial<NodeInput> = {},
): NodeInput => ({ id, type: 'task', taskType, name, lane, sim, ...more });

export const exclusiveGateway = (id: string, name: string, lane: string): NodeInput => ({
  id,
  type: 'exclusiveGateway',
  name,
  lane,
});

export const parallelGateway = (id: string, lane: string): NodeInput => ({
  id,
  type: 'parallelGateway',
  name: '',
  lane,
});

/** A timer boundary event; `interrupting` false keeps the task going and starts the timer's path beside it. */
export const timerBoundary = (
  id: string,
  name: string,
  attachedTo: string,
  seconds: number,
  interrupting: boolean,
): NodeInput => ({ id, type: 'boundaryEvent', eventType: 'timer', name, attachedTo, timer: seconds, interrupting });

/**
 * An error boundary event: with case data it fires when `condition` is true (and catches failed required-field
 * checks); without data it fires with `probability`.
 */
export const errorBoundary = (
  id: string,
  name: string,
  attachedTo: string,
  condition: string,
  probability: number,
): NodeInput => ({
  id,
  type: 'boundaryEvent',
  eventType: 'error',
  name,
  attachedTo,
  interrupting: true,
  condition,
  sim: { probability },
});

/** A sequence flow with a stable id made of its ends. */
export const flow = (source: string, target: string, more: Partial<FlowInput> = {}): FlowInput => ({
  id: `flow-${source}-${target}`,
  source,
  target,
  ...more,
});

/** A gateway's flow taken when `condition` holds; `probability` routes cases that carry no data. */
export const when = (source: string, target: string, condition: string, probability: number, name?: string) =>
  flow(source, target, { condition, probability, ...(name ? { name } : {}) });

/** A gateway's default flow: taken when no condition holds, or with `probability` for cases without data. */
export const otherwise = (source: string, target: string, probability: number, name?: string) =>
  flow(source, target, { default: true, probability, ...(name ? { name } : {}) });
