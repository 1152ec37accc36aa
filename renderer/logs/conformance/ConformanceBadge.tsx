import { useDeviationBadge } from './conformanceOverlay';
import './ConformanceBadge.css';

/**
 * The conformance check's badge on a node (missing and left-over tokens), when the map shows a check: under a task
 * (a bottleneck badge sits above it), above an event or gateway (their name is written under them).
 */
export function ConformanceBadge({ id, above = false }: { id: string; above?: boolean }) {
  const badge = useDeviationBadge(id);
  if (!badge) return null;
  return (
    <span
      className={`fw-deviation-badge${above ? ' fw-deviation-above' : ''}`}
      role="img"
      aria-label={badge.title}
      title={badge.title}
    >
      {badge.text}
    </span>
  );
}
