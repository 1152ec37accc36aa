import '@xyflow/react/dist/style.css';
import '../styles/editor.css';
import '../styles/editor-canvas.css';
import '../styles/editor-panels.css';
import { useCallback, useEffect, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useShortcuts } from '../actions/useShortcuts';
import { Canvas } from '../canvas/Canvas';
import { CollapsiblePanel } from '../panels/CollapsiblePanel';
import { HelpOverlay } from '../panels/HelpOverlay';
import { Palette } from '../panels/Palette';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { ProblemsSlot } from '../panels/ProblemsSlot';
import { PropertiesPanel } from '../panels/PropertiesPanel';
import { ReadingBar } from '../panels/ReadingBar';
import { ScopeBar } from '../panels/ScopeBar';
import { SearchBox } from '../panels/SearchBox';
import { Toolbar } from '../panels/Toolbar';
import { areaFrame } from '../recovery/frames';
import { markOpenMapFailed } from '../recovery/openMapMarks';
import { RecoveryBoundary } from '../recovery/RecoveryBoundary';
import { useRecovery } from '../recovery/recoveryContext';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';

// A panel that fails keeps its place and landmark, so that the layout and what a screen reader finds stay put.
const paletteFrame = (notice: ReactNode) => (
  <nav className="fw-palette" aria-label="Palette">
    {notice}
  </nav>
);
const propertiesFrame = (notice: ReactNode) => (
  <aside className="fw-properties" aria-label="Properties">
    {notice}
  </aside>
);
const problemsFrame = (notice: ReactNode) => (
  <section className="fw-problems" aria-label="Problems">
    {notice}
  </section>
);

/**
 * The process editor: toolbar, palette, canvas, properties and problems for the open map. Fills its parent. The
 * panels collapse and resize; reading mode hides them all (kept mounted, so nothing typed in them is lost).
 */
export function Editor() {
  const reading = useEditorUi((ui) => ui.readingMode);
  const processId = useEditor((s) => s.processId);
  const hasModel = useEditor((s) => s.model !== null);
  const { guard } = useRecovery();
  useShortcuts();
  // Another process opens at its top level, without this one's search or sub-process view.
  useEffect(() => useEditorUi.getState().set({ scope: null, searchOpen: false }), [processId]);
  // A map that has been drawn may reopen at the next start; one whose drawing failed is asked about first.
  const drawn = useCallback(() => {
    if (processId) guard.drawn(processId);
  }, [guard, processId]);
  const failed = useCallback(() => markOpenMapFailed(guard), [guard]);
  if (!hasModel) return null;
  return (
    <div className={`fw-editor${reading ? ' fw-reading' : ''}`}>
      <Toolbar />
      <div className="fw-editor-body">
        <CollapsiblePanel panel="palette" side="left" title="Palette" name="the palette" toggle="togglePalette" compact>
          <RecoveryBoundary what="The palette could not be shown" resetKey={processId} frame={paletteFrame}>
            <Palette />
          </RecoveryBoundary>
        </CollapsiblePanel>
        <section className="fw-editor-centre" aria-label="Process map">
          {/* A fresh canvas per process, so that each opens fitted to its own map. */}
          <ReactFlowProvider key={processId ?? ''}>
            <RecoveryBoundary what="The map could not be drawn" onShown={drawn} onFailure={failed} frame={areaFrame}>
              <Canvas />
              <ScopeBar />
              <SearchBox />
            </RecoveryBoundary>
          </ReactFlowProvider>
          {reading && <ReadingBar />}
          <ProblemsSlot>
            <RecoveryBoundary what="The problems could not be listed" resetKey={processId} frame={problemsFrame}>
              <ProblemsPanel />
            </RecoveryBoundary>
          </ProblemsSlot>
        </section>
        <CollapsiblePanel
          panel="properties"
          side="right"
          title="Properties"
          name="the properties panel"
          toggle="toggleProperties"
        >
          <RecoveryBoundary what="The properties could not be shown" resetKey={processId} frame={propertiesFrame}>
            <PropertiesPanel />
          </RecoveryBoundary>
        </CollapsiblePanel>
      </div>
      <HelpOverlay />
    </div>
  );
}
