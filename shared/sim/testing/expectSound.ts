import { expect } from 'vitest';
import type { ProcessModel } from '../../model';
import { simulate, type SimulationOptions, type SimulationReport } from '..';

/** Every number in the report is finite (JSON would turn NaN into null silently). */
function expectFinite(value: unknown, path: string): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => expectFinite(v, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) expectFinite(v, `${path}.${k}`);
}

/**
 * Checks what must hold for every report: no NaN or infinity anywhere, and Little's law (mean WIP = throughput ×
 * mean cycle time) when every case completed. WIP is integrated over time and cycle times are summed per case, so
 * the two sides are computed independently; over the measured window they must agree to rounding (relative 1e-9).
 */
export function expectSound(report: SimulationReport): void {
  expectFinite(report, 'report');
  if (report.cases.inProgress === 0 && report.cases.completed > 0) {
    const littles = (report.throughputPerHour / 3600) * report.cycleTime.mean;
    expect(Math.abs(report.wip.mean - littles)).toBeLessThanOrEqual(1e-9 * report.wip.mean + 1e-12);
  }
}

/** Simulates and checks the report with expectSound(). */
export function run(model: ProcessModel, options: SimulationOptions = {}): SimulationReport {
  const report = simulate(model, options);
  expectSound(report);
  return report;
}
