import type { LogRecord } from '../workspace/db';
import { count, duration, percent } from '../simulation/format';
import { DurationHistogram } from './DurationHistogram';

/** Variants listed at first; the rest are behind "Show more". */
const variantsShown = 20;

/** "1 case", "2 cases". */
const counted = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;

const dateText = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="logs-figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/**
 * What the log holds at a glance (from the summary stored at import, so a large log shows at once): counts, time
 * span, the variants by frequency with bars, and the distribution of case durations.
 */
export function LogSummaryView({ log }: { log: LogRecord }) {
  const { summary } = log;
  const top = summary.variants[0]?.cases ?? 1;
  const more = log.variants - Math.min(variantsShown, summary.variants.length);
  return (
    <div className="logs-summary">
      <dl className="logs-figures" aria-label="Log figures">
        <Figure label="Cases" value={count(summary.cases)} />
        <Figure label="Events" value={count(summary.events)} />
        <Figure label="Activities" value={count(summary.activities.length)} />
        <Figure label="Resources" value={count(summary.resources.length)} />
        <Figure label="Variants" value={count(log.variants)} />
        <Figure
          label="Median case duration"
          value={summary.caseDuration ? duration(summary.caseDuration.median / 1000) : '–'}
        />
      </dl>
      <p className="logs-span">
        {summary.start !== null && summary.end !== null
          ? `From ${dateText(summary.start)} to ${dateText(summary.end)}.`
          : 'No event has a time.'}
        {summary.eventsWithoutTime > 0 && ` ${counted(summary.eventsWithoutTime, 'event has', 'events have')} no time.`}
      </p>
      <section aria-labelledby="logs-variants-title">
        <h3 id="logs-variants-title">Variants</h3>
        <ol className="logs-variants">
          {summary.variants.slice(0, variantsShown).map((variant, index) => (
            <li key={index} title={variant.activities.join(' → ')}>
              <span className="logs-variant-bar" style={{ width: `${(100 * variant.cases) / top}%` }} />
              <span className="logs-variant-count">
                {counted(variant.cases, 'case', 'cases')} ({percent(variant.share)})
              </span>
              <span className="logs-variant-steps">
                {counted(variant.activities.length, 'step', 'steps')}: {variant.activities.join(' → ') || 'none'}
              </span>
            </li>
          ))}
        </ol>
        {more > 0 && <p className="logs-muted">and {count(more)} less frequent variants</p>}
      </section>
      {summary.caseDuration && (
        <section aria-labelledby="logs-durations-title">
          <h3 id="logs-durations-title">Case durations</h3>
          <p className="logs-muted">
            Mean {duration(summary.caseDuration.mean / 1000)}, median {duration(summary.caseDuration.median / 1000)},
            longest {duration(summary.caseDuration.max / 1000)}
          </p>
          <DurationHistogram durations={summary.caseDuration} />
        </section>
      )}
    </div>
  );
}
