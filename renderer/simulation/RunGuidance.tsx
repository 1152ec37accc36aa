import { revealElement } from '../canvas/revealElement';
import { useEditor } from '../store/editorStore';
import type { GuidanceItem } from './runGuidance';
import './RunGuidance.css';

/** Shows what an item is about: its first element on the map, or (none) the map's own settings, by clearing the selection. */
function show(item: GuidanceItem): void {
  if (item.elementIds.length > 0) revealElement(item.elementIds[0]);
  else useEditor.getState().select([]);
}

/** Before the Run button: what would make the figures meaningless, each with a button that shows where to fix it. */
export function RunGuidance({ items }: { items: readonly GuidanceItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="sim-guidance" aria-label="Before you run">
      <p className="sim-guidance-title">Before you run</p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span className="sim-guidance-text">{item.text}</span>
            <button type="button" className="sim-guidance-link" onClick={() => show(item)}>
              {item.action}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
