import { restore, type ProcessModel } from '../../shared/model';

export type JsonApplyOutcome =
  | { kind: 'applied'; model: ProcessModel; fixes: string[] }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; problems: string[] };

/** The open map as the Advanced view shows it: the `.flow.json` text, pretty printed. */
export function flowJsonText(model: ProcessModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/**
 * Reads edited `.flow.json` text through restore(): the model to apply with what restore fixed, nothing when the
 * text means the same map, or the problems (each with its path) when it cannot be applied.
 */
export function readFlowJson(text: string, current: ProcessModel): JsonApplyOutcome {
  const result = restore(text);
  if (!result.ok)
    return { kind: 'rejected', problems: result.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)) };
  if (flowJsonText(result.model) === flowJsonText(current)) return { kind: 'unchanged' };
  return { kind: 'applied', model: result.model, fixes: result.fixes };
}
