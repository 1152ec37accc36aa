import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LogsSession, LogsState } from './logsSession';

const LogsContext = createContext<LogsSession | null>(null);

export function LogsProvider({ session, children }: { session: LogsSession; children: ReactNode }) {
  return <LogsContext.Provider value={session}>{children}</LogsContext.Provider>;
}

/** The window's event logs, for views inside LogsProvider. */
export function useLogsSession(): LogsSession {
  const session = useContext(LogsContext);
  if (!session) throw new Error('useLogsSession needs a LogsProvider');
  return session;
}

export function useLogs<T>(select: (state: LogsState) => T): T {
  return useStore(useLogsSession().state, select);
}
