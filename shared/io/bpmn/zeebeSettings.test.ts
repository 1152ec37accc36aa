import { describe, expect, it } from 'vitest';
import { lintCamunda88, runOnEngine } from '../../../test/support/bpmnChecks';
import type { ProcessModel } from '../../model';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { purchaseApproval } from './testMaps';
import { zeebeProblems } from './zeebe';
import { timerProblem, zeebeMappings, zeebeSettingProblems } from './zeebeSettings';
import { zeebeDerived } from './zeebeValues';

/** The purchase approval with Camunda 8 settings given in the properties panel's "Camunda 8" section. */
function withSettings(): ProcessModel {
  const model = purchaseApproval();
  const set = (id: string, zeebe: Record<string, unknown>) => {
    const node = model.nodes.find((n) => n.id === id)!;
    node.extensions = { ...node.extensions, zeebe };
  };
  set('book', {
    taskType: 'ledger-booking',
    retries: '5',
    inputs: [{ source: 'amount * 2', target: 'doubled' }],
    outputs: [{ source: 'bookingId', target: 'booking.id' }],
  });
  set('review', { formId: 'review-form', assignee: 'anna', candidateGroups: 'approvers' });
  set('cfo', { formReference: 'forms/cfo' });
  set('wait', { timerKind: 'duration', timerValue: 'PT30M' });
  set('sla', { timerKind: 'cycle', timerValue: 'R2/PT4H' });
  return model;
}

