import { createSimulationHost } from './simulationHost';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Slices are chained through a MessageChannel rather than setTimeout(0), which browsers clamp to 4 ms after a few
// nested calls; its messages queue behind a Cancel that has already arrived, so the Cancel is handled first.
const channel = new MessageChannel();
const pending: Array<() => void> = [];
channel.port1.onmessage = () => pending.shift()?.();

const host = createSimulationHost({
  post: (message) => scope.postMessage(message),
  schedule(task) {
    pending.push(task);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

scope.onmessage = (event: MessageEvent) => host.receive(event.data);
