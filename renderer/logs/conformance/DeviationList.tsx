import type { NodeDeviation } from '../../../shared/log/conformance';

const times = (n: number) => (n === 1 ? 'once' : `${n.toLocaleString('en')} times`);

/** A node's deviation in words: "Approve order: missing 12 times, left over 3 times". */
export function deviationWords(d: NodeDeviation): string {
  const parts: string[] = [];
  if (d.missing > 0) parts.push(`missing ${times(d.missing)}`);
  if (d.remaining > 0) parts.push(`left over ${times(d.remaining)}`);
  return `${d.name}: ${parts.join(', ')}`;
}

/** Where the map and the log differ, node by node; picking one shows the node on the map. */
export function DeviationList({
  deviations,
  onPick,
}: {
  deviations: readonly NodeDeviation[];
  onPick(nodeId: string): void;
}) {
  if (deviations.length === 0)
    return <p className="fw-conf-fits">Every case replays on the map: no missing or left-over tokens.</p>;
  return (
    <section className="fw-conf-section" aria-labelledby="fw-conf-where">
      <h4 id="fw-conf-where">Where the map and the log differ</h4>
      <p className="fw-conf-note">
        Missing: the log did it where the map does not allow it. Left over: the map expected it, but the cases did not
        get there.
      </p>
      <ul className="fw-conf-deviations">
        {deviations.map((d) => (
          <li key={d.nodeId}>
            <button
              type="button"
              className="fw-conf-deviation"
              onClick={() => onPick(d.nodeId)}
              title="Show it on the map"
            >
              {deviationWords(d)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
