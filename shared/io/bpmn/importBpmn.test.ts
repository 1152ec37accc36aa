import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlowwrightError, type FlowNode, type ProcessModel } from '../../model';
import { importBpmn } from './importBpmn';

const fixtures = join(__dirname, '../../../test/fixtures/bpmn');
const fixture = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));
const node = (model: ProcessModel, id: string): FlowNode => model.nodes.find((n) => n.id === id)!;

const ns =
  'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';
const shape = (id: string, x: number, y: number, w = 100, h = 80, extra = '') =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}" ${extra}><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`;
const document = (semantic: string, shapes = '', planeOf = 'p') =>
  `<definitions ${ns} id="d" targetNamespace="t">${semantic}<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="${planeOf}">${shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>`;
const simple = (name: string) =>
  document(`<process id="p"><startEvent id="s" name="${name}"/></process>`, shape('s', 10, 20, 36, 36));

async function refusal(input: string | Uint8Array): Promise<FlowwrightError> {
  const error = await importBpmn(input).catch((e: unknown) => e);
  if (!(error instanceof FlowwrightError)) throw new Error('expected a FlowwrightError');
  return error;
}

describe('importing what tools really write', () => {
  it('reads a byte-order mark and a file without an XML declaration', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(simple('Grüße'))]);
    expect(node((await importBpmn(bytes)).model, 's').name).toBe('Grüße');
    expect(node((await importBpmn(`\uFEFF${simple('x')}`)).model, 's').name).toBe('x');
  });

  it('honours the declared encoding (windows-1252) and UTF-16 with a byte-order mark', async () => {
    const latin = `<?xml version="1.0" encoding="windows-1252"?>${simple('Caf\u00e9 \u20ac')}`;
    const bytes = new Uint8Array([...latin].map((c) => (c === '\u20ac' ? 0x80 : c.charCodeAt(0))));
    expect(node((await importBpmn(bytes)).model, 's').name).toBe('Café €');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...simple('ü')].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(node((await importBpmn(utf16)).model, 's').name).toBe('ü');
  });

  it('refuses bytes that are not the declared UTF-8 with their line and column', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?>\n<definitions name="Caf'),
      0xe9,
      ...new TextEncoder().encode('"/>'),
    ]);
    const error = await refusal(bytes);
    expect(error.code).toBe('FW_IMPORT_ENCODING');
    expect(error.message).toMatch(/^line 2, column 23: byte 0xE9 is not valid UTF-8/);
    expect((await refusal(new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><a/>'))).message).toMatch(
      /declares encoding "x-klingon"/,
    );
  });

  it('refuses broken XML with line and column', async () => {
    const error = await refusal(
      `<definitions ${ns}>\n  <process id="p">\n    <task id="t">\n  </process>\n</definitions>`,
    );
    expect(error.code).toBe('FW_IMPORT_INVALID_XML');
    expect(error.message).toBe('line 4, column 3: closing tag mismatch');
    expect((await refusal('not xml at all')).code).toBe('FW_IMPORT_INVALID_XML');
  });

  it('refuses XML that is not BPMN, and BPMN without any process or pool', async () => {
    expect((await refusal('<definitions xmlns="http://example.com/other"><process id="p"/></definitions>')).code).toBe(
      'FW_IMPORT_NOT_BPMN',
    );
    expect((await refusal(`<definitions ${ns} id="d"/>`)).code).toBe('FW_IMPORT_NO_PROCESS');
  });

  it('gives lanes and pools without an id one, and reports flow elements without one', async () => {
    const { model, warnings } = await importBpmn(
      document(
        '<collaboration id="c"><participant name="Shop" processRef="p"/></collaboration><process id="p"><laneSet><lane name="Sales"><flowNodeRef>t</flowNodeRef></lane></laneSet><task id="t"/><task name="No id"/></process>',
      ),
    );
    expect(model.lanes).toMatchObject([{ id: 'Lane_without_id_2', name: 'Sales', kind: 'internal' }]);
    expect(model.nodes.map((n) => [n.id, n.lane])).toEqual([['t', 'Lane_without_id_2']]);
    expect(warnings).toContainEqual({
      code: 'FW_IMPORT_UNSUPPORTED_ELEMENT',
      message: 'a Task without an id was left out',
    });
  });

  it('renames ids that are not XML names instead of losing their elements', async () => {
    const { model, warnings } = await importBpmn(
      document(
        '<process id="p"><task id="7 days" name="Wait a week"/></process>',
        '<bpmndi:BPMNShape id="x" bpmnElement="7 days"><dc:Bounds x="1" y="2" width="100" height="80"/></bpmndi:BPMNShape>',
      ),
    );
    expect(model.nodes.map((n) => [n.id, n.x])).toEqual([['_7_days', 1]]);
    expect(warnings).toContainEqual({
      code: 'FW_IMPORT_ID_RENAMED',
      message: 'the id "7 days" is not an XML name; it was read as "_7_days"',
      elementId: '_7_days',
    });
  });
});

