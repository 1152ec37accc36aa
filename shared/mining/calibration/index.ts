export {
  calibrateMap,
  type Calibration,
  type CalibratedParameter,
  type CalibrateOptions,
  type ParameterKind,
} from './calibrate';
export { fitDistribution, type DistributionFit } from './fitDistribution';
export { distributionWords, durationWords, percentWords } from './describe';
export { weeklyHours, type WeeklyHours } from './weeklyHours';
export { calibrationAccuracy, accuracyFormula, type CalibrationAccuracy, type AccuracyOptions } from './accuracy';
export { calibrationEdit } from './calibrationEdit';
