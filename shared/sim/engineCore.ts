import type { Collector } from './collector';
import { KeyedHeap } from './keyedHeap';
import { EndKind, Kind, type NetNode, type Network } from './network';
import { elementStream, Random } from './random';
import { chooseExclusive, chooseInclusive, noRouteMessage } from './routing';
import { CaseState, Token, TokenState } from './state';
import type { ExceptionKind } from './types';

/** Event kinds on the event list; the payload is (kind, subject, detail, version). */
export const Ev = { arrival: 0, activityDone: 1, boundaryTimer: 2, delayDone: 3, poolOpen: 4 } as const;

/**
 * The token game of one replication: cases and tokens, moving through events and gateways, joins, end events
 * and exceptions. Work at tasks and sub-processes (resources, durations, boundary events) is the subclass's.
 * Zero-time moves go through an explicit stack, never recursion, so long chains and loops cannot overflow it.
 */
export abstract class EngineCore {
  now = 0;
  protected readonly events = new KeyedHeap();
  protected readonly streams: Random[];
  protected readonly tokens: Token[] = [];
  private readonly freeTokens: Token[] = [];
  private readonly freeCases: CaseState[] = [];
  protected readonly live: CaseState[] = [];
  private readonly pendingTokens: Token[] = [];
  private readonly pendingFlows: number[] = [];
  private readonly pendingVersions: number[] = [];
  private readonly taken: number[] = [];
  /** Cases of this replication that have ended, for progress. */
  ended = 0;

  constructor(
    protected readonly net: Network,
    protected readonly collector: Collector,
    seed: number,
    /** From 0. */
    protected readonly replication: number,
    private readonly labelPrefix: string,
  ) {
    // Keyed by element id, not position, so that runs of two versions of a map pair their draws element by element.
    this.streams = net.nodes.map((node) => new Random(seed, replication, elementStream(node.id)));
  }

  /** How a case is named in examples and logs: its data's label or case-N, after the replication prefix. */
  protected labelOf(c: CaseState): string {
    return this.labelPrefix + (c.label ?? `case-${c.index + 1}`);
  }

  protected abstract beginTask(token: Token, node: NetNode): void;
  protected abstract beginSubProcess(token: Token, node: NetNode): void;
  /** Completes a sub-process whose last inner token has ended. */
  protected abstract finishActivity(token: Token): void;
  /** Stops a token's work and frees what it holds (queue place, resource unit, inner tokens), without routing it on. */
  protected abstract stopWork(token: Token, lifecycle: 'ate_abort' | 'withdraw'): void;

  protected schedule(time: number, kind: number, subject: number, detail: number, version: number): void {
    this.events.push(time, 0, kind, subject, detail, version);
  }

  protected newCase(): CaseState {
    const c = this.freeCases.pop() ?? new CaseState(this.net.nodes.length, this.net.slotCount);
    c.reset();
    c.liveIndex = this.live.push(c) - 1;
    return c;
  }

  protected newToken(c: CaseState, scope: Token | null, lastLane: number): Token {
    const token = this.freeTokens.pop() ?? this.addToken();
    token.case = c;
    token.scope = scope;
    token.state = TokenState.moving;
    token.children = 0;
    token.slot = -1;
    token.lastLane = lastLane;
    token.listIndex = c.tokens.push(token) - 1;
    if (scope !== null) scope.children++;
    return token;
  }

  private addToken(): Token {
    const token = new Token(this.tokens.length);
    this.tokens.push(token);
    return token;
  }

  /** Returns a token to the pool (one fewer inside its sub-process); its pending events and stack entries become stale. */
  private release(token: Token): void {
    if (token.scope !== null) token.scope.children--;
    const list = token.case.tokens;
    const last = list.pop()!;
    if (last !== token) {
      list[token.listIndex] = last;
      last.listIndex = token.listIndex;
    }
    token.version++;
    token.state = TokenState.free;
    token.scope = null;
    this.freeTokens.push(token);
  }

