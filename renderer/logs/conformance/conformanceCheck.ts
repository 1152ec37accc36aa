import { create } from 'zustand';
import type { ProcessModel } from '../../../shared/model';
import type { EventLog } from '../../../shared/log';
import type { Conformance } from '../../../shared/log/conformance';

/** A check of a map against a log: the map and the log as checked, and the result. */
export interface ConformanceCheck {
  model: ProcessModel;
  log: EventLog;
  result: Conformance;
}

/**
 * The last check, kept outside the view so that it survives switching tabs of the Logs panel; the view shows it only
 * for the log it was made with.
 */
export const useConformanceCheck = create<{ check: ConformanceCheck | null }>(() => ({ check: null }));
