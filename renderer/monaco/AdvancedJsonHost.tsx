import { lazy, Suspense } from 'react';
import { useAdvancedView } from './advancedViewStore';

const AdvancedJsonView = lazy(() => import('./AdvancedJsonView'));

/** Mounts the Advanced view while it is open; Monaco loads with its first opening. */
export function AdvancedJsonHost() {
  const open = useAdvancedView((s) => s.open);
  return open ? (
    <Suspense fallback={null}>
      <AdvancedJsonView />
    </Suspense>
  ) : null;
}
