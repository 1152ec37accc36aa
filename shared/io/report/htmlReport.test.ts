// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import claimsIntake from '../../../test/fixtures/maps/claims-intake.flow.json';
import { processSchema } from '../../model';
import { simulate } from '../../sim';
import { htmlReport } from './htmlReport';

describe('the HTML report', () => {
  const model = processSchema.parse(claimsIntake);
  const hostile = '<img src=x onerror="window.pwned=1">';
  model.name = `Claims ${hostile}`;
  model.nodes.find((n) => n.type === 'task')!.name = `Review ${hostile}`;
  const report = simulate(model, { cases: 1000, replications: 3, seed: 2 });
  const html = htmlReport(model, report);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const section = (name: string) => doc.querySelector(`section[aria-label="${name}"]`)?.textContent ?? '';

  it('holds the key figures with intervals, the map with its results, bottlenecks, pools, exceptions and assumptions', () => {
    expect(doc.title).toBe(`Claims ${hostile}: simulation report`);
    expect(doc.querySelector('.scenario')?.textContent).toBe('The map as drawn');
    expect(section('Key figures')).toMatch(/95 % CI.*Cycle time/s);
    const svg = doc.querySelector('section[aria-label="The map"] svg')!;
    expect(svg.querySelectorAll('g.results-overlay > rect').length).toBe(report.activities.length);
    const charts = [...doc.querySelectorAll('section[aria-label="Charts"] figure')];
    expect(charts.map((c) => c.getAttribute('aria-label')?.replace(/ \(.*/, ''))).toEqual([
      'Cycle time of the completed cases',
      'Waiting and work per activity',
      'Utilisation per pool',
      'Work in progress and queues over time',
      'Cost by activity, per completed case',
      'Cost per pool',
      expect.stringMatching(/^Process variants: (all \d+|the 10 most frequent) paths$/),
    ]);
    for (const c of charts) expect(c.querySelector('svg')).not.toBeNull();
    expect(section('Charts')).toContain('p90');
    const variants = [...doc.querySelectorAll('section[aria-label="Process variants"] tbody tr')];
    expect(variants).toHaveLength(report.variants.length);
    // The first task carries the hostile name: the path reads it back as text.
    expect(variants[0].textContent).toContain(`1. Review ${hostile} → Review claim`);
    expect(section('Charts')).toContain('Queue: Review claim');
    expect(section('Bottlenecks')).toMatch(/waiting here is [\d.]+% of all cycle time/);
    for (const r of model.simulation.resources) expect(section('Resource pools')).toContain(r.name);
    expect(section('Assumptions')).toContain('Cases arrive: time between cases');
    expect(section('Assumptions')).toContain('The map as drawn, no scenario.');
  });

  it('writes names as text and asks for nothing outside itself', () => {
    expect(doc.querySelector('img')).toBeNull();
    expect(section('Activities')).toContain(`Review ${hostile}`);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/);
    expect(doc.querySelectorAll('script, link, iframe').length).toBe(0);
  });

  it('names the scenario a report shows and lists its changes in words', () => {
    const withScenario = processSchema.parse({
      ...claimsIntake,
      scenarios: [
        { id: 'more', name: 'More reviewers', overrides: [{ path: '/simulation/resources/0/capacity', value: 5 }] },
      ],
    });
    const page = htmlReport(withScenario, simulate(withScenario, { cases: 200, seed: 1, scenario: 'more' }));
    const other = new DOMParser().parseFromString(page, 'text/html');
    expect(other.querySelector('.scenario')?.textContent).toBe('Scenario: More reviewers');
    expect(other.querySelector('section[aria-label="Assumptions"]')?.textContent).toMatch(
      /Scenario More reviewers: .*→ 5/,
    );
  });
});
