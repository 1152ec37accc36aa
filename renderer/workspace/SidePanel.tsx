import type { ReactNode } from 'react';
import { Icon } from './icons';
import './SidePanel.css';

interface SidePanelProps {
  /** The heading, and the panel's accessible name. */
  title: string;
  side: 'left' | 'right';
  /** Extra classes of the panel, e.g. a wider width. */
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/** A drawer beside the editor: a titled landmark with a close button, then its content. */
export function SidePanel({ title, side, className, onClose, children }: SidePanelProps) {
  return (
    <aside className={`side-panel side-panel-${side}${className ? ` ${className}` : ''}`} aria-label={title}>
      <div className="side-panel-header">
        <h2>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={`Close ${title.toLowerCase()}`}
          title="Close"
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </div>
      {children}
    </aside>
  );
}
