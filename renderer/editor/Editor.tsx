import '@xyflow/react/dist/style.css';
import '../styles/editor.css';
import '../styles/editor-canvas.css';
import '../styles/editor-panels.css';
import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useShortcuts } from '../actions/useShortcuts';
import { Canvas } from '../canvas/Canvas';
import { HelpOverlay } from '../panels/HelpOverlay';
import { Palette } from '../panels/Palette';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { PropertiesPanel } from '../panels/PropertiesPanel';
import { ScopeBar } from '../panels/ScopeBar';
import { SearchBox } from '../panels/SearchBox';
import { Toolbar } from '../panels/Toolbar';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';

/** The process editor: toolbar, palette, canvas, properties and problems for the open map. Fills its parent. */
export function Editor() {
  const processId = useEditor((s) => s.processId);
  const hasModel = useEditor((s) => s.model !== null);
  useShortcuts();
  // Another process opens at its top level, without this one's search or sub-process view.
  useEffect(() => useEditorUi.getState().set({ scope: null, searchOpen: false }), [processId]);
  if (!hasModel) return null;
  return (
    <div className="fw-editor">
      <Toolbar />
      <div className="fw-editor-body">
        <Palette />
        <section className="fw-editor-centre" aria-label="Process map">
          {/* A fresh canvas per process, so that each opens fitted to its own map. */}
          <ReactFlowProvider key={processId ?? ''}>
            <Canvas />
            <ScopeBar />
            <SearchBox />
          </ReactFlowProvider>
          <ProblemsPanel />
        </section>
        <PropertiesPanel />
      </div>
      <HelpOverlay />
    </div>
  );
}
