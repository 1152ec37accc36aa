import { describe, expect, it } from 'vitest';
import claimsIntake from '../../../test/fixtures/maps/claims-intake.flow.json';
import { processSchema } from '../../model';
import {
  activityNamer,
  capacityBarName,
  casesShare,
  costBars,
  longestQueues,
  shortVariantName,
  variantName,
  variantRows,
} from './chartData';
import { chartSvg } from './chartSvg';
import { reportCharts, type ChartOption } from './charts';
import { activity, handMadeReport } from './testReport';

const model = processSchema.parse(claimsIntake);
type Series = { name: string; data: unknown[]; label?: { formatter(p: { dataIndex: number }): string } };
const series = (option: ChartOption) => option.series as Series[];
const chart = (report: ReturnType<typeof handMadeReport>, id: string) =>
  reportCharts(report, model).find((c) => c.id === id);

describe('names in the charts', () => {
  it("takes the map's name, else the report's, else the id", () => {
    const report = handMadeReport({
      activities: [activity('review', 0, 0, 'Old name'), activity('gone', 0, 0, 'Gone task')],
    });
    const name = activityNamer(report, model);
    expect([name('review'), name('gone'), name('nowhere')]).toEqual(['Review claim', 'Gone task', 'nowhere']);
    expect(variantName(['register', 'review', 'nowhere'], name)).toBe('Register claim → Review claim → nowhere');
    expect(variantName([], name)).toBe('(no activity)');
  });

  it('folds loops where space is short, taking the repeat that covers the most steps', () => {
    const name = (id: string) => id.toUpperCase();
    expect(shortVariantName(['a', 'b', 'a', 'b', 'a', 'c'], name)).toBe('(A → B) ×2 → A → C');
    expect(shortVariantName(['a', 'b', 'b', 'b', 'c'], name)).toBe('A → B ×3 → C');
    expect(shortVariantName(['a', 'b', 'c'], name)).toBe('A → B → C');
    expect(shortVariantName(['a', 'a', 'b', 'a', 'a', 'b'], name)).toBe('(A → A → B) ×2');
  });

  it('never writes a share of some cases as 0%', () => {
    expect([casesShare(0), casesShare(0.0004), casesShare(0.004), casesShare(0.42)]).toEqual([
      '0%',
      '<0.1%',
      '0.4%',
      '42%',
    ]);
  });
});

describe('work in progress and queues over time', () => {
  const queues = [
    ['q1', 0.5],
    ['q2', 3],
    ['q3', 0],
    ['q4', 2],
    ['q5', 2],
    ['q6', 0.25],
    ['q7', 1],
  ] as const;
  const report = handMadeReport({
    activities: queues.map(([id, mean]) => activity(id, mean, 0, `Task ${id}`)),
    timeSeries: {
      step: 1800,
      wip: [1, 2, 3, 4],
      queues: queues.map(([id, mean]) => ({ id, values: [0, mean, mean, 0] })),
    },
  });

  it('draws the 5 longest mean queues, longest first; ties keep the report order and empty queues are left out', () => {
    const lines = longestQueues(report, activityNamer(report, model));
    expect(lines.map((q) => q.id)).toEqual(['q2', 'q4', 'q5', 'q7', 'q1']);
    expect(longestQueues(report, activityNamer(report, model), 10).map((q) => q.id)).not.toContain('q3');
  });

  it('names each line, and places each point in the middle of its interval, in minutes over 2 hours', () => {
    const option = chart(report, 'wip-queues')!.option;
    expect(series(option).map((s) => s.name)).toEqual([
      'Work in progress',
      'Queue: Task q2',
      'Queue: Task q4',
      'Queue: Task q5',
      'Queue: Task q7',
      'Queue: Task q1',
    ]);
    expect(series(option)[0].data).toEqual([
      [15, 1],
      [45, 2],
      [75, 3],
      [105, 4],
    ]);
    const axis = option.xAxis as { axisLabel: { formatter(v: number): string } };
    expect(axis.axisLabel.formatter(30)).toBe('30 min');
    const long = handMadeReport({ timeSeries: { step: 86400, wip: [1, 2, 3, 4], queues: [] } });
    const days = chart(long, 'wip-queues')!.option;
    expect(series(days)[0].data[0]).toEqual([0.5, 1]);
    expect((days.xAxis as typeof axis).axisLabel.formatter(2)).toBe('2 d');
  });

  it('is left out when no time was measured', () => {
    expect(chart(handMadeReport(), 'wip-queues')).toBeUndefined();
  });
});

