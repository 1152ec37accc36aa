import { useEffect } from 'react';
import type { Action } from './action';
import { actions, dispatchKey, type ActionName } from './registry';
import { isTyping, matchesShortcut } from './shortcuts';

/** The action a key press asks for, if any. */
export function actionForKey(event: KeyboardEvent): ActionName | undefined {
  return (Object.keys(actions) as ActionName[]).find((name) =>
    (actions[name] as Action<unknown>).shortcuts.some((shortcut) => matchesShortcut(event, shortcut)),
  );
}

const inCanvas = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest('.fw-canvas') != null;

function textSelectedOutsideCanvas(): boolean {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return false;
  return !inCanvas(selection.anchorNode) && !inCanvas(selection.focusNode);
}

/**
 * Whether arrow keys belong to the map: the focus is on the canvas or nowhere in particular. Elsewhere (a tab
 * list, a chart, a scrolled panel) they keep their own meaning.
 */
export function arrowsMoveSelection(target: EventTarget | null): boolean {
  if (typeof document !== 'undefined' && (target === document.body || target === document.documentElement)) return true;
  return target instanceof Node && inCanvas(target);
}

/** Listens for the editor's keyboard shortcuts on the window while mounted; keys typed into fields are left alone. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const name = actionForKey(event);
      if (!name || name === 'insertElement') return;
      if (name === 'nudge' && !arrowsMoveSelection(event.target)) return;
      // Copy stays the browser's when the user has selected text outside the canvas.
      if (name === 'copy' && textSelectedOutsideCanvas()) return;
      // A disabled Escape or arrow key is left to others (a drawer may close on it, a list may scroll); other
      // shortcut keys are always ours.
      if (dispatchKey(name, event) || (name !== 'escape' && name !== 'nudge')) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
