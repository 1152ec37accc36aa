import { durationWords, FlowwrightError } from '../model';
import type { Collector } from './collector';
import { Ev } from './engineCore';
import { Kind, type BoundaryRef, type NetNode, type Network } from './network';
import { PoolEngine } from './poolEngine';
import { Random } from './random';
import { TokenState, type CaseState, type Token } from './state';
import { fieldProblem } from './fieldChecks';
import { clockOverflow, simulationLimits } from './limits';
import type { CaseDataSource, EventLogRow } from './types';

export interface ReplicationSettings {
  seed: number;
  /** From 0. */
  replication: number;
  /** Prepended to case labels, so that examples from different replications stay apart. */
  labelPrefix: string;
  cases: number;
  warmup: number;
  horizon: number | undefined;
  caseData: CaseDataSource | undefined;
  eventLog: ((row: EventLogRow) => void) | undefined;
  onCaseEnd?: ((caseId: string) => void) | undefined;
}

/** One replication: arrivals, tasks (record checks, durations), sub-processes and boundary events on top of the pools. */
export class Replication extends PoolEngine {
  eventCount = 0;
  private readonly arrivals: Random;
  private readonly uniform: () => number;
  private readonly locals = { base: 0 };
  private readonly eventLimit: number;
  private arrived = 0;
  private windowStart = 0;
  private started = false;

  constructor(
    net: Network,
    collector: Collector,
    private readonly settings: ReplicationSettings,
  ) {
    super(net, collector, settings.seed, settings.replication, settings.labelPrefix);
    this.arrivals = new Random(settings.seed, settings.replication, 0);
    const data = new Random(settings.seed, settings.replication, 1);
    this.uniform = () => data.next();
    // No correct run comes near this: every case's events are bounded by the loop limit at every node.
    this.eventLimit = (settings.cases + 1) * (net.nodes.length + 4) * (net.loopLimit + 1) * 8;
  }

  /** Processes up to `budget` events; true once the replication has ended. */
  run(budget: number): boolean {
    if (!this.started) this.begin();
    const heap = this.events;
    for (let i = 0; i < budget; i++) {
      if (!heap.pop()) {
        this.finish();
        return true;
      }
      this.now = heap.topKey1;
      if (this.now > simulationLimits.maxClock) throw clockOverflow();
      if (++this.eventCount > this.eventLimit)
        throw new FlowwrightError('FW_INTERNAL', 'the simulation exceeded its event guard');
      const kind = heap.topA;
      if (kind === Ev.arrival) this.arrival();
      else if (kind === Ev.poolOpen) this.poolOpened(heap.topB);
      else {
        const token = this.tokens[heap.topB];
        if (token.version === heap.topD) {
          if (kind === Ev.activityDone) this.finishActivity(token);
          else if (kind === Ev.boundaryTimer) this.boundaryTimer(token, this.net.nodes[token.node].timers[heap.topC]);
          else this.delayDone(token, heap.topC);
        }
      }
      this.drain();
    }
    return false;
  }

  private begin(): void {
    this.started = true;
    // Provisional unless no warm-up end will come to restart it (the series over time start only with measuring).
    this.collector.startMeasuring(0, this.settings.warmup >= this.settings.cases);
    const replay = this.settings.caseData?.arrivalAt;
    const first = replay ? replay(0) : this.net.arrivalCalendar.nextOpen(0);
    if (this.settings.cases > 0 && (this.settings.horizon === undefined || first <= this.settings.horizon))
      this.schedule(first, Ev.arrival, 0, 0, 0);
  }

  private arrival(): void {
    const { settings, collector, net } = this;
    const index = this.arrived++;
    const c = this.newCase();
    c.index = index;
    c.arrival = this.now;
    const input = settings.caseData?.caseAt(index, this.uniform);
    c.record = input?.record ?? null;
    c.priority = input?.priority ?? 0;
    c.label = input?.label;
    c.row = input?.row ?? null;
    c.key = input?.key ?? null;
    c.measured = index >= settings.warmup;
    if (index === settings.warmup) {
      this.windowStart = this.now;
      collector.startMeasuring(this.now);
    }
    collector.started++;
    if (c.measured) collector.wip.change(this.now, 1);
    if (this.arrived < settings.cases) {
      const next = settings.caseData?.arrivalAt ? settings.caseData.arrivalAt(this.arrived) : this.nextArrival();
      if (settings.horizon === undefined || next <= settings.horizon) this.schedule(next, Ev.arrival, 0, 0, 0);
    }
    const token = this.newToken(c, null, -1);
    this.enter(token, net.start, -1);
  }

