import { TimeAverage } from './statistics';

/** Most points of a series; when time runs past them, the step doubles and pairs of points merge (so 60 to 120). */
export const maxPoints = 120;
/** The first step, in seconds: a power of two, so that doubling keeps every boundary exact. */
const firstStep = 2 ** -20;

/**
 * The common time axis of every series of a run, from the start of measuring of each replication. Each series
 * integrates its quantity into points of `step` seconds, summed over replications; `coverage` is the measured
 * time of all replications in each point, so that a point's value is its mean over the replications reaching it.
 */
export class Timeline {
  step = firstStep;
  /** Whether the current replication is measuring (series ignore the warm-up). */
  on = false;
  /** Where the current replication's measuring started, in its simulated seconds. */
  origin = 0;
  /** The longest measured window so far, in seconds. */
  reach = 0;
  readonly coverage = new Float64Array(maxPoints);
  private readonly series: TrackedAverage[] = [];

  add(series: TrackedAverage): void {
    this.series.push(series);
  }

  /** Starts the series of a replication measured from t (after each series' time average restarted at t). */
  start(t: number): void {
    this.on = true;
    this.origin = t;
    for (const s of this.series) s.begin();
  }

  /** Closes the current replication at t: what each series held until then, and the time covered. */
  stop(t: number): void {
    if (!this.on) return;
    for (const s of this.series) s.stop(t);
    const length = t - this.origin;
    if (length > 0) {
      this.spread(this.coverage, 0, length, 1);
      this.reach = Math.max(this.reach, length);
    }
    this.on = false;
  }

  /** Adds `value` × time over [from, to) (seconds after the origin) to the points it covers. */
  spread(points: Float64Array, from: number, to: number, value: number): void {
    while (to > maxPoints * this.step) this.double();
    const step = this.step;
    let i = Math.floor(from / step);
    for (let a = from; a < to && i < maxPoints; i++) {
      const end = Math.min(to, (i + 1) * step);
      points[i] += value * (end - a);
      a = end;
    }
  }

  /** Doubles the step, merging pairs of points of every series. */
  double(): void {
    merge(this.coverage);
    this.step *= 2;
    for (const s of this.series) {
      if (s.points) merge(s.points);
      s.rescale();
    }
  }

  /** The number of points: the longest window in steps. */
  get length(): number {
    return this.reach > 0 ? Math.min(maxPoints, Math.ceil(this.reach / this.step)) : 0;
  }

  /** A series' values: each point's total over the time measured in it. */
  values(series: TrackedAverage): number[] {
    const points = series.points;
    return Array.from({ length: this.length }, (_, i) =>
      points && this.coverage[i] > 0 ? points[i] / this.coverage[i] : 0,
    );
  }
}

function merge(points: Float64Array): void {
  const half = maxPoints / 2;
  for (let i = 0; i < half; i++) points[i] = points[2 * i] + points[2 * i + 1];
  points.fill(0, half);
}

/**
 * A time average (cases in the system, a queue's length) that also keeps its course over the timeline. The
 * integral the time average keeps anyway is read at each point's end the first time a change passes it, so a
 * change costs one comparison more (in TimeAverage.change, with no call), and nothing is allocated after the
 * first point with a non-zero area.
 */
export class TrackedAverage extends TimeAverage {
  /** Value × seconds per point, over all replications; null while every point was 0. */
  points: Float64Array | null = null;
  /** The point being filled; `until` is when it ends (Infinity while the timeline is off). */
  private point = 0;
  /** The integral at the start of the current point. */
  private mark = 0;

  constructor(private readonly timeline: Timeline) {
    super();
    timeline.add(this);
  }

  /** Starts following the value at the timeline's origin (right after restart()). */
  begin(): void {
    this.point = 0;
    this.mark = 0;
    this.until = this.timeline.origin + this.timeline.step;
  }

  /** Closes every point that ended before t (change() calls it only then, so a change costs one comparison). */
  protected override passed(t: number): void {
    const line = this.timeline;
    while (this.until < t) {
      this.addToPoint(this.areaUntil(this.until));
      if (++this.point === maxPoints) line.double();
      this.until = line.origin + (this.point + 1) * line.step;
    }
  }

  private addToPoint(area: number): void {
    const part = area - this.mark;
    this.mark = area;
    if (part === 0) return;
    const points = (this.points ??= new Float64Array(maxPoints));
    points[this.point] += part;
  }

  /** Closes the replication at t: the points up to t, and the part of the last one. */
  stop(t: number): void {
    if (this.until === Infinity) return;
    this.passed(t);
    this.addToPoint(this.areaUntil(t));
    this.until = Infinity;
  }

  /** After the timeline doubled: the point being filled is now half its number. */
  rescale(): void {
    this.point >>= 1;
    if (this.until !== Infinity) this.until = this.timeline.origin + (this.point + 1) * this.timeline.step;
  }
}
