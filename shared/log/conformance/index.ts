export { replayLog, LogReplay, type Conformance, type CaseConformance, type NodeDeviation } from './replayLog';
export { replayTrace, type TraceReplay } from './tokenReplay';
export { toWorkflowNet, activityKey, type WorkflowNet, type NetTransition } from './workflowNet';
