import type { EventLog } from '../../../shared/log/eventLog';
import { calibrateMap } from '../../../shared/mining/calibration';
import type { ProcessModel } from '../../../shared/model';

/** What the discovery gives: the map, and what could not be taken over from the log, in plain words. */
export interface DiscoveredProcess {
  model: ProcessModel;
  notes: string[];
}

/**
 * A map discovered from the log (the inductive miner with the noise filter, laid out); with `measured`, its
 * arrivals, task durations, branch shares and resource pools are then calibrated from the same cases, so that a
 * simulation of it starts from the times the log shows rather than from none. The discovery, with the layout
 * engine, loads on first use.
 */
export async function discoverProcess(
  log: EventLog,
  options: { noise: number; name: string; measured: boolean },
): Promise<DiscoveredProcess> {
  const { discoverMap } = await import('../../../shared/io/eventLog/discoverMap');
  const model = await discoverMap(log, { noise: options.noise, name: options.name });
  if (!options.measured) return { model, notes: [] };
  try {
    const calibration = calibrateMap(model, log);
    return { model: calibration.model, notes: calibration.warnings };
  } catch (error) {
    // The map itself is sound: it opens without times rather than not at all.
    const reason = error instanceof Error ? error.message : String(error);
    return { model, notes: [`times could not be taken from the log (${reason}): set them in the properties panel`] };
  }
}
