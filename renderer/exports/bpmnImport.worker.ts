import { expose } from 'comlink';
import { runBpmnImport } from './bpmnImportJob';

// elkjs's bundle, loaded with the importer for its automatic layout, takes over `onmessage` when it finds itself in
// a worker; its layouts run in-thread here, so the handler is removed and the worker answers through comlink only.
self.onmessage = null;

const api = { runBpmnImport };
/** The BPMN import worker's interface, for the client's comlink proxy. */
export type BpmnImportWorkerApi = typeof api;

expose(api);
