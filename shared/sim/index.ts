export { simulate, startSimulation, type SimulationRun } from './simulate';
export { checkRunnable, type SimProblem } from './checkRunnable';
export { applyScenario, scenarioIdOf } from './scenario';
export { exceptionWorkList, replicationsText, workListColumns, workListCsv, type WorkListRow } from './workList';
export type {
  ActivityReport,
  CaseDataSource,
  CaseInput,
  EventLogRow,
  ExceptionKind,
  ExceptionRecord,
  ExceptionReport,
  RecordOrder,
  ResourceReport,
  SimulationOptions,
  SimulationReport,
  SkippedRecord,
  StatSummary,
} from './types';
