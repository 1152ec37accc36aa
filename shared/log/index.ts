export * from './eventLog';
export { LogWarnings } from './logWarnings';
export { activityInstances, reportUnpaired, type ActivityInstance, type UnpairedEvent } from './activityInstances';
export { summarizeLog, durationBins, type LogSummary, type Variant, type CaseDurations } from './logSummary';
export { readIsoTime, localToEpoch, type LocalOffset, type ReadTime } from './timestamps';
export { timestampReader, guessTimestampFormat, type TimestampFormat } from './timestampFormat';
export {
  directlyFollows,
  simplifyGraph,
  type DirectlyFollowsGraph,
  type DfgActivity,
  type DfgEdge,
} from './directlyFollows';