  /**
   * Counts an exception of a case under its group `message`; `detail` says it with the record's values for the
   * per-record list. `handled`: the case goes on along a path the map has for it.
   */
  protected exception(
    c: CaseState,
    kind: ExceptionKind,
    nodeId: string,
    message: string,
    detail: string | null = null,
    handled = false,
  ): void {
    c.exceptional = true;
    const caseId = this.labelOf(c);
    this.collector.exception(kind, nodeId, message, caseId, handled);
    if (!this.collector.keepsRecords) return;
    const time = new Date((this.net.startEpoch + this.now) * 1000).toISOString();
    this.collector.record({
      replication: this.replication + 1,
      caseId,
      row: c.row,
      key: c.key,
      kind,
      nodeId,
      message: detail ?? message,
      handled,
      time,
    });
  }

  protected push(token: Token, flow: number): void {
    token.state = TokenState.moving;
    this.pendingTokens.push(token);
    this.pendingFlows.push(flow);
    this.pendingVersions.push(token.version);
  }

  /** Moves tokens along flows until each waits (for a resource, a timer, a join) or ends. */
  protected drain(): void {
    while (this.pendingTokens.length > 0) {
      const token = this.pendingTokens.pop()!;
      const flow = this.pendingFlows.pop()!;
      if (this.pendingVersions.pop()! !== token.version) continue;
      if (token.case.measured) this.collector.flowCounts[flow]++;
      this.enter(token, this.net.flows[flow].target, flow);
    }
  }

  /** Counts the visit (ending the case past the loop limit) and the handoff; false when the case ended. */
  protected arrive(token: Token, n: number): boolean {
    const c = token.case;
    const node = this.net.nodes[n];
    token.node = n;
    if (++c.visits[n] > this.net.loopLimit) {
      this.abortCase(c, 'loop-limit', node.id, `the case visited ${node.name} more than ${this.net.loopLimit} times`);
      return false;
    }
    if (node.lane >= 0) {
      if (token.lastLane >= 0 && token.lastLane !== node.lane) c.handoffs++;
      token.lastLane = node.lane;
    }
    return true;
  }

  protected enter(token: Token, n: number, via: number): void {
    const c = token.case;
    if (!this.arrive(token, n)) return;
    const node = this.net.nodes[n];
    switch (node.kind) {
      case Kind.end:
        this.reachEnd(token, node);
        break;
      case Kind.task:
        this.beginTask(token, node);
        break;
      case Kind.subProcess:
        this.beginSubProcess(token, node);
        break;
      case Kind.exclusive: {
        const flow = chooseExclusive(node, this.net.flows, c.record, this.streams[n], this.collector);
        if (flow < 0) this.noRoute(c, node);
        else this.push(token, flow);
        break;
      }
      case Kind.parallel:
        if (node.slotBase < 0 || this.joinParallel(token, node, via)) this.leave(token);
        break;
      case Kind.inclusive:
        if (node.slotBase < 0) this.splitInclusive(token, node);
        else this.parkInclusive(token, via);
        break;
      case Kind.eventGateway:
        this.waitForEvent(token, node);
        break;
      case Kind.timerCatch:
        token.state = TokenState.delayed;
        this.schedule(this.now + node.timer, Ev.delayDone, token.id, -1, token.version);
        break;
      case Kind.messageCatch:
        token.state = TokenState.delayed;
        this.schedule(
          this.now + (node.delay ? node.delay(this.streams[n]) : 0),
          Ev.delayDone,
          token.id,
          -1,
          token.version,
        );
        break;
      default:
        this.leave(token);
    }
    if (c.inclusiveWaiting > 0 && c.liveIndex >= 0) this.checkInclusiveJoins(c);
  }

  /** Takes every outgoing flow of the token's node (one copy of the token each); ends it where there is none. */
  protected leave(token: Token): void {
    this.fork(token, this.net.nodes[token.node].out);
  }

  private fork(token: Token, flows: readonly number[]): void {
    if (flows.length === 0) {
      this.endToken(token);
      return;
    }
    for (let i = flows.length - 1; i > 0; i--) {
      const copy = this.newToken(token.case, token.scope, token.lastLane);
      copy.node = token.node;
      this.push(copy, flows[i]);
    }
    this.push(token, flows[0]);
  }

