import type { ReactNode } from 'react';
import { Dialog } from '../panels/Dialog';
import { SidePanel } from '../workspace/SidePanel';
import './recovery.css';

/** A failure notice as a card in a large area (the canvas, the editor, the whole window). */
export const areaFrame = (notice: ReactNode) => <div className="recovery-area">{notice}</div>;

/** A failure notice in the drawer it replaces, under the drawer's title and with its close button. */
export const drawerFrame =
  (title: string, side: 'left' | 'right', onClose: () => void) =>
  (notice: ReactNode): ReactNode => (
    <SidePanel title={title} side={side} onClose={onClose}>
      {notice}
    </SidePanel>
  );

/** A failure notice in the dialog it replaces, which still closes with its button, a click outside or Escape. */
export const dialogFrame =
  (label: string, onClose: () => void) =>
  (notice: ReactNode): ReactNode => (
    <Dialog
      label={label}
      title={label}
      className="recovery-dialog"
      onClose={onClose}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      {notice}
    </Dialog>
  );
