import type { CSSProperties, ReactNode } from 'react';
import { useEditorUi } from '../store/uiStore';
import { resizePanel } from './panelLayout';
import { Splitter } from './Splitter';

/** The map keeps at least this height when the problems panel is dragged taller. */
const minCanvasHeight = 200;
const problemsId = 'fw-problems-slot';

function room(): number {
  const canvas = document.querySelector('.fw-canvas');
  return canvas ? Math.max(0, canvas.clientHeight - minCanvasHeight) : Number.POSITIVE_INFINITY;
}

/**
 * The problems panel under the canvas, with a splitter on its top edge while it is open. Open or closed is the
 * panel's own toggle (`problemsOpen`); its height is kept in the UI store's layout.
 */
export function ProblemsSlot({ children }: { children: ReactNode }) {
  const open = useEditorUi((ui) => ui.problemsOpen);
  const size = useEditorUi((ui) => ui.layout.panels.problems.size);
  const resize = (value: number) => {
    const ui = useEditorUi.getState();
    ui.set({ layout: resizePanel(ui.layout, 'problems', value) });
  };
  return (
    <div id={problemsId} className="fw-problems-slot" style={{ '--fw-problems-size': `${size}px` } as CSSProperties}>
      {open && (
        <Splitter
          panel="problems"
          side="bottom"
          label="Resize the problems panel"
          controls={problemsId}
          size={size}
          room={room}
          onResize={resize}
          onCollapse={() => useEditorUi.getState().set({ problemsOpen: false })}
        />
      )}
      {children}
    </div>
  );
}
