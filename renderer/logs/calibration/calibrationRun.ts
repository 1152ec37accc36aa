import { create } from 'zustand';
import type { EventLog } from '../../../shared/log';
import type { ProcessModel } from '../../../shared/model';
import {
  calibrateMap,
  calibrationAccuracy,
  type Calibration,
  type CalibrationAccuracy,
} from '../../../shared/mining/calibration';

/** A calibration of one map from one log, with the accuracy of the calibrated map against that log. */
export interface CalibrationRun {
  model: ProcessModel;
  log: EventLog;
  calibration: Calibration;
  /** Null when the calibrated map could not be simulated; `accuracyError` then says why. */
  accuracy: CalibrationAccuracy | null;
  accuracyError: string | null;
  /** The map as "Apply to the map" left it: not a change made since the calibration. */
  applied?: ProcessModel;
}

/** The latest calibration, kept while the Logs panel switches tabs (the view itself unmounts). */
export const useCalibrationRun = create<{ run: CalibrationRun | null }>(() => ({ run: null }));

/** Calibrates the map from the log and checks the result by simulating it. */
export function runCalibration(model: ProcessModel, log: EventLog): CalibrationRun {
  const calibration = calibrateMap(model, log);
  try {
    return { model, log, calibration, accuracy: calibrationAccuracy(calibration.model, log), accuracyError: null };
  } catch (error) {
    return {
      model,
      log,
      calibration,
      accuracy: null,
      accuracyError: error instanceof Error ? error.message : String(error),
    };
  }
}
