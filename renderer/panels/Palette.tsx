import type { DragEvent } from 'react';
import { dispatch } from '../actions/registry';
import { PaletteGlyph } from './PaletteGlyph';
import { paletteDragType, paletteItems, type PaletteItem } from './paletteItems';

const groups = ['Events', 'Tasks', 'Gateways', 'Other'] as const;

function startDrag(event: DragEvent<HTMLButtonElement>, item: PaletteItem) {
  event.dataTransfer.setData(paletteDragType, item.id);
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * Every element the editor can draw. Drag one onto the canvas, or click it (Enter on the keyboard) to add it
 * beside the selected node, joined to it by a flow.
 */
export function Palette() {
  return (
    <nav className="fw-palette" aria-label="Palette">
      {groups.map((group) => (
        <section key={group} className="fw-palette-group" aria-label={group}>
          <h3 className="fw-palette-heading">{group}</h3>
          {paletteItems
            .filter((item) => item.group === group)
            .map((item) => (
              <button
                key={item.id}
                type="button"
                className="fw-palette-item"
                aria-label={item.label}
                title={item.hint ?? `${item.label}: drag onto the canvas, or click to add beside the selection`}
                draggable
                onDragStart={(event) => startDrag(event, item)}
                onClick={() => dispatch('insertElement', { item: item.id })}
              >
                <PaletteGlyph item={item} />
                <span className="fw-palette-label">{item.label}</span>
              </button>
            ))}
        </section>
      ))}
    </nav>
  );
}