  /** The next arrival time by the inter-arrival distribution; one falling exactly on a closing time waits for the next opening. */
  private nextArrival(): number {
    const gap = this.net.arrival(this.arrivals);
    const calendar = this.net.arrivalCalendar;
    return calendar.always ? this.now + gap : calendar.nextOpen(calendar.addWorkingTime(this.now, gap));
  }

  protected beginTask(token: Token, node: NetNode): void {
    const c = token.case;
    if (node.checks.length > 0 && c.record !== null && !this.recordPasses(token, node)) return;
    token.enabled = this.now;
    let work = node.duration === null ? 0 : node.duration(this.streams[node.index]);
    if (node.durationExpression !== null) work = this.expressionDuration(c, node, work);
    token.work = work;
    this.scheduleTimers(token, node);
    this.takeUnit(token, node);
  }

  /**
   * Checks the fields the task requires on the case's record. A failing case takes the task's error path when it
   * has one (handled), else ends; each failing field is one exception. The task does not run either way.
   */
  private recordPasses(token: Token, node: NetNode): boolean {
    const c = token.case;
    const handled = node.dataErrorPath >= 0;
    let passes = true;
    for (const check of node.checks) {
      const problem = fieldProblem(check, c.record!);
      if (problem === null) continue;
      passes = false;
      this.exception(c, problem.kind, node.id, problem.message, problem.detail, handled);
    }
    if (passes) return true;
    if (handled) this.enter(token, node.dataErrorPath, -1);
    else {
      this.discardInside(c, null, null);
      this.endCase(c);
    }
    return false;
  }

  private expressionDuration(c: CaseState, node: NetNode, base: number): number {
    this.locals.base = base;
    const value = node.durationExpression!.evaluate(c.record, this.locals);
    if (typeof value === 'number' && value >= 0 && value <= simulationLimits.maxSeconds) return value;
    this.exception(
      c,
      'invalid-field',
      node.id,
      `the duration expression did not give a number of seconds from 0 to ${simulationLimits.maxSeconds.toLocaleString('en')}; the drawn duration was used`,
    );
    return base;
  }

  private scheduleTimers(token: Token, node: NetNode): void {
    for (let i = 0; i < node.timers.length; i++)
      this.schedule(this.now + node.timers[i].timer, Ev.boundaryTimer, token.id, i, token.version);
  }

  protected beginSubProcess(token: Token, node: NetNode): void {
    token.enabled = token.start = this.now;
    token.work = 0;
    token.state = TokenState.inSubProcess;
    this.scheduleTimers(token, node);
    const version = token.version;
    for (const start of node.starts) {
      if (token.version !== version) return; // the sub-process already ended
      const child = this.newToken(token.case, token, token.lastLane);
      this.enter(child, start, -1);
    }
  }

  /** Adds one execution of an activity to the case's and the activity's statistics, and to the event log. */
  private record(
    token: Token,
    node: NetNode,
    waiting: number,
    processing: number,
    lifecycle: EventLogRow['lifecycle'],
  ): void {
    const c = token.case;
    if (waiting < 1e-6) waiting = 0; // end − enabled − work leaves rounding dust where there was no wait
    if (node.kind === Kind.task) {
      c.waiting += waiting;
      c.processing += processing;
    }
    if (c.measured) {
      const stats = this.collector.activities[node.activity];
      stats.waiting.add(waiting);
      stats.processing.add(processing);
      // One step of the case's path per event-log row that is not a withdrawal (the contract of report.variants).
      if (lifecycle !== 'withdraw') c.path = this.collector.variants.step(c.path, node.activity);
    }
    if (this.settings.eventLog) this.logRow(token, node, lifecycle, this.settings.eventLog);
  }

