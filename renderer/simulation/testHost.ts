import type { WorkerMessage } from './protocol';
import { createSimulationHost, type HostTiming } from './simulationHost';

/**
 * The simulation host in a fake worker, for tests: what it posts is kept in `posted`, its slices wait in a manual
 * task queue until `drain`, and its clock moves 1 ms each time it is read.
 */
export function fakeHost(timing: HostTiming = { sliceMs: 5, progressEveryMs: 100, eventsPerAdvance: 50 }) {
  const posted: WorkerMessage[] = [];
  const tasks: Array<() => void> = [];
  let clock = 0;
  const host = createSimulationHost(
    { post: (m) => posted.push(m), schedule: (t) => tasks.push(t), now: () => clock++ },
    timing,
  );
  return {
    host,
    posted,
    clock: () => clock,
    pendingTasks: () => tasks.length,
    /** Runs scheduled slices, at most `limit`; returns how many ran. */
    drain(limit = Infinity): number {
      let ran = 0;
      while (tasks.length > 0 && ran < limit) {
        tasks.shift()!();
        ran++;
      }
      return ran;
    },
  };
}
