// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { distributionMean, restore } from '../../shared/model';
import purchaseApproval from '../../templates/purchase-approval/map.flow.json?raw';
import { useEditor } from '../store/editorStore';
import { testRoot } from '../simulation/testRoot';
import { useCalibrationRun } from './calibration/calibrationRun';
import { simulatedLog } from './calibration/testLog';
import { CalibrationView } from './CalibrationView';

const restored = restore(purchaseApproval);
if (!restored.ok) throw new Error('the template does not restore');
const truth = restored.model;
const log = simulatedLog(truth, 400);
// The map as drawn, before calibration: every task takes one minute, every branch is a coin toss.
const guessed = structuredClone(truth);
for (const node of guessed.nodes) if (node.sim?.duration) node.sim.duration = { type: 'fixed', value: 60 };
for (const flow of guessed.flows) if (flow.probability !== undefined) flow.probability = 0.5;

const ui = testRoot();
const editor = () => useEditor.getState();
const button = (text: string) => [...ui.host.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text));
const checkDuration = () => distributionMean(editor().model!.nodes.find((n) => n.id === 'check')!.sim!.duration!);

beforeEach(() => {
  useCalibrationRun.setState({ run: null });
  editor().open('purchase-approval', guessed);
});

async function calibrate() {
  await act(async () => {
    button('Calibrate this map from the log')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('the Calibration view', () => {
  it('shows the fitted values in words, the accuracy score and the charts', async () => {
    act(() => ui.root.render(<CalibrationView model={editor().model!} log={log} />));
    expect(ui.host.textContent).toContain('Measures arrivals, task durations');
    expect(button('Apply to the map')).toBeUndefined();
    await calibrate();
    const rows = [...ui.host.querySelectorAll('.fw-calib-table tbody tr')].map((tr) => tr.textContent ?? '');
    expect(rows.find((r) => r.startsWith('Check request'))).toMatch(
      /^Check request\w+, mean \d+(\.\d)? min.*400 instances$/,
    );
    expect(rows.find((r) => r.startsWith('Amount over 5,000? → yes'))).toMatch(/taken 1\d% of the time/);
    expect(rows.find((r) => r.startsWith('Buyers'))).toMatch(/at once, works Mon–Fri 09:00–17:00 \(Europe\/Berlin\)/);
    const score = ui.host.querySelector('.fw-calib-figures dd')!.textContent!;
    expect(Number(score.replace('%', ''))).toBeGreaterThan(50);
    expect([...ui.host.querySelectorAll('figcaption')].map((f) => f.textContent)).toEqual([
      'Cycle time: log and simulation',
      'Activity frequency: executions per case',
    ]);
  });

  it('applies the calibrated values as one edit that undo takes back', async () => {
    act(() => ui.root.render(<CalibrationView model={editor().model!} log={log} />));
    await calibrate();
    expect(checkDuration()).toBe(60);
    act(() => button('Apply to the map')!.click());
    // The task's fitted mean duration in seconds (the log's checks take about 15 minutes), not a time measured here.
    expect(checkDuration()).toBeGreaterThan(700);
    expect(checkDuration()).toBeLessThan(1100);
    expect(editor().model!.flows.find((f) => f.id === 'flow-over-limit-cfo-approval')!.probability).toBeLessThan(0.3);
    expect(editor().lastChange?.label).toBe('Calibrate from the log');
    expect(ui.host.textContent).toContain('Undo takes them back in one step');
    // Its own edit does not make the calibration out of date; an edit made afterwards does.
    act(() => ui.root.render(<CalibrationView model={editor().model!} log={log} />));
    expect(ui.host.querySelector('.fw-calib-stale')).toBeNull();
    act(() => editor().undo());
    expect(editor().model).toEqual(guessed);
    act(() => ui.root.render(<CalibrationView model={editor().model!} log={log} />));
    expect(ui.host.querySelector('.fw-calib-stale')).not.toBeNull();
  });
});
