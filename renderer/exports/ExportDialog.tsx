import { useEffect, useRef, useState } from 'react';
import type { ProcessModel } from '../../shared/model/schema';
import { Dialog } from '../panels/Dialog';
import { svgOverlay } from '../../shared/io/report/overlay';
import { useOverlay } from '../simulation/useMapOverlay';
import { useEditor } from '../store/editorStore';
import { errorText } from '../workspace/workspaceContext';
import { useWorkspace } from '../workspace/workspaceHooks';
import { exportFileName, exportFormat, exportFormats, type ExportFormatId } from './exportFormats';
import { lintExport, type ExportLint } from './exportLint';
import { LintResult } from './LintResult';
import { svgToPng } from './svgToPng';
import './ExportDialog.css';

/** The format chosen last, offered first the next time the dialog opens. */
let lastFormat: ExportFormatId = 'flow';

type Check = { format: ExportFormatId; lint: ExportLint } | { format: ExportFormatId; failed: string };

/** Lints the map for the chosen format whenever either changes; the latest answer wins. */
function useExportCheck(model: ProcessModel, formatId: ExportFormatId): Check | null {
  const [check, setCheck] = useState<Check | null>(null);
  useEffect(() => {
    let current = true;
    lintExport(model, exportFormat(formatId)).then(
      (lint) => current && setCheck({ format: formatId, lint }),
      (error: unknown) => current && setCheck({ format: formatId, failed: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [model, formatId]);
  return check?.format === formatId ? check : null;
}

/**
 * Exports the open map: pick a format, read the lint result for it (the map's problems, then what the target
 * refuses, named), and export — "anyway" when the map has problems the target still accepts.
 */
export function ExportDialog({ model, onClose }: { model: ProcessModel; onClose: () => void }) {
  const workspace = useWorkspace();
  const [formatId, setFormatId] = useState<ExportFormatId>(lastFormat);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = useExportCheck(model, formatId);
  const format = exportFormat(formatId);
  const fileName = exportFileName(model, format);
  const chosen = useRef<HTMLInputElement>(null);
  useEffect(() => chosen.current?.focus(), []);

  const lint = check && 'lint' in check ? check.lint : null;
  const hasErrors = lint !== null && lint.problems.some((p) => p.severity === 'error');
  const canExport = lint !== null && lint.blocked === null && !busy;
  // A picture shows the results the map shows (the legend's choice), so that it can go in a report as seen.
  const shown = useOverlay((s) => s.overlay);
  const metric = useOverlay((s) => s.metric);
  const openMap = useEditor((s) => s.model);
  const picture = (format.id === 'svg' || format.id === 'png') && model === openMap;
  const results = picture && shown && metric !== 'off' ? svgOverlay(shown, metric) : undefined;

  async function exportNow() {
    setBusy(true);
    setFailure(null);
    try {
      const content = await format.produce(model, svgToPng, results);
      await workspace.exportFile(
        'text' in content ? { name: fileName, text: content.text } : { name: fileName, ...content },
      );
      lastFormat = formatId;
      onClose();
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  }

  return (
    <Dialog
      label="Export"
      title={`Export “${model.name || model.id}”`}
      className="export-dialog"
      onClose={onClose}
      onKeyDown={(e) => {
        // The editor's shortcuts and the drawers' Escape stay out of a modal dialog.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="export-body">
        <fieldset className="export-formats">
          <legend>Format</legend>
          {exportFormats.map((f) => (
            <label key={f.id} className={`export-format${f.id === formatId ? ' chosen' : ''}`}>
              <input
                ref={f.id === formatId ? chosen : undefined}
                type="radio"
                name="export-format"
                value={f.id}
                checked={f.id === formatId}
                onChange={() => {
                  setFormatId(f.id);
                  setFailure(null);
                }}
              />
              <span className="export-format-text">
                <span className="export-format-label">{f.label}</span>
                <span className="export-format-description">{f.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <section className="export-check" aria-label="Check before export">
          <h3>Check</h3>
          {!check && <p className="export-checking">Checking the map for {format.label}…</p>}
          {check && 'failed' in check && <p role="alert">The check failed: {check.failed}</p>}
          {lint && <LintResult lint={lint} format={format} />}
          {failure && (
            <p className="export-failure" role="alert">
              The export failed: {failure}
            </p>
          )}
        </section>
      </div>
      <footer className="export-footer">
        <span className="export-file-name" title={fileName}>
          Saves as <strong>{fileName}</strong>
          {results && ', with the results shown on the map'}
        </span>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!canExport} onClick={() => void exportNow()}>
          {busy ? 'Exporting…' : hasErrors ? 'Export anyway' : 'Export file'}
        </button>
      </footer>
    </Dialog>
  );
}
