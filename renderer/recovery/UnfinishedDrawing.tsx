import { useId, useState } from 'react';
import type { DrawingGuard } from './drawingGuard';
import './recovery.css';

interface UnfinishedDrawingProps {
  guard: DrawingGuard;
  /** The ids of the processes in the workspace: a mark for a deleted one is not worth a question. */
  processIds: readonly string[];
  onOpen(processId: string): void;
  onDownload(processId: string): void;
}

/**
 * The start screen's question about the map that could not be drawn last time (the guard's mark is still there):
 * it was not reopened, and opens again only when asked. The name is React text, never markup.
 */
export function UnfinishedDrawing({ guard, processIds, onOpen, onDownload }: UnfinishedDrawingProps) {
  const [mark, setMark] = useState(() => guard.unfinished());
  const headingId = useId();
  if (!mark || !processIds.includes(mark.processId)) return null;
  const name = mark.name.trim() || 'Untitled process';
  return (
    <section className="unfinished-drawing" aria-labelledby={headingId}>
      <h2 id={headingId} className="recovery-title">
        “{name}” could not be drawn last time
      </h2>
      <p>It was not opened again, so that the window stays usable. It is still in your workspace.</p>
      <div className="recovery-actions">
        <button type="button" onClick={() => onOpen(mark.processId)}>
          Open it anyway
        </button>
        <button type="button" onClick={() => onDownload(mark.processId)}>
          Download it (.flow.json)
        </button>
        <button
          type="button"
          onClick={() => {
            guard.forget();
            setMark(null);
          }}
        >
          Dismiss
        </button>
      </div>
    </section>
  );
}
