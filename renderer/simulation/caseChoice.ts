import { create } from 'zustand';

/**
 * Which case to show in the case timeline: one case of one replication (from an exception), the first completed
 * case that took a variant's path, or the first completed case whose cycle time falls in a histogram range.
 */
export type CaseTarget = (
  | { kind: 'case'; replication: number; caseId: string }
  | { kind: 'variant'; path: readonly string[] }
  | { kind: 'cycleTime'; from: number; to: number }
) & {
  /** The scenario of the report the case was picked from (null: the map as drawn); left out: the run started last. */
  scenario?: string | null;
};

interface CaseChoice {
  /** The case asked for last, or null when the timeline is closed. */
  target: CaseTarget | null;
  pick(target: CaseTarget | null): void;
}

/** The case picked in a chart, a variant list or the exceptions, for the case timeline to show. */
export const useCaseChoice = create<CaseChoice>()((set) => ({
  target: null,
  pick: (target) => set({ target }),
}));

/** Asks the case timeline to show a case (null closes it). */
export const pickCase = (target: CaseTarget | null): void => useCaseChoice.getState().pick(target);
