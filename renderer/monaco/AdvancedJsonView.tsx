import { Editor } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type * as MonacoApi from 'monaco-editor/editor';
import { flowJsonSchema } from '../../shared/model/jsonSchema';
import { useEditor } from '../store/editorStore';
import { useAdvancedView } from './advancedViewStore';
import { flowJsonText, readFlowJson } from './applyFlowJson';
import { jsonDefaults } from './monacoSetup';
import './monaco.css';

const schema = flowJsonSchema();
jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  schemaValidation: 'error',
  schemas: [{ uri: String(schema.$id), fileMatch: ['*.flow.json'], schema }],
});

type Outcome = { tone: 'error' | 'done'; title: string; lines: string[] } | null;

/**
 * The Advanced view: the whole map as `.flow.json` in Monaco, checked against the file's JSON schema as you type.
 * Apply reads the text through restore(): nothing changes when it fails; otherwise the map is replaced as one
 * undoable step, and what restore fixed is listed.
 */
export default function AdvancedJsonView() {
  const dialog = useRef<HTMLDialogElement>(null);
  const editor = useRef<MonacoApi.editor.IStandaloneCodeEditor | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [initialText] = useState(() => {
    const model = useEditor.getState().model;
    return model ? flowJsonText(model) : '';
  });
  const close = () => useAdvancedView.getState().setOpen(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const apply = () => {
    const { model, replaceModel } = useEditor.getState();
    const text = editor.current?.getValue();
    if (!model || text === undefined) return;
    const read = readFlowJson(text, model);
    if (read.kind === 'rejected') {
      setOutcome({ tone: 'error', title: 'Not applied: the map would not load.', lines: read.problems });
      return;
    }
    if (read.kind === 'unchanged') {
      setOutcome({ tone: 'done', title: 'Nothing to apply: the map is unchanged.', lines: [] });
      return;
    }
    replaceModel(read.model, 'Edit JSON');
    if (read.fixes.length === 0) return close();
    editor.current?.setValue(flowJsonText(read.model));
    setOutcome({ tone: 'done', title: 'Applied, with these fixes:', lines: read.fixes });
  };

  return (
    <dialog ref={dialog} className="fw-advanced" aria-labelledby="fw-advanced-title" onClose={close}>
      <header className="fw-advanced-header">
        <h2 id="fw-advanced-title">Advanced: the map as JSON</h2>
        <p>Edits apply to the map as one step that Undo reverts. Problems from the file format are underlined.</p>
      </header>
      <div className="fw-advanced-editor">
        <Editor
          path="flowwright-map.flow.json"
          language="json"
          defaultValue={initialText}
          loading="Loading the editor…"
          options={{
            ariaLabel: 'Map as JSON',
            minimap: { enabled: false },
            automaticLayout: true,
            fontSize: 12,
            tabSize: 2,
            scrollBeyondLastLine: false,
            editContext: false,
            stickyScroll: { enabled: false },
          }}
          onMount={(mounted) => {
            editor.current = mounted;
            // An outcome describes the text it was read from; editing makes it stale.
            mounted.onDidChangeModelContent(() => setOutcome(null));
            mounted.focus();
          }}
        />
      </div>
      {outcome && (
        <div className={`fw-advanced-outcome fw-advanced-${outcome.tone}`} role="alert">
          <strong>{outcome.title}</strong>
          {outcome.lines.length > 0 && (
            <ul>
              {outcome.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <footer className="fw-advanced-footer">
        <button type="button" onClick={close}>
          Close
        </button>
        <button type="button" className="primary" onClick={apply}>
          Apply
        </button>
      </footer>
    </dialog>
  );
}
