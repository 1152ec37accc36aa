import { Component, Fragment, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { RecoveryNotice, type CaughtFailure } from './RecoveryNotice';

interface RecoveryBoundaryProps {
  /** What failed, in plain words ("The map could not be drawn"): the fallback's heading. */
  what: string;
  /** Another value (another map opened) starts afresh, showing the content again. */
  resetKey?: unknown;
  /** Called for each failure caught, e.g. to keep the map from reopening unasked. */
  onFailure?(error: Error): void;
  /** Called once the content has been shown without failing, and again after each fresh start. */
  onShown?(): void;
  /** Puts the fallback in the frame of the part it replaces (a drawer, a dialog with its close button). */
  frame?(notice: ReactNode): ReactNode;
  /** False where the part is the process list itself. */
  offerOtherMaps?: boolean;
  /** The whole window's boundary: "Try again" reloads the page, as the app's own state may be what fails. */
  wholeWindow?: boolean;
  children: ReactNode;
}

interface RecoveryBoundaryState {
  failure: CaughtFailure | null;
  resetKey: unknown;
  /** Counts fresh starts, so that "Try again" mounts the content anew. */
  attempt: number;
}

/** Anything thrown, as an Error: code may throw strings or objects. */
function asError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(typeof thrown === 'string' ? thrown : `A value was thrown: ${String(thrown)}`);
}

function Shown({ onShown }: { onShown(): void }) {
  // Runs after the content beside it has committed: a content that failed to render never gets here.
  useEffect(() => {
    onShown();
  }, [onShown]);
  return null;
}

/**
 * Keeps a failure in one part of the window (the canvas, a panel, a drawer, a dialog, or the whole window as the last
 * resort) from blanking the rest: the part is replaced by a notice that says what failed and offers a way on.
 */
export class RecoveryBoundary extends Component<RecoveryBoundaryProps, RecoveryBoundaryState> {
  override state: RecoveryBoundaryState = { failure: null, resetKey: this.props.resetKey, attempt: 0 };

  static getDerivedStateFromError(thrown: unknown): Partial<RecoveryBoundaryState> {
    return { failure: { error: asError(thrown) } };
  }

  static getDerivedStateFromProps(
    props: RecoveryBoundaryProps,
    state: RecoveryBoundaryState,
  ): Partial<RecoveryBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    // Content that did not fail keeps its state (a simulation run goes on); failed content is mounted anew.
    return state.failure
      ? { failure: null, resetKey: props.resetKey, attempt: state.attempt + 1 }
      : { resetKey: props.resetKey };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    const error = asError(thrown);
    this.setState({ failure: { error, componentStack: info.componentStack ?? undefined } });
    this.props.onFailure?.(error);
  }

  private retry = () => this.setState((s) => ({ failure: null, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    const { what, frame, offerOtherMaps, wholeWindow, onShown, children } = this.props;
    const { failure, attempt } = this.state;
    if (failure) {
      const notice = (
        <RecoveryNotice
          what={what}
          failure={failure}
          onRetry={wholeWindow ? () => window.location.reload() : this.retry}
          offerOtherMaps={offerOtherMaps}
          wholeWindow={wholeWindow}
        />
      );
      return frame ? frame(notice) : notice;
    }
    return (
      // A new key mounts the content anew rather than reusing the state that failed.
      <Fragment key={attempt}>
        {children}
        {onShown && <Shown onShown={onShown} />}
      </Fragment>
    );
  }
}
