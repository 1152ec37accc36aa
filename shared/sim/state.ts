import type { Variables } from '../expr';

/** What a token is doing; events for a token whose version moved on are stale and skipped. */
export const TokenState = {
  free: 0,
  moving: 1,
  queued: 2,
  busy: 3,
  delayed: 4,
  joining: 5,
  inSubProcess: 6,
} as const;

/** One thread of control of a case. Tokens are pooled and reused: nothing is allocated per step. */
export class Token {
  version = 0;
  state: number = TokenState.free;
  case: CaseState = null as unknown as CaseState;
  /** The sub-process token this one runs inside, or null at the top level. */
  scope: Token | null = null;
  node = -1;
  /** Live tokens inside this one, while it waits in a sub-process. */
  children = 0;
  /** Where in its case's token list it sits, for removal in O(1). */
  listIndex = -1;
  /** The join counter slot it is parked in, while joining. */
  slot = -1;
  lastLane = -1;
  enabled = 0;
  start = 0;
  work = 0;
  constructor(readonly id: number) {}
}

/** One case in the system. Also pooled; its counters are cleared on reuse. */
export class CaseState {
  index = 0;
  /** The label its data gave, if any. */
  label: string | undefined = undefined;
  /** The source row and key of its record, for the per-record exception list. */
  row: number | null = null;
  key: string | null = null;
  arrival = 0;
  record: Variables | null = null;
  priority = 0;
  measured = false;
  exceptional = false;
  waiting = 0;
  processing = 0;
  cost = 0;
  handoffs = 0;
  /** Its path so far: a node of the collector's variant trie (0, the empty path, at the start). */
  path = 0;
  /** Tokens parked at inclusive joins; the joins are checked again whenever the case moves. */
  inclusiveWaiting = 0;
  /** Where it sits in the list of live cases; -1 once it has ended. */
  liveIndex = -1;
  readonly tokens: Token[] = [];
  readonly visits: Int32Array;
  readonly slots: Int32Array;

  constructor(nodeCount: number, slotCount: number) {
    this.visits = new Int32Array(nodeCount);
    this.slots = new Int32Array(slotCount);
  }

  reset(): void {
    this.visits.fill(0);
    this.slots.fill(0);
    this.tokens.length = 0;
    this.exceptional = false;
    this.waiting = this.processing = this.cost = this.handoffs = this.path = 0;
    this.inclusiveWaiting = 0;
  }
}