describe('importing BPMN elements', () => {
  const events = document(`<process id="p">
      <startEvent id="s"><timerEventDefinition><timeCycle>R3/PT10M</timeCycle></timerEventDefinition></startEvent>
      <userTask id="t" name="Check"/>
      <boundaryEvent id="b" attachedToRef="t" cancelActivity="false"><timerEventDefinition><timeDuration>P1DT2H</timeDuration></timerEventDefinition></boundaryEvent>
      <boundaryEvent id="err" attachedToRef="t"><errorEventDefinition errorRef="E1"/></boundaryEvent>
      <intermediateThrowEvent id="sig"><signalEventDefinition signalRef="S1"/></intermediateThrowEvent>
      <intermediateCatchEvent id="cond"><conditionalEventDefinition><condition>amount &gt; 1</condition></conditionalEventDefinition></intermediateCatchEvent>
      <callActivity id="call" calledElement="billing"/>
      <complexGateway id="cx"/>
      <endEvent id="end"><terminateEventDefinition/></endEvent>
      <serviceTask id="svc"><multiInstanceLoopCharacteristics isSequential="true"/></serviceTask>
      <businessRuleTask id="rule"/><scriptTask id="script" scriptFormat="javascript"><script>x = 1</script></scriptTask>
      <manualTask id="manual"/><sendTask id="send"/><receiveTask id="receive"/>
    </process><error id="E1" name="Failed" errorCode="E-42"/><signal id="S1" name="Go"/>`);

  it('reads every task type and the event definitions, keeping what has no Flowwright field', async () => {
    const { model, warnings } = await importBpmn(events);
    expect(node(model, 's')).toMatchObject({
      type: 'startEvent',
      eventType: 'timer',
      timer: 600,
      extensions: { bpmn: { timer: { kind: 'cycle', value: 'R3/PT10M' } } },
    });
    expect(node(model, 'b')).toMatchObject({
      type: 'boundaryEvent',
      eventType: 'timer',
      attachedTo: 't',
      interrupting: false,
      timer: 93600,
    });
    expect(node(model, 'err')).toMatchObject({
      eventType: 'error',
      interrupting: true,
      extensions: { bpmn: { error: { id: 'E1', name: 'Failed', code: 'E-42' } } },
    });
    expect(node(model, 'sig')).toMatchObject({
      type: 'intermediateEvent',
      eventType: 'signal',
      extensions: { bpmn: { element: 'IntermediateThrowEvent', signal: { id: 'S1', name: 'Go' } } },
    });
    expect(node(model, 'cond').eventType).toBeUndefined();
    expect(node(model, 'cond').extensions).toEqual({
      bpmn: { eventDefinition: 'conditional', condition: 'amount > 1' },
    });
    expect(node(model, 'call')).toMatchObject({
      type: 'task',
      extensions: { bpmn: { element: 'CallActivity', calledElement: 'billing' } },
    });
    expect(node(model, 'cx')).toMatchObject({
      type: 'inclusiveGateway',
      extensions: { bpmn: { element: 'ComplexGateway' } },
    });
    expect(node(model, 'end').eventType).toBe('terminate');
    expect(node(model, 'svc')).toMatchObject({
      taskType: 'service',
      extensions: { bpmn: { loop: { kind: 'multiInstance', sequential: true } } },
    });
    expect(['rule', 'script', 'manual', 'send', 'receive'].map((id) => node(model, id).taskType)).toEqual([
      'businessRule',
      'script',
      'manual',
      'send',
      'receive',
    ]);
    expect(warnings.map((w) => w.code)).toEqual([
      'FW_IMPORT_EVENT_DEFINITION',
      'FW_IMPORT_KEPT_AS_EXTENSION',
      'FW_IMPORT_LAYOUT',
    ]);
  });

  it('reads conditions as FEEL (dropping Zeebe\'s "="), converts JUEL, keeps others aside, and marks default flows', async () => {
    const flows = ['amount > 5000', '=tier = "gold"', '${approved &amp;&amp; amount &gt;= 10}', "getDataObject('x')/y"]
      .map(
        (body, i) =>
          `<sequenceFlow id="f${i}" sourceRef="g" targetRef="t${i}"><conditionExpression>${body}</conditionExpression></sequenceFlow><task id="t${i}"/>`,
      )
      .join('');
    const { model, warnings } = await importBpmn(
      document(
        `<process id="p"><exclusiveGateway id="g" default="fd"/>${flows}<sequenceFlow id="fd" sourceRef="g" targetRef="t0"/></process>`,
      ),
    );
    expect(model.flows.map((f) => f.condition)).toEqual([
      'amount > 5000',
      'tier = "gold"',
      'approved and amount >= 10',
      undefined,
      undefined,
    ]);
    expect(model.flows.find((f) => f.id === 'fd')!.default).toBe(true);
    expect(model.flows[3].extensions).toEqual({ bpmn: { condition: { body: "getDataObject('x')/y" } } });
    expect(warnings.filter((w) => w.code === 'FW_IMPORT_CONDITION').map((w) => w.elementId)).toEqual(['f2', 'f3']);
  });

  it('turns pools into lanes: the innermost of nested lanes by their own names, a pool without lanes as one lane, a pool without process as another party', async () => {
    const { model } = await importBpmn(
      document(
        `
      <collaboration id="c"><participant id="P1" name="Shop" processRef="p"/><participant id="P2" name="Bank" processRef="q"/><participant id="P3" name="Customer"/></collaboration>
      <process id="p"><laneSet><lane id="L1" name="Sales"><childLaneSet><lane id="L11" name="Key accounts"><flowNodeRef>t1</flowNodeRef></lane><lane id="L12" name="Small"/></childLaneSet></lane><lane id="L2" name="Stock"><flowNodeRef>t2</flowNodeRef></lane></laneSet><task id="t1"/><task id="t2"/></process>
      <process id="q"><task id="t3"/></process>`,
        shape('P1', 0, 0, 600, 300, 'isHorizontal="true"') +
          shape('L11', 30, 0, 570, 100) +
          shape('L12', 30, 100, 570, 100) +
          shape('L2', 30, 200, 570, 100) +
          shape('P3', 0, 400, 600, 60) +
          shape('t1', 100, 10) +
          shape('t2', 100, 210),
        'c',
      ),
    );
    expect(model.lanes).toEqual([
      { id: 'L11', name: 'Key accounts', kind: 'internal', y: 0, height: 100 },
      { id: 'L12', name: 'Small', kind: 'internal', y: 100, height: 100 },
      { id: 'L2', name: 'Stock', kind: 'internal', y: 200, height: 100 },
      { id: 'P2', name: 'Bank', kind: 'internal' },
    ]);
    expect(model.participants).toEqual([{ id: 'P3', name: 'Customer', y: 400, height: 60 }]);
    expect(model.nodes.map((n) => [n.id, n.lane])).toEqual([
      ['t1', 'L11'],
      ['t2', 'L2'],
      ['t3', 'P2'],
    ]);
    expect(model.name).toBe('Shop');
  });

  it('places sub-process children relative to an expanded sub-process, and in the drill-down plane of a collapsed one', async () => {
    const xml = `<definitions ${ns} id="d"><process id="p"><subProcess id="open"><task id="a"/></subProcess><subProcess id="closed"><task id="b"/></subProcess></process>
      <bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="P1" bpmnElement="p">${shape('open', 100, 100, 400, 200, 'isExpanded="true"')}${shape('a', 150, 160)}${shape('closed', 600, 100, 100, 80, 'isExpanded="false"')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
      <bpmndi:BPMNDiagram id="D2"><bpmndi:BPMNPlane id="P2" bpmnElement="closed">${shape('b', 20, 30)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>`;
    const { model } = await importBpmn(xml);
    expect(node(model, 'a')).toMatchObject({ parent: 'open', x: 50, y: 60 });
    expect(node(model, 'b')).toMatchObject({ parent: 'closed', x: 20, y: 30 });
    expect(node(model, 'open').extensions).toEqual({ bpmn: { expanded: true } });
    expect(node(model, 'closed').extensions).toBeUndefined();
  });

  it('turns vertical pools horizontal, so that lanes become bands', async () => {
    const { model, warnings } = await importBpmn(fixture('misc/bpmn-js/vertical-pools.bpmn'));
    const lanes = Object.fromEntries(model.lanes.map((l) => [l.name, l]));
    // The pools stood side by side at x 57, 165 and 460 with widths 60, 250 and 400; they now lie one under another.
    expect(model.participants?.find((p) => p.name === 'Collapsed Pool')).toMatchObject({ y: 57, height: 60 });
    expect(lanes['Extended Pool']).toMatchObject({ y: 165, height: 250 });
    expect(lanes['Single Lane']).toMatchObject({ y: 460, height: 130 });
    expect(warnings.map((w) => w.code)).toContain('FW_IMPORT_LAYOUT');
    // Named after the first pool that holds a process, not the black box listed before it.
    expect(model.name).toBe('Extended Pool');
  });

  it('stacks the diagrams of a file with several, so that they do not overlap', async () => {
    const { model } = await importBpmn(fixture('miwg/reference/C.4.0.bpmn'));
    const boxes = model.nodes
      .filter((n) => n.parent === undefined && n.type !== 'boundaryEvent')
      .map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.x + (n.width ?? 0), b: n.y + (n.height ?? 0) }));
    const overlapping = boxes.filter((a) =>
      boxes.some((b) => a !== b && a.x < b.r && b.x < a.r && a.y < b.b && b.y < a.b),
    );
    expect(overlapping).toEqual([]);
  });

  it('lays out a file without any diagram', async () => {
    const { model, warnings } = await importBpmn(fixture('miwg/vendors/ibm-blueworks-live-2014-04/A.2.0-export.bpmn'));
    expect(new Set(model.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(model.nodes.length);
    expect(warnings).toContainEqual({
      code: 'FW_IMPORT_LAYOUT',
      message: 'the file does not draw the process; it was laid out automatically',
    });
  });

  it('keeps vendor attributes and extension elements, text annotations with what they annotate, and data objects', async () => {
    const { model } = await importBpmn(fixture('misc/camunda/invoice.v2.bpmn'));
    expect(node(model, 'approveInvoice').extensions?.bpmn).toMatchObject({
      attrs: {
        'camunda:formKey': 'embedded:app:forms/approve-invoice.html',
        'camunda:candidateGroups': '${approverGroups}',
      },
      extensionElements: [
        { name: 'camunda:taskListener', uri: 'http://camunda.org/schema/1.0/bpmn', attrs: { event: 'create' } },
        { name: 'camunda:taskListener' },
      ],
    });
    const kept = model.extensions?.bpmn as { namespaces: Record<string, string> };
    expect(kept.namespaces.camunda).toBe('http://camunda.org/schema/1.0/bpmn');
    // The data store is a node of the map, read by its task through a data flow.
    const store = model.nodes.find((n) => n.type === 'dataStore');
    expect(store?.name).toBe('Financial Accounting System');
    expect(model.flows.some((f) => f.kind === 'data' && (f.source === store?.id || f.target === store?.id))).toBe(true);
    const { model: loan } = await importBpmn(fixture('misc/camunda/loan-granting.bpmn'));
    const notes = loan.nodes.filter((n) => n.type === 'annotation');
    expect(notes).toHaveLength(3);
    expect(notes.every((n) => Array.isArray((n.extensions?.bpmn as { annotates?: unknown[] }).annotates))).toBe(true);
  });

  it('reads Zeebe task types and assignments into extensions.zeebe', async () => {
    const { model } = await importBpmn(fixture('miwg/reference/C.9.0.bpmn'));
    const zeebe = model.nodes.filter((n) => n.extensions?.zeebe).map((n) => n.extensions!.zeebe);
    expect(zeebe).toContainEqual({ taskType: 'calculateScore' });
    expect(zeebe).toHaveLength(10);
  });
});

