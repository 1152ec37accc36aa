import { createStore } from 'zustand/vanilla';
import type { ProcessModel } from '../../shared/model/schema';
import { createWorkspaceDb } from './db';
import type { EditorBinding, EditorSnapshot } from './editorBinding';
import { createWorkspaceRepository } from './repository';
import type { WorkspaceChannel, WorkspaceMessage } from './workspaceChannel';

/**
 * A stand-in for the editor store with the contract's semantics (open is a load, replaceModel a captured
 * change), for workspace tests that should not depend on the canvas.
 */
export function createTestEditor(): EditorBinding & {
  edit(label: string, change: (m: ProcessModel) => ProcessModel): void;
} {
  const store = createStore<EditorSnapshot>()((set, get) => ({
    processId: null,
    model: null,
    version: 0,
    lastChange: null,
    open: (processId, model) => set({ processId, model, version: get().version + 1, lastChange: null }),
    replaceModel: (model, label) => set({ model, version: get().version + 1, lastChange: { label, captured: true } }),
    close: () => set({ processId: null, model: null, version: get().version + 1, lastChange: null }),
  }));
  return {
    getState: store.getState,
    subscribe: store.subscribe,
    edit(label, change) {
      const { model, replaceModel } = store.getState();
      if (!model) throw new Error('no model open');
      replaceModel(change(model), label);
    },
  };
}

/** A repository over a fresh database of its own (fake-indexeddb in unit tests). */
export function createTestRepository(options: Parameters<typeof createWorkspaceRepository>[1] = {}) {
  const db = createWorkspaceDb(`test-${crypto.randomUUID()}`);
  return { db, repository: createWorkspaceRepository(db, options) };
}

/** Renames the first node: a small, visible change. */
export const renameFirstNode =
  (name: string) =>
  (model: ProcessModel): ProcessModel => ({
    ...model,
    nodes: model.nodes.map((node, i) => (i === 0 ? { ...node, name } : node)),
  });

/** A syntactically valid `.flow.json` of about `bytes` characters, nearly all of it nodes (the "10 MB of nodes" case). */
export function hugeFlowText(bytes = 10_000_000): string {
  const node = (i: number) =>
    `{"id":"task_${i}","type":"task","taskType":"user","name":"Task ${i}","x":${i * 10},"y":0}`;
  const nodes: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    nodes.push(node(i));
    size += nodes[i].length + 1;
  }
  return `{"format":"flowwright.process","schemaVersion":1,"id":"huge","name":"Huge","nodes":[${nodes.join(',')}],"flows":[]}`;
}

/** An in-memory Storage, as localStorage behaves. */
export function createMemoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/**
 * Channels between windows in one test, as BroadcastChannel behaves: a message reaches every other endpoint,
 * later (never during post), and never the sender.
 */
export function createTestChannels() {
  const endpoints = new Set<{ deliver(message: WorkspaceMessage): void }>();
  return function connect(): WorkspaceChannel {
    const listeners = new Set<(message: WorkspaceMessage) => void>();
    const self = { deliver: (message: WorkspaceMessage) => listeners.forEach((listener) => listener(message)) };
    endpoints.add(self);
    return {
      post(message) {
        for (const endpoint of endpoints)
          if (endpoint !== self) setTimeout(() => endpoint.deliver(structuredClone(message)), 0);
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
}
