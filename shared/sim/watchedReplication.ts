import type { Collector } from './collector';
import type { Network } from './network';
import { Replication, type ReplicationSettings } from './replication';
import type { CaseState } from './state';
import type { ExceptionKind } from './types';

/** One exception of a case as it happened; `time` in seconds after the start. */
export interface WatchedException {
  kind: ExceptionKind;
  nodeId: string;
  /** In words, with the record's values where there are any. */
  message: string;
  handled: boolean;
  time: number;
}

/** What is known of a case when it ends, or when its replication ends with the case still in the system. */
export interface WatchedCase {
  /** As in the event log and the exception list (with the replication's prefix when there are several). */
  caseId: string;
  /** From 1. */
  replication: number;
  row: number | null;
  key: string | null;
  /** Seconds after the start. */
  arrival: number;
  /** Seconds after the start; null for a case still in the system when the run ended. */
  end: number | null;
  /** False for a warm-up case, which the report leaves out. */
  measured: boolean;
  /** Of its tasks, as the report counts them. */
  waiting: number;
  processing: number;
  cost: number;
}

/** Told of every case's exceptions and end, in the order they happen. */
export interface CaseWatcher {
  exception(caseId: string, exception: WatchedException): void;
  ended(c: WatchedCase): void;
  /** After the cases still in the system have been told (as ended with `end` null). */
  replicationEnded(replication: number): void;
}

/**
 * A replication that tells a watcher about each case as it ends, for the case trace. It only reads the engine's
 * state, so its cases run exactly as in any other run with the same settings.
 */
export class WatchedReplication extends Replication {
  constructor(
    net: Network,
    collector: Collector,
    settings: ReplicationSettings,
    private readonly watcher: CaseWatcher,
  ) {
    super(net, collector, settings);
  }

  protected override exception(
    c: CaseState,
    kind: ExceptionKind,
    nodeId: string,
    message: string,
    detail: string | null = null,
    handled = false,
  ): void {
    super.exception(c, kind, nodeId, message, detail, handled);
    this.watcher.exception(this.labelOf(c), { kind, nodeId, message: detail ?? message, handled, time: this.now });
  }

  protected override endCase(c: CaseState): void {
    const seen = this.describe(c, this.now); // before the case's state is recycled
    super.endCase(c);
    this.watcher.ended(seen);
  }

  override run(budget: number): boolean {
    const ended = super.run(budget);
    if (ended) {
      for (const c of this.live) this.watcher.ended(this.describe(c, null));
      this.watcher.replicationEnded(this.replication + 1);
    }
    return ended;
  }

  private describe(c: CaseState, end: number | null): WatchedCase {
    return {
      caseId: this.labelOf(c),
      replication: this.replication + 1,
      row: c.row,
      key: c.key,
      arrival: c.arrival,
      end,
      measured: c.measured,
      waiting: c.waiting,
      processing: c.processing,
      cost: c.cost,
    };
  }
}