describe('importing BIMP/QBP simulation parameters', () => {
  it('maps arrivals, resources, timetables, durations, costs and probabilities to the simulation settings', async () => {
    const { model } = await importBpmn(fixture('sim/bimp-qbp/ch7_CreditAppSimulation.bpmn'));
    expect(model.currency).toBe('EUR');
    expect(model.simulation).toMatchObject({
      cases: 500,
      startAt: '2013-07-03T20:11:36.000Z',
      arrivals: { interarrival: { type: 'exponential', mean: 1800 } },
      calendars: [
        {
          id: 'DEFAULT_TIMETABLE',
          timezone: 'UTC',
          weekly: [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '09:00', to: '17:00' }],
        },
      ],
      resources: [
        {
          id: 'qbp_1711728e-f6f9-cfb2-552e-392c94b10102',
          name: 'Clerk',
          capacity: 3,
          costPerHour: 25,
          calendar: 'DEFAULT_TIMETABLE',
        },
        {
          id: 'qbp_4a419afd-b012-3bd5-213f-75b43b0a6dc5',
          name: 'Credit Officer',
          capacity: 3,
          costPerHour: 50,
          calendar: 'DEFAULT_TIMETABLE',
        },
        {
          id: 'qbp_facbd3b9-3463-9a43-502d-10db26dd780d',
          name: 'System',
          capacity: 1,
          costPerHour: 0,
          calendar: 'DEFAULT_TIMETABLE',
        },
      ],
    });
    expect(node(model, 'sid-4B24111F-B305-4608-9E12-744B47C44D0D').sim).toEqual({
      duration: { type: 'normal', mean: 600, sd: 120 },
      resource: 'qbp_1711728e-f6f9-cfb2-552e-392c94b10102',
    });
    expect(node(model, 'sid-3744BAA1-9382-4FAB-B7FE-B6A333F10D25').sim).toEqual({
      duration: { type: 'fixed', value: 0 },
      resource: 'qbp_facbd3b9-3463-9a43-502d-10db26dd780d',
    });
    expect(model.flows.find((f) => f.id === 'sid-8AE82A7B-75EE-401B-8ABE-279FB05A3946')!.probability).toBe(0.2);
    expect(model.flows.filter((f) => f.probability !== undefined)).toHaveLength(4);
  });
});