describe('Camunda 8 settings in the Zeebe export', () => {
  it('writes what the person set instead of values from names and lanes', async () => {
    const xml = await exportBpmn(withSettings(), { flavour: 'zeebe' });
    expect(xml).toContain('<zeebe:taskDefinition type="ledger-booking" retries="5" />');
    expect(xml).not.toContain('type="book-budget"');
    expect(xml).toMatch(/<zeebe:input source="=amount \* 2" target="doubled" \/>/);
    expect(xml).toMatch(/<zeebe:output source="=bookingId" target="booking.id" \/>/);
    expect(xml).toMatch(/<bpmn:userTask id="review"[\s\S]*?<zeebe:formDefinition formId="review-form" \/>/);
    expect(xml).toMatch(
      /<bpmn:userTask id="review"[\s\S]*?<zeebe:assignmentDefinition assignee="anna" candidateGroups="approvers" \/>/,
    );
    expect(xml).toMatch(/<bpmn:userTask id="cfo"[\s\S]*?<zeebe:formDefinition externalReference="forms\/cfo" \/>/);
    expect(xml).toContain('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT30M</bpmn:timeDuration>');
    expect(xml).toContain('<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R2/PT4H</bpmn:timeCycle>');
    expect(await lintCamunda88(xml)).toEqual([]);
    const run = await runOnEngine(xml, { amount: 100, tier: 'silver', budget: 10 });
    expect(run.jobs).toContain('ledger-booking');
    expect(run.completed).toContain('done');
  });

  it('says which values it derived, and stops saying so once they are set', () => {
    const derived = zeebeDerived(purchaseApproval());
    expect(derived).toContain("Job type for 'Book budget' derived from its name: book-budget");
    expect(derived).toContain("Form key for 'Review request' derived from its name: review-request");
    expect(derived).toContain("Candidate groups for 'Review request' derived from its lane 'Finance': finance");
    expect(derived).toContain("Error code for 'Budget check failed' derived from its name: budget-check-failed");
    // Check budget has its job type set in the map.
    expect(derived.join('\n')).not.toContain("'Check budget'");
    const after = zeebeDerived(withSettings());
    expect(after.join('\n')).not.toMatch(/'Book budget'|for 'Review request'/);
    expect(after).toContain("Candidate groups for 'CFO approval' derived from its lane 'Finance': finance");
  });

  it('labels an unnamed conditional flow with its condition, so that the export lints clean', async () => {
    const model = purchaseApproval();
    delete model.flows.find((f) => f.id === 'f4')!.name;
    const xml = await exportBpmn(model, { flavour: 'zeebe' });
    expect(xml).toMatch(/<bpmn:sequenceFlow id="f4" name="amount (&gt;|&#62;) 5000"/);
    expect(await lintCamunda88(xml)).toEqual([]);
    expect(zeebeDerived(model)).toContain(
      "Label for the flow from 'Route by amount' to 'CFO approval' taken from its condition: amount > 5000",
    );
    // The plain BPMN export keeps the flow as drawn: unnamed.
    expect(await exportBpmn(model)).toMatch(/<bpmn:sequenceFlow id="f4" sourceRef/);
  });

  it('refuses settings the engine cannot read, in words, naming the element', () => {
    const model = purchaseApproval();
    const book = model.nodes.find((n) => n.id === 'book')!;
    book.extensions = { zeebe: { retries: 'three', inputs: [{ source: 'amount >', target: '1st' }] } };
    const sla = model.nodes.find((n) => n.id === 'budget-failed')!;
    sla.eventType = 'timer';
    sla.extensions = { zeebe: { timerKind: 'cycle', timerValue: 'R2/PT1H' } };
    const messages = zeebeProblems(model).map((p) => `${p.code} ${p.message}`);
    expect(messages).toContain("FW_EXPORT_SETTING 'Book budget', Camunda 8: Retries must be a whole number, such as 3");
    expect(messages.join('\n')).toContain(
      "'Book budget', Camunda 8: '1st' is not a variable name: letters, digits and _ only, not starting with a digit",
    );
    expect(messages.join('\n')).toMatch(/'Book budget', Camunda 8: The expression does not read as FEEL/);
    expect(messages).toContain(
      "FW_EXPORT_SETTING 'Budget check failed', Camunda 8: Camunda 8 does not take a cycle on this event; use a duration or a date",
    );
    expect(zeebeSettingProblems(model.nodes.find((n) => n.id === 'check')!)).toEqual([]);
  });

  it("keeps an imported file's form and mappings, and lets mappings set in the map replace them", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="x">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s" name="Start" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="u" />
    <bpmn:userTask id="u" name="Approve"><bpmn:extensionElements><zeebe:userTask /><zeebe:formDefinition formId="my-form" />
      <zeebe:ioMapping><zeebe:input source="=a + 1" target="b" /><zeebe:output source="static" target="d" /></zeebe:ioMapping>
    </bpmn:extensionElements></bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="u" targetRef="e" /><bpmn:endEvent id="e" name="End" />
  </bpmn:process>
</bpmn:definitions>`;
    const { model } = await importBpmn(xml);
    const task = model.nodes.find((n) => n.id === 'u')!;
    expect(zeebeMappings(task, 'inputs')).toEqual([{ source: 'a + 1', target: 'b' }]);
    expect(zeebeMappings(task, 'outputs')).toEqual([{ source: '"static"', target: 'd' }]);
    const again = await exportBpmn(model, { flavour: 'zeebe' });
    expect(again).toContain('<zeebe:formDefinition formId="my-form" />');
    expect(again).toContain('<zeebe:input source="=a + 1" target="b" />');
    expect(again).toContain('<zeebe:output source="=&#34;static&#34;" target="d" />');
    expect(again.match(/<zeebe:ioMapping>/g)).toHaveLength(1);
    expect(zeebeDerived(model).join('\n')).not.toContain('Form key');
    task.extensions = { ...task.extensions, zeebe: { inputs: [{ source: 'x', target: 'y' }] } };
    const edited = await exportBpmn(model, { flavour: 'zeebe' });
    expect(edited).toContain('<zeebe:input source="=x" target="y" />');
    expect(edited).not.toContain('target="b"');
    expect(edited).toContain('<zeebe:output source="=&#34;static&#34;" target="d" />');
    expect(await lintCamunda88(edited)).toEqual([]);
    // Both lists emptied: the file's mappings are not written again.
    task.extensions = { ...task.extensions, zeebe: { inputs: [], outputs: [] } };
    expect(await exportBpmn(model, { flavour: 'zeebe' })).not.toContain('ioMapping');
  });

  it('refuses a timer start event with only a delay, and exports one with a cycle set', async () => {
    const model = purchaseApproval();
    const start = model.nodes.find((n) => n.id === 'start')!;
    Object.assign(start, { eventType: 'timer', timer: 3600 });
    expect(zeebeProblems(model).map((p) => p.message)).toContain(
      "'Request submitted' is a timer start event with a delay; Camunda 8 starts a process at a date or on a cycle: " +
        'set one under Camunda 8 in its properties',
    );
    start.extensions = { zeebe: { timerKind: 'cycle', timerValue: 'R/P1D' } };
    expect(zeebeProblems(model)).toEqual([]);
    const xml = await exportBpmn(model, { flavour: 'zeebe' });
    expect(xml).toContain('<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/P1D</bpmn:timeCycle>');
    expect(await lintCamunda88(xml)).toEqual([]);
  });

  it('reads timer expressions as Camunda does', () => {
    expect(timerProblem('duration', 'PT1H')).toBeUndefined();
    expect(timerProblem('duration', 'P2D')).toBeUndefined();
    expect(timerProblem('duration', '1 hour')).toBe('The timer must be a duration such as PT1H or P2D');
    expect(timerProblem('date', '2026-05-01T09:00:00Z')).toBeUndefined();
    expect(timerProblem('date', '2026-05-01')).toMatch(/a date and time such as/);
    expect(timerProblem('cycle', 'R3/PT10M')).toBeUndefined();
    expect(timerProblem('cycle', 'PT10M')).toMatch(/a cycle such as R3\/PT1H/);
    expect(timerProblem('duration', '=delay')).toBeUndefined();
  });
});
