/** Line icons for hiding, showing and resizing the panels, on the toolbar's 20x20 grid and in its style. */
const paths = {
  chevronLeft: 'M12 5 L7 10 L12 15',
  chevronRight: 'M8 5 L13 10 L8 15',
  palette: 'M3 3 H17 V17 H3 Z M8 3 V17 M4.8 6 H6.2 M4.8 9 H6.2 M4.8 12 H6.2',
  properties: 'M3 3 H17 V17 H3 Z M12 3 V17 M13.8 6 H15.2 M13.8 9 H15.2 M13.8 12 H15.2',
  minimap: 'M3 3 H17 V17 H3 Z M10 11 H17 M10 11 V17 M12 13 H15 V15 H12 Z',
  reading: 'M3 7 V3 H7 M13 3 H17 V7 M17 13 V17 H13 M7 17 H3 V13',
  leave: 'M8 3 V7 H4 M12 3 V7 H16 M16 13 H12 V17 M4 13 H8 V17',
} as const;

export type LayoutIconName = keyof typeof paths;

export function LayoutIcon({ name }: { name: LayoutIconName }) {
  return (
    <svg className="fw-toolbar-icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