  private splitInclusive(token: Token, node: NetNode): void {
    const c = token.case;
    chooseInclusive(node, this.net.flows, c.record, this.streams[node.index], this.taken, this.collector);
    if (this.taken.length > 0) this.fork(token, this.taken);
    else this.noRoute(c, node);
  }

  private noRoute(c: CaseState, node: NetNode): void {
    // The message with the record's values is only read when exceptions are kept one by one.
    const detail = this.collector.keepsRecords ? noRouteMessage(node, c.record, true) : null;
    this.abortCase(c, 'no-route', node.id, noRouteMessage(node, c.record, false), detail);
  }

  /** How long the catch event at the end of flow `f` waits (drawing a message's delay from its stream). */
  private catchDelay(f: number): number {
    const target = this.net.nodes[this.net.flows[f].target];
    if (target.kind === Kind.timerCatch) return target.timer;
    return target.delay ? target.delay(this.streams[target.index]) : 0;
  }

  private waitForEvent(token: Token, node: NetNode): void {
    let best = node.out[0];
    let bestDelay = Infinity;
    if (node.shares) {
      const u = this.streams[node.index].next();
      let cumulative = 0;
      for (let i = 0; i < node.out.length; i++) {
        if (node.shares[i] <= 0) continue;
        cumulative += node.shares[i];
        best = node.out[i];
        if (u < cumulative) break;
      }
      bestDelay = this.catchDelay(best);
    } else
      for (const f of node.out) {
        const delay = this.catchDelay(f);
        if (delay < bestDelay) {
          best = f;
          bestDelay = delay;
        }
      }
    token.state = TokenState.delayed;
    this.schedule(this.now + bestDelay, Ev.delayDone, token.id, best, token.version);
  }

  /** A timer or message has fired: on from a catch event, or through the event an event-based gateway chose. */
  protected delayDone(token: Token, flow: number): void {
    if (flow >= 0) {
      if (token.case.measured) this.collector.flowCounts[flow]++;
      if (!this.arrive(token, this.net.flows[flow].target)) return;
    }
    this.leave(token);
  }

  /** Parks the token at a parallel join; true when it was the last one missing and goes on. */
  private joinParallel(token: Token, node: NetNode, via: number): boolean {
    const slots = token.case.slots;
    const slot = this.net.flows[via].slot;
    slots[slot]++;
    const end = node.slotBase + node.incoming.length;
    for (let k = node.slotBase; k < end; k++)
      if (slots[k] === 0) {
        token.state = TokenState.joining;
        token.slot = slot;
        return false;
      }
    this.merge(token, node, slot);
    return true;
  }

  /** Consumes one arrival per filled slot of a join: the given token goes on, one parked token per other slot ends. */
  private merge(token: Token, node: NetNode, ownSlot: number): void {
    const c = token.case;
    const end = node.slotBase + node.incoming.length;
    for (let k = node.slotBase; k < end; k++) {
      if (c.slots[k] === 0) continue;
      c.slots[k]--;
      if (k === ownSlot) continue;
      const list = c.tokens;
      for (let i = 0; i < list.length; i++) {
        const parked = list[i];
        if (parked !== token && parked.state === TokenState.joining && parked.slot === k) {
          if (node.kind === Kind.inclusive) c.inclusiveWaiting--;
          this.release(parked);
          break;
        }
      }
    }
    token.slot = -1;
    token.state = TokenState.moving;
  }

  private parkInclusive(token: Token, via: number): void {
    token.case.slots[this.net.flows[via].slot]++;
    token.slot = this.net.flows[via].slot;
    token.state = TokenState.joining;
    token.case.inclusiveWaiting++;
  }

