export { importBpmn, type BpmnImportOptions, type BpmnImportResult } from './importBpmn';
export { exportBpmn, type BpmnExportOptions } from './exportBpmn';
export type { BpmnFlavour } from './exportContext';
export { zeebeProblems } from './zeebe';
export type { ImportWarning } from './importReport';
