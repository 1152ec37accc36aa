import { processSchema, type NodeType, type ProcessModel } from '../../model/schema';
import type { EventLog } from '../eventLog';

type NodeSpec = [id: string, type: NodeType, name?: string, more?: Record<string, unknown>];

/** A map for conformance tests from nodes and flows written as tuples ("a>b" for a flow from a to b). */
export function testMap(nodes: NodeSpec[], flows: string[]): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'test',
    nodes: nodes.map(([id, type, name, more]) => ({ id, type, name: name ?? '', ...more })),
    flows: flows.map((f, i) => {
      const [source, target] = f.split('>');
      return { id: `f${i}`, source, target };
    }),
  });
}

/** A log whose cases are the given traces (case ids 1, 2, ...), one event per activity, an hour apart. */
export function testLog(traces: string[][]): EventLog {
  let line = 1;
  return {
    format: 'xes',
    attributes: {},
    warnings: [],
    cases: traces.map((trace, i) => ({
      id: String(i + 1),
      attributes: {},
      line,
      events: trace.map((activity, k) => ({ activity, timestamp: k * 3_600_000, attributes: {}, line: line++ })),
    })),
  };
}
