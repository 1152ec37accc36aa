/** Small line icons for icon-only buttons; the buttons carry the accessible name, the icons are decorative. */
const paths = {
  rename: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  duplicate: 'M8 8h11v11H8zM5 16V5h11',
  delete: 'M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13',
  close: 'M6 6l12 12M18 6L6 18',
  list: 'M4 6h16M4 12h16M4 18h16',
  history: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4M12 8v4l3 2',
  simulate: 'M7 5v14l11-7z',
} as const;

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={paths[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
