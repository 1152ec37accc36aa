import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CsvLogMapping } from '../../shared/io/eventLog';
import type { EventLog, LogWarning } from '../../shared/log';
import { createWorkspaceDb, type LogRecord, type WorkspaceDb } from '../workspace/db';
import { createLogClient, type ImportProgress, type LogClient, type LogPreview } from './logClient';
import { logFormatOfFile } from './logFormat';
import { deleteLog, listLogs, loadLog } from './logRepository';

/** Where an import stands: asking for the CSV mapping, reading and storing, or done with what it reported. */
export type ImportState =
  | { phase: 'mapping'; file: File; preview: LogPreview }
  | { phase: 'reading'; name: string; progress: ImportProgress | null }
  | { phase: 'done'; name: string; events: number; cases: number; warnings: LogWarning[] }
  | { phase: 'failed'; name: string; message: string };

/** The selected log's events, loaded from the workspace for the views that need them. */
export type LoadedLog =
  | { state: 'loading'; id: string }
  | { state: 'ready'; id: string; log: EventLog }
  | { state: 'failed'; id: string; message: string };

export interface LogsState {
  logs: LogRecord[];
  selectedId: string | null;
  importing: ImportState | null;
  loaded: LoadedLog | null;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The workspace's event logs as the Logs panel shows them: the list, the selected log, the import under way (which
 * goes on while the panel is closed) and the selected log's events once loaded. One per window.
 */
export function createLogsSession(options: { db?: WorkspaceDb; client?: LogClient } = {}): LogsSession {
  const db = options.db ?? createWorkspaceDb();
  const client = options.client ?? createLogClient();
  const state = createStore<LogsState>(() => ({ logs: [], selectedId: null, importing: null, loaded: null }));
  let cancel: (() => void) | null = null;

  async function refresh(): Promise<void> {
    state.setState({ logs: await listLogs(db) });
  }

  async function run(file: File, mapping?: CsvLogMapping): Promise<void> {
    state.setState({ importing: { phase: 'reading', name: file.name, progress: null } });
    try {
      const record = await client.importLog(file, file.name, {
        mapping,
        started: (stop) => (cancel = stop),
        onProgress: (progress) => state.setState({ importing: { phase: 'reading', name: file.name, progress } }),
      });
      if (!record) return state.setState({ importing: null });
      await refresh();
      state.setState({
        selectedId: record.id,
        loaded: null,
        importing: {
          phase: 'done',
          name: file.name,
          events: record.events,
          cases: record.cases,
          warnings: record.warnings,
        },
      });
    } catch (error) {
      state.setState({ importing: { phase: 'failed', name: file.name, message: errorText(error) } });
    } finally {
      cancel = null;
    }
  }

  return {
    state,
    refresh,
    /** Starts importing a file: XES at once, CSV after its mapping step. */
    async importFile(file: File): Promise<void> {
      const format = logFormatOfFile(file.name);
      if (format === 'xes') return run(file);
      if (format === null)
        return state.setState({
          importing: {
            phase: 'failed',
            name: file.name,
            message: 'this is not an event log: import XES (.xes, .xes.gz) or CSV (.csv) files',
          },
        });
      try {
        const preview = await client.preview(file);
        state.setState({ importing: { phase: 'mapping', file, preview } });
      } catch (error) {
        state.setState({ importing: { phase: 'failed', name: file.name, message: errorText(error) } });
      }
    },
    /** Imports the CSV of the mapping step under the mapping chosen. */
    importMapped(mapping: CsvLogMapping): Promise<void> {
      const importing = state.getState().importing;
      if (importing?.phase !== 'mapping') return Promise.resolve();
      return run(importing.file, mapping);
    },
    /** Stops the import under way, or leaves the mapping step, or hides the last import's report. */
    dismissImport(): void {
      if (cancel) cancel();
      else state.setState({ importing: null });
    },
    select(id: string | null): void {
      if (state.getState().selectedId === id) return;
      state.setState({ selectedId: id, loaded: null });
    },
    /** Loads the selected log's events (once; the views of its tabs share them). */
    async load(): Promise<void> {
      const { selectedId: id, loaded } = state.getState();
      if (!id || loaded?.id === id) return;
      state.setState({ loaded: { state: 'loading', id } });
      let next: LoadedLog;
      try {
        const log = await loadLog(db, id);
        next = log
          ? { state: 'ready', id, log }
          : { state: 'failed', id, message: 'the log is no longer in the workspace' };
      } catch (error) {
        next = { state: 'failed', id, message: errorText(error) };
      }
      // another log may have been chosen meanwhile
      if (state.getState().loaded?.id === id) state.setState({ loaded: next });
    },
    async remove(id: string): Promise<void> {
      await deleteLog(db, id);
      if (state.getState().selectedId === id) state.setState({ selectedId: null, loaded: null });
      await refresh();
    },
    dispose(): void {
      client.dispose();
      db.close();
    },
  };
}

export interface LogsSession {
  state: StoreApi<LogsState>;
  refresh(): Promise<void>;
  importFile(file: File): Promise<void>;
  importMapped(mapping: CsvLogMapping): Promise<void>;
  dismissImport(): void;
  select(id: string | null): void;
  load(): Promise<void>;
  remove(id: string): Promise<void>;
  dispose(): void;
}
