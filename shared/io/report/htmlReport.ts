import { describeOverride, type Distribution, type ProcessModel } from '../../model';
import type { SimulationReport, StatSummary } from '../../sim';
import { exportSvg } from '../svg';
import { escapeXml } from '../svg/svgShapes';
import { chartSvg } from './chartSvg';
import { activityNamer, casesShare, variantRows } from './chartData';
import { reportCharts } from './charts';
import { count, duration, durationRange, exceptionKindNames, money, moneyRange, percent } from './format';
import { resultsOverlay, svgOverlay } from './overlay';
import { reportStyle } from './reportStyle';

/** Text for HTML: every name and message goes through here, so that none becomes markup. */
const esc = escapeXml;

function distributionWords(d: Distribution | undefined): string {
  if (!d) return 'no duration (counts as 0)';
  switch (d.type) {
    case 'fixed':
      return `always ${duration(d.value)}`;
    case 'exponential':
      return `random, ${duration(d.mean)} on average (exponential)`;
    case 'uniform':
      return `anywhere from ${duration(d.min)} to ${duration(d.max)} (uniform)`;
    case 'triangular':
      return `${duration(d.min)} to ${duration(d.max)}, most often ${duration(d.mode)} (triangular)`;
    case 'empirical':
      return `one of ${d.values.length} measured values (empirical)`;
    default:
      return `${duration(d.mean)} on average, spread ${duration(d.sd)} (${d.type})`;
  }
}

const table = (caption: string, head: string[], rows: string[][]) =>
  `<table aria-label="${esc(caption)}"><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;

function keyFigures(report: SimulationReport, currency: string): string {
  const time = (name: string, s: StatSummary) => [esc(name), duration(s.mean), duration(s.p90), durationRange(s.ci95)];
  return table(
    'Key figures per completed case',
    ['Figure', 'Mean', 'P90', '95 % CI'],
    [
      time('Cycle time', report.cycleTime),
      time('Waiting time', report.waitingTime),
      time('Processing time', report.processingTime),
      [
        'Cost per case',
        money(report.costPerCase.mean, currency),
        money(report.costPerCase.p90, currency),
        moneyRange(report.costPerCase.ci95, currency),
      ],
    ].map((r) => r.map((c, i) => (i === 0 ? c : esc(c)))),
  );
}

function assumptions(model: ProcessModel, report: SimulationReport): string {
  const sim = model.simulation;
  const calendars = new Map(sim.calendars.map((c) => [c.id, c]));
  const calendarWords = (id: string | undefined) => {
    const c = id === undefined ? undefined : calendars.get(id);
    if (!c) return 'always open (24/7)';
    const hours = c.weekly.map((w) => `${w.days.join(', ')} ${w.from}–${w.to}`).join('; ');
    return `${c.name ?? c.id}: ${hours || 'never open'} (${c.timezone})`;
  };
  const scenario = model.scenarios.find((s) => s.id === report.scenario);
  const items = [
    `Cases arrive: time between cases ${distributionWords(sim.arrivals.interarrival)}; open ${calendarWords(sim.arrivals.calendar)}.`,
    `Start: ${sim.startAt}${sim.timezone ? ` (${sim.timezone})` : ''}. ${count(report.replications)} replication${report.replications === 1 ? '' : 's'}, seed ${report.seed}; ${count(report.cases.started)} cases started in all.`,
    ...sim.resources.map(
      (r) =>
        `Pool ${r.name || r.id}: ${r.capacity} ${r.capacity === 1 ? 'person' : 'people'}, ${money(r.costPerHour, model.currency)} per hour of work` +
        `${r.costPerHourOfCapacity ? `, ${money(r.costPerHourOfCapacity, model.currency)} per hour of capacity` : ''}; working hours ${calendarWords(r.calendar)}.`,
    ),
    ...model.nodes
      .filter((n) => n.type === 'task' || n.type === 'subProcess')
      .map(
        (n) =>
          `${n.name || n.id}: ${distributionWords(n.sim?.duration)}${n.sim?.resource ? `, by ${n.sim.resource}` : ''}.`,
      ),
    scenario
      ? `Scenario ${scenario.name || scenario.id}: ${scenario.overrides.map((o) => describeOverride(model, o)).join('; ') || 'no changes'}.`
      : 'The map as drawn, no scenario.',
  ];
  return `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

/** Every path completed cases took (as many as the report keeps), with its cases, share and mean cycle time. */
function variants(model: ProcessModel, report: SimulationReport): string {
  const rows = variantRows(report, activityNamer(report, model));
  if (rows.length === 0) return '<p>No case completed, so no path to show.</p>';
  const others = report.otherVariantCases;
  const share = report.cases.completed > 0 ? others / report.cases.completed : 0;
  return (
    table(
      'Process variants',
      ['Path', 'Cases', 'Share', 'Mean cycle time'],
      rows.map((r) => [
        `${r.rank}. ${esc(r.name)}`,
        esc(count(r.count)),
        esc(casesShare(r.share)),
        esc(duration(r.meanCycleTime)),
      ]),
    ) +
    (others > 0
      ? `<p>Other paths: ${esc(count(others))} cases (${esc(casesShare(share))}), rarer than those listed.</p>`
      : '')
  );
}

