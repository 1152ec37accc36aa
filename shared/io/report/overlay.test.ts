import { describe, expect, it } from 'vitest';
import claimsIntake from '../../../test/fixtures/maps/claims-intake.flow.json';
import { processSchema } from '../../model';
import { simulate } from '../../sim';
import { heatColour, resultsOverlay } from './overlay';

describe('results on the map', () => {
  const model = processSchema.parse(claimsIntake);
  const report = simulate(model, { cases: 2000, replications: 2, seed: 7 });

  it('colours each activity by its waiting share, and names the bottlenecks in words', () => {
    const overlay = resultsOverlay(report, model, 'waiting');
    expect([...overlay.nodes.keys()].sort()).toEqual(report.activities.map((a) => a.id).sort());
    for (const a of report.activities) {
      const heat = overlay.nodes.get(a.id)!;
      expect(heat.intensity).toBeCloseTo(a.waiting.mean / (a.waiting.mean + a.processing.mean), 10);
      expect(heat.text).toMatch(/^Waits [\d.]+% of its time \(mean wait .+, work .+\)$/);
    }
    expect(report.bottlenecks.length).toBeGreaterThan(0);
    for (const b of report.bottlenecks)
      expect(overlay.bottlenecks.get(b.id)).toMatch(/^Bottleneck: waiting here is [\d.]+% of all cycle time/);
    expect(overlay.flows).toEqual(new Map(report.flows.map((f) => [f.id, f.count])));
  });

  it("colours by the activity's pool utilisation, leaving activities without a pool plain", () => {
    const overlay = resultsOverlay(report, model, 'utilization');
    for (const a of report.activities) {
      const pool = model.nodes.find((n) => n.id === a.id)?.sim?.resource;
      const resource = report.resources.find((r) => r.id === pool);
      if (!resource) expect(overlay.nodes.has(a.id)).toBe(false);
      else {
        expect(overlay.nodes.get(a.id)?.intensity).toBe(resource.utilization);
        expect(overlay.nodes.get(a.id)?.text).toMatch(/ busy [\d.]+% of their working time$/);
      }
    }
    expect(overlay.nodes.size).toBeGreaterThan(0);
  });

  it('colours by frequency against the activity that ran most', () => {
    const overlay = resultsOverlay(report, model, 'frequency');
    const most = Math.max(...report.activities.map((a) => a.count));
    const top = report.activities.find((a) => a.count === most)!;
    expect(overlay.nodes.get(top.id)?.intensity).toBe(1);
    expect(overlay.nodes.get(top.id)?.text).toBe(`Ran ${most.toLocaleString('en')} times`);
  });

  it('goes from pale yellow to red, light enough for a label', () => {
    expect(heatColour(0)).toBe('hsl(50 90% 92%)');
    expect(heatColour(1)).toBe('hsl(2 90% 68%)');
    expect(heatColour(Number.NaN)).toBe(heatColour(0));
  });
});
