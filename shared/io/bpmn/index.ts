export { importBpmn, type BpmnImportOptions, type BpmnImportResult } from './importBpmn';
export { exportBpmn, type BpmnExportOptions } from './exportBpmn';
export type { BpmnFlavour } from './exportContext';
export { zeebeProblems } from './zeebe';
export { zeebeDerived } from './zeebeValues';
export type { ImportWarning } from './importReport';
