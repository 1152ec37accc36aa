import { describe, expect, it } from 'vitest';
import { simulate } from '../../shared/sim';
import { compareScenarios } from '../../shared/sim/compare';
import { parseWorkerMessage, parseWorkerRequest } from './protocol';
import { claimsIntakeMap } from './testModels';

const settings = { cases: 50, seed: 3, replications: 2, scenario: null };

describe('simulation worker protocol', () => {
  it('accepts run and cancel requests and fills the map defaults', () => {
    const model = claimsIntakeMap();
    const run = parseWorkerRequest({ type: 'run', runId: 4, model, settings });
    expect(run).toEqual({ ok: true, value: { type: 'run', runId: 4, model, settings } });
    expect(parseWorkerRequest({ type: 'cancel', runId: 4 })).toEqual({ ok: true, value: { type: 'cancel', runId: 4 } });
  });

  it('refuses a request with a broken map or impossible settings, naming the place', () => {
    const model = { ...claimsIntakeMap(), nodes: 'none' };
    expect(parseWorkerRequest({ type: 'run', runId: 1, model, settings })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^model\.nodes:/),
    });
    const zeroCases = parseWorkerRequest({
      type: 'run',
      runId: 1,
      model: claimsIntakeMap(),
      settings: { ...settings, cases: 0 },
    });
    expect(zeroCases).toMatchObject({ ok: false, error: expect.stringMatching(/^settings\.cases:/) });
    expect(parseWorkerRequest({ type: 'pause', runId: 1 }).ok).toBe(false);
  });

  it('accepts a report from the engine as it is', () => {
    const report = simulate(claimsIntakeMap(), settings);
    const parsed = parseWorkerMessage({ type: 'result', runId: 1, report, events: 10, elapsedMs: 5 });
    expect(parsed).toEqual({ ok: true, value: { type: 'result', runId: 1, report, events: 10, elapsedMs: 5 } });
  });

  it('refuses a report with a number that is not finite', () => {
    const report = simulate(claimsIntakeMap(), settings);
    const broken = { ...report, cycleTime: { ...report.cycleTime, mean: Number.NaN } };
    expect(parseWorkerMessage({ type: 'result', runId: 1, report: broken, events: 10, elapsedMs: 5 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^report\.cycleTime\.mean:/),
    });
  });

  it('refuses errors with a code outside the catalogue and progress beyond 100%', () => {
    expect(parseWorkerMessage({ type: 'error', runId: 1, code: 'FW_NOPE', message: 'x', problems: [] }).ok).toBe(false);
    expect(parseWorkerMessage({ type: 'progress', runId: 1, fraction: 1.5, casesDone: 1, casesTotal: 2 }).ok).toBe(
      false,
    );
    expect(parseWorkerMessage({ type: 'progress', runId: 1, fraction: 0.5, casesDone: 1, casesTotal: 2 }).ok).toBe(
      true,
    );
  });

  it('accepts a compare request with at least one scenario, and a comparison as the engine makes it', () => {
    const model = claimsIntakeMap();
    const compare = { ...settings, scenarios: ['two-reviewers'] };
    expect(parseWorkerRequest({ type: 'compare', runId: 2, model, settings: compare })).toEqual({
      ok: true,
      value: { type: 'compare', runId: 2, model, settings: compare },
    });
    expect(
      parseWorkerRequest({ type: 'compare', runId: 2, model, settings: { ...compare, scenarios: [] } }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/^settings\.scenarios:/) });
    // The baseline is the map as drawn: a scenario there is a mistake.
    expect(parseWorkerRequest({ type: 'compare', runId: 2, model, settings: { ...compare, scenario: 'x' } }).ok).toBe(
      false,
    );
    const { runs, kpis } = compareScenarios(model, ['two-reviewers'], settings);
    const message = { type: 'comparison', runId: 2, comparison: { runs, kpis }, events: 5, elapsedMs: 1 };
    expect(parseWorkerMessage(message)).toEqual({ ok: true, value: message });
    const broken = { ...message, comparison: { runs, kpis: [{ ...kpis[0], separated: ['yes'] }] } };
    expect(parseWorkerMessage(broken).ok).toBe(false);
  });
});
