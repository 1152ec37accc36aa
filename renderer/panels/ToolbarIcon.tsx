/** Line icons for the toolbar and the panel layout (hide, show, resize, reading mode), drawn on a 20x20 grid. */
const paths = {
  undo: 'M7 5 L3 9 L7 13 M3 9 H12 C15 9 17 11 17 13.5 C17 16 15 17 12 17 H9',
  redo: 'M13 5 L17 9 L13 13 M17 9 H8 C5 9 3 11 3 13.5 C3 16 5 17 8 17 H11',
  delete: 'M4 6 H16 M8 6 V4 H12 V6 M6 6 L7 17 H13 L14 6 M9 9 V14 M11 9 V14',
  duplicate: 'M7 7 H16 V16 H7 Z M4 13 V4 H13',
  autoLayout:
    'M2 8 H6 V12 H2 Z M9 3 H13 V7 H9 Z M9 13 H13 V17 H9 Z M14 8 H18 V12 H14 Z M6 10 H8 V5 H9 M8 10 V15 H9 M13 5 H14 V8 M13 15 H14 V12',
  fitView: 'M3 7 V3 H7 M13 3 H17 V7 M17 13 V17 H13 M7 17 H3 V13 M7 8 H13 V12 H7 Z',
  zoomIn: 'M9 4 A5 5 0 1 1 8.99 4 M12.6 12.6 L17 17 M9 6.5 V11.5 M6.5 9 H11.5',
  zoomOut: 'M9 4 A5 5 0 1 1 8.99 4 M12.6 12.6 L17 17 M6.5 9 H11.5',
  snap: 'M3 3 V17 M8 3 V17 M13 3 V17 M3 8 H17 M3 13 H17',
  search: 'M8.5 3.5 A5 5 0 1 1 8.49 3.5 M12 12 L17 17',
  help: 'M10 2.5 A7.5 7.5 0 1 1 9.99 2.5 M7.5 8 C7.5 6.5 8.6 5.5 10 5.5 C11.4 5.5 12.5 6.5 12.5 7.8 C12.5 9.5 10 9.8 10 11.8 M10 14 V14.5',
  problems: 'M10 3 L18 17 H2 Z M10 8 V12 M10 14 V14.5',
  chevronLeft: 'M12 5 L7 10 L12 15',
  chevronRight: 'M8 5 L13 10 L8 15',
  palette: 'M3 3 H17 V17 H3 Z M8 3 V17 M4.8 6 H6.2 M4.8 9 H6.2 M4.8 12 H6.2',
  properties: 'M3 3 H17 V17 H3 Z M12 3 V17 M13.8 6 H15.2 M13.8 9 H15.2 M13.8 12 H15.2',
  minimap: 'M3 3 H17 V17 H3 Z M10 11 H17 M10 11 V17 M12 13 H15 V15 H12 Z',
  reading: 'M3 7 V3 H7 M13 3 H17 V7 M17 13 V17 H13 M7 17 H3 V13',
  leave: 'M8 3 V7 H4 M12 3 V7 H16 M16 13 H12 V17 M4 13 H8 V17',
} as const;

export type ToolbarIconName = keyof typeof paths;

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg className="fw-toolbar-icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