  /** Fires every inclusive join that no token of the case (in the join's scope) can still reach. */
  private checkInclusiveJoins(c: CaseState): void {
    const nodes = this.net.nodes;
    for (let i = 0; i < c.tokens.length; i++) {
      const waiting = c.tokens[i];
      if (waiting.state !== TokenState.joining || nodes[waiting.node].kind !== Kind.inclusive) continue;
      const join = nodes[waiting.node];
      const upstream = join.upstream!;
      // Tokens parked at this join do not block it: a join is not upstream of itself.
      let blocked = false;
      for (let j = 0; j < c.tokens.length && !blocked; j++)
        blocked = c.tokens[j].scope === waiting.scope && upstream[c.tokens[j].node] === 1;
      if (blocked) continue;
      c.inclusiveWaiting--;
      this.merge(waiting, join, waiting.slot);
      this.splitInclusive(waiting, join);
      if (c.liveIndex < 0) return;
      i = -1; // the token list changed: look again from the start
    }
  }

  private reachEnd(token: Token, node: NetNode): void {
    const c = token.case;
    const scope = token.scope;
    if (node.endKind === EndKind.error) {
      const host = scope === null ? null : this.net.nodes[scope.node];
      if (scope !== null && host !== null && host.errors.length > 0) {
        this.exception(
          c,
          'error-event',
          host.id,
          `${node.label} ended the sub-process; the case took its error path`,
          null,
          true,
        );
        this.stopWork(scope, 'ate_abort');
        this.enter(scope, host.errors[0].node, -1);
        return;
      }
      this.exception(c, 'error-event', node.id, `the case reached ${node.label}`);
    } else if (node.endKind === EndKind.terminate) this.discardInside(c, scope, token);
    this.endToken(token);
  }

  /** Ends a token; the last one inside a sub-process completes it, the last one of a case ends the case. */
  protected endToken(token: Token): void {
    const c = token.case;
    const scope = token.scope;
    this.release(token);
    if (scope !== null) {
      if (scope.children === 0 && scope.state === TokenState.inSubProcess) this.finishActivity(scope);
    } else if (c.tokens.length === 0) this.endCase(c);
    if (c.inclusiveWaiting > 0 && c.liveIndex >= 0) this.checkInclusiveJoins(c);
  }

  /** Discards every token of the case inside `scope` (all of them when null), except `keep`. */
  protected discardInside(c: CaseState, scope: Token | null, keep: Token | null): void {
    for (let i = c.tokens.length - 1; i >= 0; i--) {
      if (i >= c.tokens.length) continue;
      const t = c.tokens[i];
      if (t === keep || t.state === TokenState.free) continue;
      let inside = scope === null;
      for (let s = t.scope; s !== null && !inside; s = s.scope) inside = s === scope;
      if (inside) this.discard(t);
    }
  }

  private discard(token: Token): void {
    if (token.state === TokenState.queued) this.stopWork(token, 'withdraw');
    else if (token.state === TokenState.busy || token.state === TokenState.inSubProcess)
      this.stopWork(token, 'ate_abort');
    if (token.state === TokenState.joining && this.net.nodes[token.node].kind === Kind.inclusive)
      token.case.inclusiveWaiting--;
    if (token.state === TokenState.joining) token.case.slots[token.slot]--;
    this.release(token);
  }

  /** Ends a case at once with an exception: every token is discarded and the case counts as ended. */
  protected abortCase(
    c: CaseState,
    kind: ExceptionKind,
    nodeId: string,
    message: string,
    detail: string | null = null,
  ): void {
    this.exception(c, kind, nodeId, message, detail);
    this.discardInside(c, null, null);
    this.endCase(c);
  }

  protected endCase(c: CaseState): void {
    const last = this.live.pop()!;
    if (last !== c) {
      this.live[c.liveIndex] = last;
      last.liveIndex = c.liveIndex;
    }
    c.liveIndex = -1;
    const k = this.collector;
    k.completed++;
    if (c.exceptional) k.withExceptions++;
    if (c.measured) {
      k.cycleTime.add(this.now - c.arrival);
      k.waitingTime.add(c.waiting);
      k.processingTime.add(c.processing);
      k.costPerCase.add(c.cost);
      k.handoffsPerCase.add(c.handoffs);
      k.wip.change(this.now, -1);
      k.variants.end(c.path, this.now - c.arrival);
      k.measuredCompleted++;
    }
    this.ended++;
    this.freeCases.push(c);
  }
}
