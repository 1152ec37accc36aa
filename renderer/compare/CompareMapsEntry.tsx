import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import { openCompareDialog, useCompareDialog } from './compareDialog';
import './Compare.css';

// The dialog loads when it is first opened (the SVG drawing it uses is loaded with the canvas already).
const CompareMapsDialog = lazy(() => import('./CompareMapsDialog').then((m) => ({ default: m.CompareMapsDialog })));

/** "Compare with another map…" under the Simulate panel's comparison, and the dialog it opens. */
export function CompareMapsEntry() {
  const open = useCompareDialog((s) => s.open);
  return (
    <div className="sim-field-wide cmp-entry">
      <button type="button" onClick={openCompareDialog}>
        Compare with another map…
      </button>
      <p className="sim-note">As-is against to-be: two maps, or two save points of one, on the same cases.</p>
      {/* Over the whole window, not inside the drawer, which clips what it holds. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <CompareMapsDialog />
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
