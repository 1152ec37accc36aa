import { useId, useRef, useState } from 'react';
import { useEditor } from '../store/editorStore';
import { useRecovery } from './recoveryContext';
import './recovery.css';

/** A failure a boundary caught: what was thrown, and where in the views. */
export interface CaughtFailure {
  error: Error;
  componentStack?: string;
}

/** The text a person pastes into a bug report: what failed, the message, and both stacks. */
export function failureReport(what: string, failure: CaughtFailure, mapName: string | null): string {
  const { error, componentStack } = failure;
  return [
    what,
    ...(mapName === null ? [] : [`Map: ${mapName}`]),
    `${error.name}: ${error.message}`,
    '',
    error.stack ?? '(no stack)',
    ...(componentStack ? ['', `Views:${componentStack}`] : []),
  ].join('\n');
}

interface RecoveryNoticeProps {
  /** What failed, in plain words: the heading. */
  what: string;
  failure: CaughtFailure;
  /** Shows the failed part again. */
  onRetry(): void;
  /** False where the part that failed is the process list itself. */
  offerOtherMaps?: boolean;
  /** The whole window failed, not one part of it. */
  wholeWindow?: boolean;
}

/** That the map is safe, and what still works. */
function reassurance(mapName: string | null, wholeWindow: boolean): string {
  if (wholeWindow)
    return mapName === null
      ? 'Your maps are still in your workspace.'
      : `“${mapName}” is still in your workspace. Flowwright starts again without opening it.`;
  return mapName === null
    ? 'The rest of Flowwright still works.'
    : `“${mapName}” is still in your workspace, and the rest of Flowwright still works.`;
}

/**
 * What shows in place of a part of the window that failed: says what failed, that the map is still there, and
 * offers a way on (another map, a download of this one, trying again) and the details for a report. Every name and
 * message is React text, never markup.
 */
export function RecoveryNotice({
  what,
  failure,
  onRetry,
  offerOtherMaps = true,
  wholeWindow = false,
}: RecoveryNoticeProps) {
  const recovery = useRecovery();
  const model = useEditor((s) => s.model);
  const mapName = model ? model.name.trim() || 'Untitled process' : null;
  const report = failureReport(what, failure, mapName);
  const headingId = useId();
  const reportRef = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  async function copyReport() {
    try {
      await navigator.clipboard.writeText(report);
      setCopied('Copied.');
    } catch {
      // No clipboard for this page: select the text so that the system's copy takes it.
      const selection = window.getSelection();
      if (reportRef.current && selection) selection.selectAllChildren(reportRef.current);
      setCopied('Selected: press Ctrl+C (⌘C) to copy.');
    }
  }

  return (
    <section className="recovery" aria-labelledby={headingId}>
      <h2 id={headingId} className="recovery-title">
        {what}
      </h2>
      <p className="recovery-text">{reassurance(mapName, wholeWindow)}</p>
      <div className="recovery-actions">
        {offerOtherMaps && (
          <button type="button" className="primary" onClick={() => recovery.openAnotherMap()}>
            Open another map
          </button>
        )}
        {model && (
          <button type="button" onClick={() => recovery.downloadMap(model)}>
            Download this map (.flow.json)
          </button>
        )}
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
      <details className="recovery-details">
        <summary>Details for a report</summary>
        <pre ref={reportRef} className="recovery-report" tabIndex={0} aria-label="Error details">
          {report}
        </pre>
        <div className="recovery-copy">
          <button type="button" onClick={() => void copyReport()}>
            Copy details
          </button>
          <span role="status">{copied}</span>
        </div>
      </details>
    </section>
  );
}
