import { createContext, useContext } from 'react';
import type { ProcessModel } from '../../shared/model/schema';
import { createPlatform } from '../platform/platform';
import { flowFileName, flowFileText } from '../workspace/flowFile';
import { createDrawingGuard, windowStorage, type DrawingGuard } from './drawingGuard';

/** What a failure's fallback offers, and the guard that keeps a map that broke the window from reopening unasked. */
export interface Recovery {
  guard: DrawingGuard;
  /** Shows the list of processes, to open another one. */
  openAnotherMap(): void;
  /** Offers the open map as a `.flow.json` file, as the export does. */
  downloadMap(model: ProcessModel): void;
}

/**
 * The last resort, for a failure outside the workspace (the window's own boundary): the page reloads to the process
 * list (the guard has marked the open map), and a download goes straight to the platform.
 */
export const lastResortRecovery: Recovery = {
  guard: createDrawingGuard(windowStorage()),
  openAnotherMap: () => window.location.reload(),
  downloadMap: (model) => void createPlatform().saveFile(flowFileName(model), flowFileText(model)),
};

export const RecoveryContext = createContext<Recovery>(lastResortRecovery);

/** The recovery actions of the app (or the last resort outside it). */
export function useRecovery(): Recovery {
  return useContext(RecoveryContext);
}
