import { createContext, useContext, type ReactNode } from 'react';
import { createStore, useStore } from 'zustand';
import type { Platform } from '../platform/platform';
import type { CaseDataState, CaseDataStore } from './caseDataStore';

export interface CaseDataServices {
  store: CaseDataStore;
  platform: Platform;
}

const CaseDataContext = createContext<CaseDataServices | null>(null);

export function CaseDataProvider({ services, children }: { services: CaseDataServices; children: ReactNode }) {
  return <CaseDataContext.Provider value={services}>{children}</CaseDataContext.Provider>;
}

/** The open map's sample records and the platform to read and save files, for views inside CaseDataProvider. */
export function useCaseDataServices(): CaseDataServices {
  const services = useContext(CaseDataContext);
  if (!services) throw new Error('useCaseDataServices needs a CaseDataProvider');
  return services;
}

export function useCaseData<T>(select: (state: CaseDataState) => T): T {
  return useStore(useCaseDataServices().store.state, select);
}

const noRecords = createStore<CaseDataState>(() => ({ processId: null, dataset: null }));

/** Like useCaseData, but outside a CaseDataProvider (a panel rendered on its own) it reads as no records. */
export function useCaseDataIfProvided<T>(select: (state: CaseDataState) => T): T {
  const services = useContext(CaseDataContext);
  return useStore(services?.store.state ?? noRecords, select);
}