describe('cost by activity', () => {
  const report = handMadeReport({
    // 80 completed cases share 1,600 of work and 400 of capacity.
    activities: [activity('register', 0, 400), activity('ask', 0, 0), activity('review', 0, 1200), activity('x', 0, 0)],
    resources: [
      { id: 'clerks', utilization: 0.5, busyTime: 1, cost: 700, capacityCost: 300 },
      { id: 'reviewers', utilization: 0.5, busyTime: 1, cost: 1300, capacityCost: 100 },
    ],
  });

  it('lists the activities most first, then the capacity bar, and the bars add up to the whole cost per case', () => {
    const { bars, total } = costBars(report, activityNamer(report, model));
    expect(bars.map((b) => b.name)).toEqual(['Review claim', 'Register claim', capacityBarName]);
    expect(bars.map((b) => b.value)).toEqual([15, 5, 5]);
    expect(total).toBe(2000 / 80);
    expect(bars.reduce((sum, b) => sum + b.value, 0)).toBe(total);
    const drawn = chart(report, 'activity-cost')!;
    expect(drawn.title).toBe('Cost by activity, per completed case (€25.00 in all)');
    expect(series(drawn.option)[0].data.map((d) => (d as { value: number }).value)).toEqual([15, 5, 5]);
  });

  it('keeps the order of equal costs and leaves the capacity bar out when capacity is free', () => {
    const even = handMadeReport({ activities: [activity('review', 0, 80), activity('register', 0, 80)] });
    expect(costBars(even, activityNamer(even, model)).bars.map((b) => b.id)).toEqual(['review', 'register']);
  });

  it('is left out when no case completed or nothing cost anything', () => {
    const none = handMadeReport({ ...report, cases: { started: 5, completed: 0, inProgress: 5, withExceptions: 0 } });
    expect(costBars(none, activityNamer(none, model))).toEqual({ bars: [], total: 0 });
    expect(chart(none, 'activity-cost')).toBeUndefined();
    expect(chart(handMadeReport({ activities: [activity('review', 0, 0)] }), 'activity-cost')).toBeUndefined();
  });
});

describe('process variants', () => {
  const path = ['register', 'review'];
  const variants = [
    { path: ['register', 'ask', 'review'], count: 5, meanCycleTime: 7200 },
    { path, count: 40, meanCycleTime: 1800 },
    ...Array.from({ length: 10 }, (_, i) => ({ path: [...path, `extra${i}`], count: 3, meanCycleTime: 600 })),
  ];
  const report = handMadeReport({ variants, otherVariantCases: 5 });

  it('ranks by cases, keeping the engine order of ties, with the share of completed cases', () => {
    const rows = variantRows(report, activityNamer(report, model));
    expect(rows.slice(0, 3).map((r) => [r.rank, r.name, r.count, r.share])).toEqual([
      [1, 'Register claim → Review claim', 40, 0.5],
      [2, 'Register claim → Request documents → Review claim', 5, 5 / 80],
      [3, 'Register claim → Review claim → extra0', 3, 3 / 80],
    ]);
    expect(rows.map((r) => r.path.at(-1))).toEqual(['review', 'review', ...variants.slice(2).map((v) => v.path[2])]);
  });

  it('charts the top 10 with share and mean cycle time beside each bar', () => {
    const drawn = chart(report, 'variants')!;
    expect(drawn.title).toBe('Process variants: the 10 most frequent paths (86% of completed cases)');
    const [bars] = series(drawn.option);
    expect(bars.data).toEqual([40, 5, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect((drawn.option.yAxis as { data: string[] }).data[1]).toBe(
      '2. Register claim → Request documents → Review claim',
    );
    expect(bars.label!.formatter({ dataIndex: 9 })).toBe('3.8%, mean 10 min');
    expect(bars.label!.formatter({ dataIndex: 0 })).toBe('50%, mean 30 min');
    expect(drawn.height).toBeGreaterThan(240);
  });

  it('says when the chart shows every path', () => {
    const few = handMadeReport({ variants: variants.slice(0, 2) });
    expect(chart(few, 'variants')!.title).toBe('Process variants: all 2 paths (56% of completed cases)');
    const one = handMadeReport({ variants: variants.slice(1, 2) });
    expect(chart(one, 'variants')!.title).toBe('Process variants: the only path (50% of completed cases)');
    const rarer = handMadeReport({ variants: variants.slice(0, 2), otherVariantCases: 3 });
    expect(chart(rarer, 'variants')!.title).toBe(
      'Process variants: the 2 most frequent paths (56% of completed cases)',
    );
  });

  it('is left out when no case completed a path', () => {
    expect(chart(handMadeReport(), 'variants')).toBeUndefined();
  });
});

describe('the charts as SVG', () => {
  it('draws the line, cost and variant charts with their names', () => {
    const report = handMadeReport({
      activities: [activity('review', 1, 800)],
      timeSeries: { step: 600, wip: [1, 2, 1], queues: [{ id: 'review', values: [0, 1, 2] }] },
      variants: [{ path: ['register', 'review'], count: 80, meanCycleTime: 3600 }],
    });
    const svgs = Object.fromEntries(reportCharts(report, model).map((c) => [c.id, chartSvg(c.option, 520, 300)]));
    expect(svgs['wip-queues']).toContain('Queue: Review claim');
    expect(svgs['wip-queues']).toMatch(/<path d="M[^"]+L/);
    expect(svgs['activity-cost']).toContain('€10.00');
    expect(svgs['variants']).toContain('100%, mean 1 h');
  });
});
