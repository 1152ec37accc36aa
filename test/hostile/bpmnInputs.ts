// Hostile and oversized BPMN files, generated at test time (the large ones would bloat the repository). Pure text
// builders, so that unit, hostile and end-to-end tests and the benchmark share them.

const namespaces =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" ' +
  'xmlns:x="http://example.com/vendor"';

/** A file with one process holding `semantic` and, when given, a diagram holding `shapes`. */
function definitions(semantic: string[], shapes: string[] = []): string {
  const diagram = shapes.length
    ? `<bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Process">\n${shapes.join('\n')}\n</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${namespaces} id="Definitions" targetNamespace="http://example.com/hostile">
<bpmn:process id="Process" isExecutable="false">
${semantic.join('\n')}
</bpmn:process>
${diagram}
</bpmn:definitions>
`;
}

const shape = (id: string, x: number, y: number, w = 100, h = 80) =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
const edge = (id: string, x1: number, x2: number, y: number) =>
  `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${x1}" y="${y}" /><di:waypoint x="${x2}" y="${y}" /></bpmndi:BPMNEdge>`;

/**
 * A chain start → task 1 → … → task n → end, drawn in rows of 50, with `n + 1` flows. `idOf` names the tasks and
 * flows (ids that are not XML names exercise the renaming); without `drawn` the file has no diagram at all.
 */
export function taskChain(
  tasks: number,
  { drawn = true, idOf = (kind: 'task' | 'flow', i: number) => `${kind === 'task' ? 'Task' : 'Flow'}_${i}` } = {},
): string {
  const semantic: string[] = [];
  const shapes: string[] = [];
  const at = (i: number) => ({ x: 160 * (i % 50), y: 140 * Math.floor(i / 50) });
  const ids = ['Start', ...Array.from({ length: tasks }, (_, i) => idOf('task', i + 1)), 'End'];
  semantic.push('<bpmn:startEvent id="Start" name="Start" />');
  for (let i = 1; i <= tasks; i++) semantic.push(`<bpmn:task id="${ids[i]}" name="Task ${i}" />`);
  semantic.push('<bpmn:endEvent id="End" name="End" />');
  for (let i = 0; i + 1 < ids.length; i++) {
    const flow = idOf('flow', i + 1);
    semantic.push(`<bpmn:sequenceFlow id="${flow}" sourceRef="${ids[i]}" targetRef="${ids[i + 1]}" />`);
    if (drawn) {
      const { x, y } = at(i);
      shapes.push(edge(flow, x + 100, x + 160, y + 40));
    }
  }
  if (drawn) ids.forEach((id, i) => shapes.push(shape(id, at(i).x, at(i).y)));
  return definitions(semantic, shapes);
}

/** Ids with a space and a leading digit: not XML names, so every one of them is renamed with its references. */
export const unsafeId = (kind: 'task' | 'flow', i: number): string => `${i} ${kind === 'task' ? 'step' : 'arrow'}`;

/** One task whose extension elements nest `depth` vendor elements inside each other. */
export function deepXml(depth: number): string {
  const nested = `${'<x:level>'.repeat(depth)}${'</x:level>'.repeat(depth)}`;
  return definitions([
    `<bpmn:startEvent id="Start" /><bpmn:task id="Deep"><bpmn:extensionElements>${nested}</bpmn:extensionElements></bpmn:task>`,
    '<bpmn:sequenceFlow id="Flow" sourceRef="Start" targetRef="Deep" />',
  ]);
}

/** `depth` sub-processes each inside the one before, the innermost holding one task; no diagram. */
export function deepSubProcesses(depth: number): string {
  const open = Array.from({ length: depth }, (_, i) => `<bpmn:subProcess id="Sub_${i}" name="Level ${i}">`).join('');
  return definitions([`${open}<bpmn:task id="Inner" />${'</bpmn:subProcess>'.repeat(depth)}`]);
}

/**
 * A small drawn process whose names, condition and documentation hold characters XML 1.0 forbids: raw (as some
 * tools write them) and as character references (which XML forbids as well).
 */
