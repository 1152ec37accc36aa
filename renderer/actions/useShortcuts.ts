import { useEffect } from 'react';
import type { Action } from './action';
import { actions, dispatch, type ActionName } from './registry';
import { isTyping, matchesShortcut } from './shortcuts';

/** The action a key press asks for, if any. */
export function actionForKey(event: KeyboardEvent): ActionName | undefined {
  return (Object.keys(actions) as ActionName[]).find((name) =>
    (actions[name] as Action<unknown>).shortcuts.some((shortcut) => matchesShortcut(event, shortcut)),
  );
}

function textSelectedOutsideCanvas(): boolean {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return false;
  const inCanvas = (node: Node | null) =>
    (node instanceof Element ? node : node?.parentElement)?.closest('.fw-canvas') != null;
  return !inCanvas(selection.anchorNode) && !inCanvas(selection.focusNode);
}

/** Listens for the editor's keyboard shortcuts on the window while mounted; keys typed into fields are left alone. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const name = actionForKey(event);
      if (!name || name === 'insertElement') return;
      // Copy stays the browser's when the user has selected text outside the canvas.
      if (name === 'copy' && textSelectedOutsideCanvas()) return;
      // A disabled Escape is left to others (a drawer may close on it); other shortcut keys are always ours.
      if (dispatch(name) || name !== 'escape') event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
