import { createWorkspaceDb } from '../workspace/db';
import { createLogHost } from './logHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The worker opens the workspace database itself, so that a read log is stored without crossing to the window.
const host = createLogHost((message) => scope.postMessage(message), { db: createWorkspaceDb() });
scope.onmessage = (event: MessageEvent) => void host.receive(event.data);