export function controlCharacters(): string {
  return definitions(
    [
      '<bpmn:startEvent id="Start" name="Start\u0001here" />',
      '<bpmn:exclusiveGateway id="Split" name="Amount&#1; ok?" default="No" />',
      '<bpmn:task id="Review" name="Re\u0002view&#x1F;"><bpmn:documentation>Look\u0008 closely&#x0B;</bpmn:documentation></bpmn:task>',
      '<bpmn:endEvent id="End" name="Done\u001b" />',
      '<bpmn:sequenceFlow id="In" sourceRef="Start" targetRef="Split" />',
      '<bpmn:sequenceFlow id="Yes" name="yes\u0007" sourceRef="Split" targetRef="Review"><bpmn:conditionExpression>amount &gt; 5\u0001</bpmn:conditionExpression></bpmn:sequenceFlow>',
      '<bpmn:sequenceFlow id="No" sourceRef="Split" targetRef="End" />',
      '<bpmn:sequenceFlow id="Out" sourceRef="Review" targetRef="End" />',
    ],
    [
      shape('Start', 0, 22, 36, 36),
      shape('Split', 100, 15, 50, 50),
      shape('Review', 220, 0),
      shape('End', 400, 22, 36, 36),
      edge('In', 36, 100, 40),
      edge('Yes', 150, 220, 40),
      edge('Out', 320, 400, 40),
      `<bpmndi:BPMNEdge id="No_di" bpmnElement="No"><di:waypoint x="125" y="65" /><di:waypoint x="125" y="120" /><di:waypoint x="418" y="120" /><di:waypoint x="418" y="58" /></bpmndi:BPMNEdge>`,
    ],
  );
}

/** A drawn chain whose tasks carry long documentation: few elements, but a map larger than restore() opens. */
export function oversizedText(tasks: number, charsEach: number): string {
  const text = 'x'.repeat(charsEach);
  const semantic = ['<bpmn:startEvent id="Start" />'];
  for (let i = 1; i <= tasks; i++)
    semantic.push(
      `<bpmn:task id="Task_${i}"><bpmn:documentation>${text}</bpmn:documentation></bpmn:task>`,
      `<bpmn:sequenceFlow id="Flow_${i}" sourceRef="${i === 1 ? 'Start' : `Task_${i - 1}`}" targetRef="Task_${i}" />`,
    );
  return definitions(semantic, [shape('Start', 0, 0, 36, 36)]);
}

/** Two tasks joined by `count` sequence flows: few nodes, more flows than a map may have. */
export function parallelFlows(count: number): string {
  const flows = Array.from(
    { length: count },
    (_, i) => `<bpmn:sequenceFlow id="Flow_${i}" sourceRef="A" targetRef="B" />`,
  );
  return definitions(['<bpmn:task id="A" /><bpmn:task id="B" />', ...flows]);
}

/** A process with `count` lanes, one task in the first. */
export function manyLanes(count: number): string {
  const lanes = Array.from({ length: count }, (_, i) =>
    i === 0
      ? '<bpmn:lane id="Lane_0"><bpmn:flowNodeRef>A</bpmn:flowNodeRef></bpmn:lane>'
      : `<bpmn:lane id="Lane_${i}" />`,
  );
  return definitions([`<bpmn:laneSet id="Lanes">${lanes.join('')}</bpmn:laneSet>`, '<bpmn:task id="A" />']);
}

/** One task carrying `count` vendor extension elements: few nodes, but more elements than an import reads. */
export function manyElements(count: number): string {
  return definitions([
    `<bpmn:task id="A"><bpmn:extensionElements>${'<x:item />'.repeat(count)}</bpmn:extensionElements></bpmn:task>`,
  ]);
}

/** `count` drawn tasks in rows of 100, each with a named timer boundary event leading to an end event. */
export function boundaryEvents(count: number): string {
  const semantic: string[] = [];
  const shapes: string[] = [];
  for (let i = 0; i < count; i++) {
    const [x, y] = [(i % 100) * 200, Math.floor(i / 100) * 200];
    semantic.push(
      `<bpmn:task id="T${i}" name="Task ${i}" /><bpmn:endEvent id="E${i}" />`,
      `<bpmn:boundaryEvent id="B${i}" name="Late ${i}" attachedToRef="T${i}"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>`,
      `<bpmn:sequenceFlow id="F${i}" sourceRef="B${i}" targetRef="E${i}" />`,
    );
    shapes.push(shape(`T${i}`, x, y), shape(`B${i}`, x + 60, y + 62, 36, 36), shape(`E${i}`, x + 60, y + 140, 36, 36));
  }
  return definitions(semantic, shapes);
}
