import { create } from 'zustand';

/** The element a flow being drawn would end at, and why it may not, for the highlight on the canvas. */
export interface ConnectCandidate {
  id: string;
  refusal: string | null;
}

/** Keyboard gestures on the canvas that are in progress: picking a flow's target, editing a label in place. */
export interface CanvasGestures {
  /** The node a new flow from the selection would start at while "Connect to…" is open. */
  connectFrom: string | null;
  /** The target the picker (or a drag) currently points at, outlined on the canvas. */
  candidate: ConnectCandidate | null;
  /** The element whose name is being edited in place. */
  editing: string | null;
  set(partial: Partial<Omit<CanvasGestures, 'set'>>): void;
}

export const useCanvasGestures = create<CanvasGestures>()((set) => ({
  connectFrom: null,
  candidate: null,
  editing: null,
  set: (partial) => set(partial),
}));
