import type { KeyboardEvent, ReactNode, Ref } from 'react';

interface DialogProps {
  /** The dialog's accessible name. */
  label: string;
  title: ReactNode;
  /** The dialog's own class, for its size and layout. */
  className: string;
  /** Called by the close button and by a click outside the dialog. */
  onClose(): void;
  closeRef?: Ref<HTMLButtonElement>;
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  children: ReactNode;
}

/** A modal dialog over the window: a titled header with a close button, then its content. */
export function Dialog({ label, title, className, onClose, closeRef, onKeyDown, children }: DialogProps) {
  return (
    <div className="fw-overlay" onClick={onClose}>
      <div
        className={`fw-dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <header className="fw-dialog-header">
          <h2>{title}</h2>
          <button ref={closeRef} type="button" className="fw-dialog-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
