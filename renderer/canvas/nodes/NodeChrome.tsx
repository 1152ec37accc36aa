import { Handle, Position } from '@xyflow/react';
import type { ProblemLevel } from '../canvasTypes';

/** A red (error) or amber (warning) badge on an element that validation complains about. */
export function ProblemBadge({ level }: { level: ProblemLevel | null }) {
  if (!level) return null;
  const text = level === 'error' ? 'Has errors' : 'Has warnings';
  return (
    <span className={`fw-problem-badge fw-problem-${level}`} role="img" aria-label={text} title={text}>
      !
    </span>
  );
}

/** Connection handles: flows come in on the left and leave on the right (or the bottom, for boundary events). */
export function NodeHandles({
  title,
  incoming,
  outgoing,
  outgoingAt = Position.Right,
}: {
  title: string;
  incoming: boolean;
  outgoing: boolean;
  outgoingAt?: Position;
}) {
  return (
    <>
      {incoming && (
        <Handle type="target" position={Position.Left} className="fw-handle" aria-label={`Connect to ${title}`} />
      )}
      {outgoing && (
        <Handle type="source" position={outgoingAt} className="fw-handle" aria-label={`Connect from ${title}`} />
      )}
    </>
  );
}

/** The name of an event or gateway, written under its shape as BPMN readers expect. */
export function OuterLabel({ text }: { text: string }) {
  if (!text) return null;
  return <div className="fw-outer-label">{text}</div>;
}
