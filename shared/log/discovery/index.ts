import type { EventLog } from '../eventLog';
import { inductiveMiner } from './inductiveMiner';
import { simplifyTree, type ProcessTree } from './processTree';
import { traceLogOf } from './traceLog';

export { inductiveMiner, traceLogFrom } from './inductiveMiner';
export { simplifyTree, treeActivities, treeText, type ProcessTree } from './processTree';
export { traceLogOf, type TraceLog } from './traceLog';

/** The default share of infrequent behaviour left out (IMf's threshold, as in ProM and pm4py). */
export const defaultNoise = 0.2;

/** A process tree discovered from a log by the inductive miner, leaving out behaviour rarer than `noise` (0..1). */
export function discoverTree(log: EventLog, options: { noise?: number } = {}): ProcessTree {
  const noise = Math.min(1, Math.max(0, options.noise ?? defaultNoise));
  return simplifyTree(inductiveMiner(traceLogOf(log), noise));
}
export { treeToModel } from './treeToModel';
