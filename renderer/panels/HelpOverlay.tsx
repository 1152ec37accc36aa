import { useEffect, useRef } from 'react';
import type { Action } from '../actions/action';
import { actions } from '../actions/registry';
import { shortcutText } from '../actions/shortcuts';
import { useEditorUi } from '../store/uiStore';
import { Dialog } from './Dialog';

const gestures: readonly [string, string][] = [
  ['Drag from the palette', 'Add an element where you drop it'],
  ['Click or Enter on a palette item', 'Add it beside the selected node, connected'],
  ['Drag from a node’s handle onto another shape', 'Connect them with a flow'],
  ['Double-click an element', 'Rename it in place'],
  ['Shift + drag on the canvas', 'Select everything in a box'],
  ['Ctrl/⌘ + click', 'Add to or remove from the selection'],
  ['Drag a lane’s header', 'Reorder lanes; the lane’s nodes move with it'],
  ['Drag a lane’s bottom edge', 'Make the lane taller or shorter'],
  ['Tab / Shift+Tab, then Enter', 'Move the keyboard focus between shapes, select one'],
  ['Scroll / drag the canvas', 'Zoom / pan'],
];

/** Every keyboard shortcut and mouse gesture of the editor, generated from the action registry. */
export function HelpOverlay() {
  const open = useEditorUi((ui) => ui.helpOpen);
  const setUi = useEditorUi((ui) => ui.set);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  const listed = (Object.values(actions) as Action<unknown>[]).filter((a) => a.shortcuts.length > 0);
  const groups = [...new Set(listed.map((a) => a.group))];
  return (
    <Dialog
      label="Keyboard shortcuts"
      title="Keyboard shortcuts"
      className="fw-help"
      onClose={() => setUi({ helpOpen: false })}
      closeRef={close}
    >
      <div className="fw-help-columns">
        {groups.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl>
              {listed
                .filter((a) => a.group === group)
                .map((a) => (
                  <div key={a.name} className="fw-help-row">
                    <dt>{a.label}</dt>
                    <dd>
                      {a.shortcuts.map((s) => (
                        <kbd key={s}>{shortcutText(s)}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Mouse and focus</h3>
          <dl>
            {gestures.map(([gesture, effect]) => (
              <div key={gesture} className="fw-help-row">
                <dt>{effect}</dt>
                <dd>{gesture}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Dialog>
  );
}
