import { createDataHost } from './dataHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = createDataHost((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent) => host.receive(event.data);
