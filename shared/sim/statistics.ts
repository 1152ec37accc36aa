/** A statistic as reported (DESIGN.md §5): over all observations, with a 95% interval for the mean over replications. */
export interface StatSummary {
  mean: number;
  sd: number;
  p50: number;
  p90: number;
  p95: number;
  max: number;
  ci95: [number, number] | null;
}

// 97.5% quantiles of Student's t for 1..30 degrees of freedom.
const tTable = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 97.5% quantile of Student's t (two-sided 95%); a Cornish–Fisher expansion beyond the table. */
export function studentT975(df: number): number {
  if (df <= tTable.length) return tTable[Math.max(1, Math.floor(df)) - 1];
  const z = 1.959963984540054;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

/** A 95% Student t interval for the mean of per-replication values; null with fewer than two. */
export function confidenceInterval(values: readonly number[]): [number, number] | null {
  const n = values.length;
  if (n < 2) return null;
  let mean = 0;
  for (const v of values) mean += v / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const half = (studentT975(n - 1) * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  return [mean - half, mean + half];
}

// Log-spaced buckets 1% wide from 1 ms to about 10^12: quantiles within ±0.5% of the value, in 14 kB.
const bucketCount = 3500;
const smallest = 1e-3;
const growth = 1.01;
const perLog = 1 / Math.log(growth);
/** Buckets a histogram starts with: about ±8% around the first value, enough for most fixed-ish durations. */
const initialSpan = 16;

/** The value a bucket stands for: the geometric middle of its range. */
function centreOf(i: number): number {
  return i === 0 ? 0 : i === 1 ? smallest / 2 : smallest * Math.pow(growth, i - 1.5);
}

function bucketOf(x: number): number {
  if (x <= 0) return 0;
  if (x < smallest) return 1;
  const i = 2 + Math.floor(Math.log(x / smallest) * perLog);
  return i < bucketCount ? i : bucketCount - 1;
}

/**
 * One streamed statistic: Welford's running mean and variance, a log-bucket histogram for quantiles and the
 * mean of each replication for the confidence interval. Nothing is kept per observation, and the histogram holds
 * only the span of buckets seen so far (a map of 20,000 tasks has 40,000 of them: full ones would take 560 MB).
 */
export class Statistic {
  private n = 0;
  private runningMean = 0;
  private m2 = 0;
  private largest = 0;
  private smallestSeen = Infinity;
  private integers = true;
  private histogram: Uint32Array | null = null;
  /** The bucket counted in histogram[0]. */
  private firstBucket = 0;
  private replicationCount = 0;
  private replicationSum = 0;
  /** The sum of all observations. */
  sum = 0;
  readonly replicationMeans: number[] = [];

  get count(): number {
    return this.n;
  }

  add(x: number): void {
    const n = ++this.n;
    const delta = x - this.runningMean;
    this.runningMean += delta / n;
    this.m2 += delta * (x - this.runningMean);
    if (x > this.largest || n === 1) this.largest = x;
    if (x < this.smallestSeen) this.smallestSeen = x;
    if (this.integers && x !== Math.floor(x)) this.integers = false;
    this.countBucket(bucketOf(x), 1);
    this.sum += x;
    this.replicationCount++;
    this.replicationSum += x;
  }

  private countBucket(bucket: number, count: number): void {
    let histogram = this.histogram;
    if (!histogram) {
      histogram = this.histogram = new Uint32Array(initialSpan);
      this.firstBucket = Math.max(0, Math.min(bucket - initialSpan / 2, bucketCount - initialSpan));
    } else if (bucket < this.firstBucket || bucket >= this.firstBucket + histogram.length) {
      histogram = this.widen(bucket);
    }
    histogram[bucket - this.firstBucket] += count;
  }

  /** Grows the histogram to take in `bucket`, at least doubling, so that widening stays rare. */
  private widen(bucket: number): Uint32Array {
    const old = this.histogram!;
    const low = Math.min(this.firstBucket, bucket);
    const high = Math.max(this.firstBucket + old.length, bucket + 1);
    const span = Math.min(bucketCount, Math.max(high - low, 2 * old.length));
    const first = bucket < this.firstBucket ? Math.max(0, high - span) : Math.min(low, bucketCount - span);
    const histogram = new Uint32Array(span);
    histogram.set(old, this.firstBucket - first);
    this.histogram = histogram;
    this.firstBucket = first;
    return histogram;
  }

  /** Closes the current replication: its mean joins the replication means when it had observations. */
  endReplication(): void {
    if (this.replicationCount > 0) this.replicationMeans.push(this.replicationSum / this.replicationCount);
    this.replicationCount = 0;
    this.replicationSum = 0;
  }

  /**
   * Adds every observation of `other` moved by `shift`, as one replication of this statistic (Chan's pairwise
   * merge of mean and variance). Quantiles move bucket by bucket, within the histogram's ±0.5%.
   */
  addReplication(other: Statistic, shift: number): void {
    const n = other.n;
    if (n === 0) return;
    const mean = other.runningMean + shift;
    const total = this.n + n;
    const delta = mean - this.runningMean;
    this.m2 += other.m2 + (delta * delta * this.n * n) / total;
    this.runningMean += (delta * n) / total;
    if (this.n === 0 || other.largest + shift > this.largest) this.largest = other.largest + shift;
    this.smallestSeen = Math.min(this.smallestSeen, other.smallestSeen + shift);
    this.integers &&= other.integers && Number.isInteger(shift);
    this.n = total;
    const histogram = other.histogram!;
    for (let k = 0; k < histogram.length; k++) {
      if (histogram[k] === 0) continue;
      const bucket = other.firstBucket + k;
      const value = Math.min(other.largest, Math.max(other.smallestSeen, centreOf(bucket)));
      this.countBucket(shift === 0 ? bucket : bucketOf(value + shift), histogram[k]);
    }
    this.sum += other.sum + n * shift;
    this.replicationMeans.push(mean);
  }

  private quantile(q: number): number {
    const histogram = this.histogram;
    if (!histogram) return 0;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    let offset = 0;
    for (; offset < histogram.length - 1; offset++) {
      seen += histogram[offset];
      if (seen >= rank) break;
    }
    const i = this.firstBucket + offset;
    const centre = centreOf(i);
    const clamped = Math.min(this.largest, Math.max(this.smallestSeen, centre));
    return this.integers ? Math.round(clamped) : clamped;
  }

  /** The interval over replication means; clipped at 0, as durations, costs and counts cannot be negative. */
  private interval(): [number, number] | null {
    const ci = confidenceInterval(this.replicationMeans);
    return ci && [Math.max(0, ci[0]), ci[1]];
  }

  /**
   * The observations in `count` equal ranges from the smallest seen up to `upper` (the largest seen by default;
   * the last range also holds those above it, so that a long tail does not squeeze the rest into one bar), for
   * a histogram chart. Each log bucket falls in the range of its middle value: counts are right within ±0.5%.
   */
  bins(count = 30, upper = this.largest): HistogramBin[] {
    const histogram = this.histogram;
    if (!histogram || this.n === 0) return [];
    const low = this.smallestSeen;
    const width = (Math.min(upper, this.largest) - low) / count;
    if (!(width > 0)) return [{ from: low, to: this.largest, count: this.n }];
    const bins = Array.from({ length: count }, (_, i) => ({
      from: low + i * width,
      to: low + (i + 1) * width,
      count: 0,
    }));
    for (let k = 0; k < histogram.length; k++) {
      if (histogram[k] === 0) continue;
      const value = Math.min(this.largest, Math.max(low, centreOf(this.firstBucket + k)));
      bins[Math.min(count - 1, Math.floor((value - low) / width))].count += histogram[k];
    }
    return bins;
  }

  summary(): StatSummary {
    if (this.n === 0) return { mean: 0, sd: 0, p50: 0, p90: 0, p95: 0, max: 0, ci95: null };
    return {
      mean: this.runningMean,
      sd: this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0,
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p95: this.quantile(0.95),
      max: this.largest,
      ci95: this.interval(),
    };
  }
}

/** One range of a histogram: observations from `from` (included) to `to`. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** A quantity that changes at events (cases in the system, a queue's length): its time average and maximum. */
export class TimeAverage {
  value = 0;
  max = 0;
  private area = 0;
  private since = 0;
  /** A change after this time first calls passed() (a subclass's series over time); never for a plain one. */
  protected until = Infinity;

  change(t: number, delta: number): void {
    if (t > this.until) this.passed(t);
    this.area += this.value * (t - this.since);
    this.since = t;
    this.value += delta;
    if (this.value > this.max) this.max = this.value;
  }

  /** Called by change() at a time after `until`, before the value changes. */
  protected passed(t: number): void {
    this.until = t;
  }

  /** Starts measuring at t (the end of the warm-up), keeping the current value. */
  restart(t: number): void {
    this.area = 0;
    this.since = t;
    this.max = this.value;
  }

  /** The integral of the value over time, from the last restart to t. */
  areaUntil(t: number): number {
    return this.area + this.value * (t - this.since);
  }

  /** The time average over [from, to]. */
  average(from: number, to: number): number {
    return to > from ? this.areaUntil(to) / (to - from) : 0;
  }
}
