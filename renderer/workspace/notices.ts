import { createStore } from 'zustand/vanilla';

/** A button on a notice. */
export interface NoticeAction {
  label: string;
  run(): void;
}

/** An error stays until dismissed; a notice fades after its timeout. */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  title: string;
  details: string[];
  action?: NoticeAction;
  /**
   * A question that only its answers close: the notice shows these buttons and no way to dismiss it, and stays
   * (whatever its kind) until one is chosen.
   */
  choices?: NoticeAction[];
  /** Milliseconds until it fades; null keeps it until dismissed. Defaults by kind. */
  timeoutMs?: number | null;
}

export type NoticeInput = Omit<Notice, 'id'>;

/** How long an info notice with an action (e.g. "Undo") stays. */
export const undoWindowMs = 8000;
const infoTimeoutMs = 5000;

/** The notices shown at the bottom of the window, newest last; at most a few at once. */
export function createNoticeStore(maxShown = 4) {
  let nextId = 1;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const store = createStore<{ notices: Notice[] }>(() => ({ notices: [] }));

  function dismiss(id: number): void {
    clearTimeout(timers.get(id));
    timers.delete(id);
    store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  }

  function notify(input: NoticeInput): number {
    const defaultTimeout = input.kind === 'info' ? infoTimeoutMs : null;
    const timeoutMs = input.choices ? null : input.timeoutMs !== undefined ? input.timeoutMs : defaultTimeout;
    const notice: Notice = { ...input, timeoutMs, id: nextId++ };
    // A question is never pushed out by newer notices: its changes wait for the answer.
    const shown = store.getState().notices;
    const others = shown.filter((n) => !n.choices);
    const room = Math.max(0, maxShown - 1 - (shown.length - others.length));
    const keptOthers = others.slice(others.length - room);
    const kept = shown.filter((n) => n.choices || keptOthers.includes(n));
    for (const dropped of shown.filter((n) => !kept.includes(n))) dismiss(dropped.id);
    store.setState({ notices: [...kept, notice] });
    schedule(notice);
    return notice.id;
  }

  function schedule(notice: Notice): void {
    clearTimeout(timers.get(notice.id));
    if (notice.timeoutMs != null)
      timers.set(
        notice.id,
        setTimeout(() => dismiss(notice.id), notice.timeoutMs),
      );
  }

  /** Keeps a notice while the pointer or focus is on it (time to reach "Undo"); release restarts its timeout. */
  function hold(id: number): void {
    clearTimeout(timers.get(id));
    timers.delete(id);
  }

  function release(id: number): void {
    const notice = store.getState().notices.find((n) => n.id === id);
    if (notice) schedule(notice);
  }

  return { store, notify, dismiss, hold, release };
}

export type NoticeCenter = ReturnType<typeof createNoticeStore>;