/**
 * The report of a run as one self-contained HTML page: the map with the results drawn on it (SVG), the key figures
 * with their intervals, bottlenecks, activities, pools, exceptions and the assumptions the figures rest on. It asks
 * for nothing outside itself (its Content-Security-Policy forbids it), so it can be mailed and opened offline.
 * `model` is the map as drawn; the figures are those of `report` (its scenario, if any, is named).
 */
export function htmlReport(model: ProcessModel, report: SimulationReport): string {
  const names = new Map(model.nodes.map((n) => [n.id, n.name || n.id]));
  const pools = new Map(model.simulation.resources.map((r) => [r.id, r.name || r.id]));
  const scenario = model.scenarios.find((s) => s.id === report.scenario);
  const shown = scenario ? `Scenario: ${scenario.name || scenario.id}` : 'The map as drawn';
  const overlay = resultsOverlay(report, model, 'waiting');
  const map = exportSvg(model, svgOverlay(overlay, 'waiting')).replace(/^<\?xml[^>]*>\s*/, '');
  const title = `${model.name || model.id}: simulation report`;
  const bottlenecks = report.bottlenecks.length
    ? `<ol>${report.bottlenecks.map((b) => `<li><strong>${esc(names.get(b.id) ?? b.id)}</strong>: ${esc(overlay.bottlenecks.get(b.id)?.replace(/^Bottleneck: /, '') ?? '')}</li>`).join('')}</ol>`
    : '<p>No activity waits long enough to be a bottleneck (5 % of all cycle time).</p>';
  const activities = table(
    'Activities',
    ['Activity', 'Ran', 'Mean wait', 'Mean work', 'Queue (mean)'],
    report.activities.map((a) => [
      esc(a.name || a.id),
      esc(count(a.count)),
      esc(duration(a.waiting.mean)),
      esc(duration(a.processing.mean)),
      esc(a.queueLength.mean.toFixed(2)),
    ]),
  );
  const resources = report.resources.length
    ? table(
        'Resource pools',
        ['Pool', 'Utilisation', 'Cost'],
        report.resources.map((r) => [
          esc(pools.get(r.id) ?? r.id),
          esc(percent(r.utilization)),
          esc(money(r.cost, model.currency)),
        ]),
      )
    : '<p>No resource pools: no work waited for people.</p>';
  const exceptions = report.exceptions.length
    ? table(
        'Exceptions',
        ['Where', 'Kind', 'Times', 'What happened'],
        report.exceptions.map((e) => [
          esc(names.get(e.nodeId) ?? e.nodeId),
          esc(exceptionKindNames[e.kind]),
          esc(count(e.count)),
          esc(e.message),
        ]),
      )
    : '<p>No exceptions.</p>';
  const charts = reportCharts(report, model)
    .map(
      (c) =>
        `<figure class="chart" role="img" aria-label="${esc(c.title)}"><figcaption>${esc(c.title)}</figcaption>${chartSvg(c.option, 520, Math.max(300, c.height ?? 0))}</figure>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${reportStyle}</style></head>
<body><main>
<h1>${esc(title)}</h1>
<p class="scenario">${esc(shown)}</p>
<p>${esc(count(report.cases.completed))} of ${esc(count(report.cases.started))} cases completed over ${esc(count(report.replications))} replication${report.replications === 1 ? '' : 's'}; ${esc(count(report.cases.withExceptions))} with exceptions; ${esc(report.throughputPerHour.toFixed(2))} completed per hour.</p>
<section aria-label="Key figures"><h2>Key figures per completed case</h2><p class="note">Mean, 90th percentile, and the 95 % confidence interval of the mean over the replications.</p>${keyFigures(report, model.currency)}</section>
<section aria-label="The map"><h2>The map, coloured by waiting share</h2><figure>${map}</figure></section>
<section aria-label="Charts"><h2>Charts</h2><div class="charts">${charts}</div></section>
<section aria-label="Bottlenecks"><h2>Bottlenecks</h2>${bottlenecks}</section>
<section aria-label="Process variants"><h2>Process variants</h2>${variants(model, report)}</section>
<section aria-label="Activities"><h2>Activities</h2>${activities}</section>
<section aria-label="Resource pools"><h2>Resource pools</h2>${resources}</section>
<section aria-label="Exceptions"><h2>Exceptions</h2>${exceptions}</section>
<section aria-label="Assumptions"><h2>Assumptions</h2>${assumptions(model, report)}</section>
</main></body></html>
`;
}
