import type { Collector } from './collector';
import { EngineCore, Ev } from './engineCore';
import { KeyedHeap } from './keyedHeap';
import type { NetNode, Network } from './network';
import { TokenState, type Token } from './state';

/**
 * Resource pools on top of the token game: a task takes a unit of its pool when one is free and the pool's calendar
 * is open, else waits in the pool's queue (in the order of its queue policy) until a unit is handed on; work runs in
 * the pool's working hours, and a unit's release charges the case, the activity and the pool. Arrivals, durations,
 * record checks and boundary events are the subclass's (Replication).
 */
export abstract class PoolEngine extends EngineCore {
  private readonly busy: Int32Array;
  private readonly queued: Int32Array;
  /** 1 while an event that hands on the pool's free units is on the event list. */
  private readonly openPending: Uint8Array;
  private readonly queues: KeyedHeap[];
  /** 1 for pools that serve the shortest work first: its second key is the work, not the case's priority. */
  private readonly byWork: Uint8Array;

  constructor(net: Network, collector: Collector, seed: number, replication: number, labelPrefix: string) {
    super(net, collector, seed, replication, labelPrefix);
    const pools = net.pools.length;
    this.busy = new Int32Array(pools);
    this.queued = new Int32Array(pools);
    this.openPending = new Uint8Array(pools);
    this.queues = net.pools.map((pool) => new KeyedHeap(pool.queuePolicy === 'lifo'));
    this.byWork = Uint8Array.from(net.pools, (pool) => (pool.queuePolicy === 'shortest' ? 1 : 0));
  }

  /**
   * Starts the task's work (`token.work`, drawn already) on a unit of its pool, or queues it for one; work without a
   * pool starts at once.
   */
  protected takeUnit(token: Token, node: NetNode): void {
    const p = node.pool;
    if (p < 0) return this.startWork(token, node);
    const pool = this.net.pools[p];
    const open = pool.calendar.always || pool.calendar.isOpen(this.now);
    if (open && this.busy[p] < pool.capacity && this.queued[p] === 0) return this.startWork(token, node);
    const c = token.case;
    this.queues[p].push(-node.priority, this.byWork[p] ? token.work : -c.priority, token.id, token.version, 0, 0);
    this.queued[p]++;
    token.state = TokenState.queued;
    this.collector.activities[node.activity].queue.change(this.now, 1);
    if (!open) this.wakeAtOpening(p);
  }

  /** The event that hands on a pool's free units has come. */
  protected poolOpened(p: number): void {
    this.openPending[p] = 0;
    this.dispatch(p);
  }

  /** Takes a queued token out of its pool's queue (it leaves the queue lazily: dispatch skips it). */
  protected leaveQueue(node: NetNode): void {
    this.queued[node.pool]--;
    this.collector.activities[node.activity].queue.change(this.now, -1);
  }

  /**
   * Hands on the unit a stopped task freed by an event at this same instant, after those already due now (such as
   * the timers of queued work), so that work withdrawn at this instant does not start first.
   */
  protected handOnLater(p: number): void {
    if (this.openPending[p]) return;
    this.openPending[p] = 1;
    this.schedule(this.now, Ev.poolOpen, p, 0, 0);
  }

  private startWork(token: Token, node: NetNode): void {
    token.state = TokenState.busy;
    token.start = this.now;
    let end = this.now + token.work;
    if (node.pool >= 0) {
      this.busy[node.pool]++;
      const calendar = this.net.pools[node.pool].calendar;
      if (!calendar.always) end = calendar.addWorkingTime(this.now, token.work);
    }
    this.schedule(end, Ev.activityDone, token.id, 0, token.version);
  }

  private wakeAtOpening(p: number): void {
    if (this.openPending[p]) return;
    this.openPending[p] = 1;
    this.schedule(this.net.pools[p].calendar.nextOpen(this.now), Ev.poolOpen, p, 0, 0);
  }

  /** Starts queued work while units are free and the pool's calendar is open; first in the queue's order first. */
  protected dispatch(p: number): void {
    const pool = this.net.pools[p];
    const queue = this.queues[p];
    while (this.busy[p] < pool.capacity && this.queued[p] > 0) {
      if (!pool.calendar.always && !pool.calendar.isOpen(this.now)) return this.wakeAtOpening(p);
      queue.pop();
      const token = this.tokens[queue.topA];
      if (token.version !== queue.topB || token.state !== TokenState.queued) continue; // withdrawn meanwhile
      this.queued[p]--;
      const node = this.net.nodes[token.node];
      this.collector.activities[node.activity].queue.change(this.now, -1);
      this.startWork(token, node);
    }
  }

  /** Releases the unit a task held for `worked` seconds and charges the case (resource cost and fixed cost). */
  protected charge(token: Token, node: NetNode, worked: number): void {
    const c = token.case;
    let cost = node.fixedCost;
    if (c.measured) this.collector.activities[node.activity].cost += node.fixedCost;
    if (node.pool >= 0) {
      const pool = this.net.pools[node.pool];
      this.busy[node.pool]--;
      const resourceCost = (worked * pool.costPerHour) / 3600;
      cost += resourceCost;
      if (c.measured) {
        const stats = this.collector.pools[node.pool];
        stats.busyTime += worked;
        stats.cost += resourceCost;
        this.collector.activities[node.activity].cost += resourceCost;
      }
    }
    c.cost += cost;
  }
}
