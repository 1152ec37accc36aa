export { importBpmn, type BpmnImportOptions, type BpmnImportResult } from './importBpmn';
export { exportBpmn, type BpmnExportOptions } from './exportBpmn';
export type { BpmnFlavour } from './exportContext';
export type { ImportWarning } from './importReport';
