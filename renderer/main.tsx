import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { areaFrame } from './recovery/frames';
import { markOpenMapFailed } from './recovery/openMapMarks';
import { RecoveryBoundary } from './recovery/RecoveryBoundary';
import { lastResortRecovery } from './recovery/recoveryContext';

// The last resort: a failure no part of the window caught still leaves a way on, never a blank window.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryBoundary
      what="Flowwright stopped working"
      onFailure={() => markOpenMapFailed(lastResortRecovery.guard)}
      // A fresh page, which does not reopen the marked map, is the way back.
      wholeWindow
      frame={areaFrame}
    >
      <App />
    </RecoveryBoundary>
  </StrictMode>,
);