  /** Kept apart from record(), so that without a log the engine's busiest path stays small enough to inline. */
  private logRow(
    token: Token,
    node: NetNode,
    lifecycle: EventLogRow['lifecycle'],
    log: (row: EventLogRow) => void,
  ): void {
    const epoch = this.net.startEpoch;
    log({
      replication: this.settings.replication + 1,
      caseId: this.labelOf(token.case),
      activityId: node.id,
      activity: node.name,
      resource: node.pool >= 0 ? this.net.pools[node.pool].name : null,
      enabled: (epoch + token.enabled) * 1000,
      start: lifecycle === 'withdraw' ? null : (epoch + token.start) * 1000,
      end: (epoch + this.now) * 1000,
      lifecycle,
    });
  }

  protected finishActivity(token: Token): void {
    const node = this.net.nodes[token.node];
    token.version++; // its boundary timers are void now
    if (node.kind === Kind.task) {
      this.charge(token, node, token.work);
      this.record(token, node, this.now - token.enabled - token.work, token.work, 'complete');
      if (node.pool >= 0) this.dispatch(node.pool);
    } else this.record(token, node, 0, this.now - token.enabled, 'complete');
    const error = this.raisedError(node, token.case);
    if (error === null) return this.leave(token);
    const boundary = this.net.nodes[error.node];
    this.exception(token.case, 'error-event', node.id, `${boundary.label} fired; the case took its path`, null, true);
    this.enter(token, error.node, -1);
  }

  private raisedError(node: NetNode, c: CaseState): BoundaryRef | null {
    for (const ref of node.errors) {
      if (ref.condition !== null && c.record !== null) {
        this.collector.conditions++;
        if (ref.condition.isTrue(c.record)) return ref;
      } else if (ref.probability > 0 && this.streams[node.index].next() < ref.probability) return ref;
    }
    return null;
  }

  protected stopWork(token: Token, lifecycle: 'ate_abort' | 'withdraw'): void {
    const node = this.net.nodes[token.node];
    token.version++;
    if (node.kind === Kind.subProcess) {
      this.discardInside(token.case, token, null);
      this.record(token, node, 0, this.now - token.enabled, 'ate_abort');
    } else if (token.state === TokenState.queued) {
      this.leaveQueue(node);
      this.record(token, node, this.now - token.enabled, 0, lifecycle);
    } else {
      const calendar = node.pool >= 0 ? this.net.pools[node.pool].calendar : null;
      const worked =
        calendar === null || calendar.always
          ? this.now - token.start
          : calendar.workingTimeBetween(token.start, this.now);
      this.charge(token, node, worked);
      this.record(token, node, this.now - token.enabled - worked, worked, lifecycle);
      if (node.pool >= 0) this.handOnLater(node.pool);
    }
    token.state = TokenState.moving;
  }

  private boundaryTimer(token: Token, ref: BoundaryRef): void {
    const node = this.net.nodes[token.node];
    const c = token.case;
    const boundary = this.net.nodes[ref.node];
    this.exception(
      c,
      'sla-breach',
      node.id,
      `not done within ${durationWords(ref.timer)} (${boundary.label})`,
      null,
      true,
    );
    if (!ref.interrupting) {
      const copy = this.newToken(c, token.scope, token.lastLane);
      this.enter(copy, ref.node, -1);
      return;
    }
    this.stopWork(token, token.state === TokenState.queued ? 'withdraw' : 'ate_abort');
    this.enter(token, ref.node, -1);
  }

  protected override endCase(c: CaseState): void {
    const label = this.settings.onCaseEnd && this.labelOf(c); // before the case's state is recycled
    super.endCase(c);
    if (label !== undefined) this.settings.onCaseEnd!(label);
  }

  /** Cases still in the system when no event is left (e.g. at a join whose other branch never comes) are unfinished. */
  private finish(): void {
    const { collector, net } = this;
    for (const c of this.live) {
      const token = c.tokens[0];
      const node = token ? net.nodes[token.node] : net.nodes[net.start];
      const message =
        token?.state === TokenState.joining
          ? `the case waited at ${node.name} for a branch that never arrived`
          : `the case was still at ${node.name} when the run ended`;
      this.exception(c, 'unfinished', node.id, message);
      collector.inProgress++;
      collector.withExceptions++;
    }
    const from = this.windowStart;
    const to = this.now;
    collector.endReplication(
      from,
      to,
      (p) => net.pools[p].capacity * net.pools[p].calendar.workingTimeBetween(from, to),
    );
  }
}
