import { pointer } from '../patch';
import { queuePolicies, type ProcessModel, type QueuePolicy } from '../schema';
import type { Override } from './scenarios';

// One source for how the policies read, in the pool form, in scenario changes and in the docs' words.
const policyWords: Record<QueuePolicy, { label: string; meaning: string }> = {
  fifo: {
    label: 'First come, first served',
    meaning: 'Waiting work starts in the order it arrived, after higher task priority, then higher case priority.',
  },
  lifo: {
    label: 'Last come, first served',
    meaning: 'The latest arrival starts first, after higher task priority, then higher case priority.',
  },
  shortest: {
    label: 'Shortest work first',
    meaning: 'The work that takes least time starts first, after higher task priority; case priority does not apply.',
  },
};

/** The policy a pool uses: its own, or first come first served when it names none. */
export const poolQueuePolicy = (pool: { queuePolicy?: QueuePolicy }): QueuePolicy => pool.queuePolicy ?? 'fifo';

/** A queue policy's name for people ("Shortest work first"). */
export const queuePolicyLabel = (policy: QueuePolicy): string => policyWords[policy].label;

/** What a queue policy does, in one sentence. */
export const queuePolicyMeaning = (policy: QueuePolicy): string => policyWords[policy].meaning;

/** Whether a value is one of the queue policies of the file format. */
export const isQueuePolicy = (value: unknown): value is QueuePolicy =>
  typeof value === 'string' && (queuePolicies as readonly string[]).includes(value);

/** A pool's queue policy in a scenario. Null when the pool does not exist or the policy is unknown. */
export function poolQueuePolicyChange(model: ProcessModel, poolId: string, policy: string): Override | null {
  const index = model.simulation.resources.findIndex((r) => r.id === poolId);
  if (index < 0 || !isQueuePolicy(policy)) return null;
  return { path: pointer('simulation', 'resources', index, 'queuePolicy'), value: policy };
}
