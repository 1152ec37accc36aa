/**
 * Gives the keyboard focus back to a node or flow on the canvas after an overlay closes, so that keyboard work
 * continues from it (and its focus ring shows).
 */
export function focusElement(id: string): void {
  requestAnimationFrame(() => {
    const escaped = CSS.escape(id);
    const element = document.querySelector<HTMLElement>(
      `.fw-canvas .react-flow__node[data-id="${escaped}"], .fw-canvas .react-flow__edge[data-id="${escaped}"]`,
    );
    element?.focus({ preventScroll: true });
  });
}
