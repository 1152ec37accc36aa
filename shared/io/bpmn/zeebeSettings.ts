import type { FlowNode } from '../../model';
import { expressionSyntaxError } from '../../expr';
import type { KeptElement } from './keptExtensions';
import { keptNode } from './keptShapes';

/**
 * The Camunda 8 settings a person gives a node live in `extensions.zeebe` (the key the BPMN import reads Zeebe task
 * definitions and assignments into): text settings (`taskType`, `retries`, `formId`, `formReference`, `assignee`,
 * `candidateGroups`, `candidateUsers`, `correlationKey`, `processId`, `timerKind`, `timerValue`) and two lists of
 * variable mappings (`inputs`, `outputs`).
 */
export const zeebeKey = 'zeebe';

/** One variable mapping: a FEEL expression (`source`, without Zeebe's leading `=`) into a variable (`target`). */
export interface ZeebeMapping {
  source: string;
  target: string;
}

/** How a timer expression reads: a duration (`PT1H`), a date-time (`2026-05-01T09:00:00Z`) or a cycle (`R3/PT1H`). */
export type TimerKind = 'duration' | 'date' | 'cycle';
export const timerKinds: readonly TimerKind[] = ['duration', 'date', 'cycle'];

/** A problem of one setting, for the field that holds it (`field` is its key; mappings `inputs.0.target`). */
export interface SettingProblem {
  field: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Zeebe element an import kept as it was (`zeebe:formDefinition`, `zeebe:ioMapping`), by its local name. */
export function keptZeebeElement(node: FlowNode, local: string): KeptElement | undefined {
  const name = `zeebe:${local}`.toLowerCase();
  return keptNode(node).extensionElements?.find((e) => e.name.toLowerCase() === name);
}

/** A kept source as FEEL without Zeebe's `=`; a static value (no `=`) becomes a FEEL string. */
const feelOfKept = (source: string | undefined) =>
  source === undefined ? '' : source.trim().startsWith('=') ? source.trim().slice(1).trim() : JSON.stringify(source);

/**
 * The variable mappings of a node (`inputs` or `outputs`): those set in the map, else those of an imported file's
 * `zeebe:ioMapping`. Rows of another shape (a hand-edited file) are passed over.
 */
export function zeebeMappings(node: FlowNode, list: 'inputs' | 'outputs'): ZeebeMapping[] {
  const zeebe = node.extensions?.[zeebeKey];
  const rows = isRecord(zeebe) ? zeebe[list] : undefined;
  if (Array.isArray(rows))
    return rows.filter(isRecord).map((row) => ({
      source: typeof row.source === 'string' ? row.source : '',
      target: typeof row.target === 'string' ? row.target : '',
    }));
  const child = `zeebe:${list === 'inputs' ? 'input' : 'output'}`;
  return (keptZeebeElement(node, 'ioMapping')?.children ?? [])
    .filter((c) => c.name.toLowerCase() === child)
    .map((c) => ({ source: feelOfKept(c.attrs?.source), target: c.attrs?.target ?? '' }));
}

/** Task types whose element Camunda 8 runs as a job for a worker (a `zeebe:taskDefinition`). */
export const jobTaskTypes: readonly string[] = ['service', 'send', 'script', 'businessRule'];

/** Whether a node is written as a call activity (only imported maps have them: the palette draws none). */
export const isCallActivity = (node: FlowNode): boolean =>
  node.type === 'task' && keptNode(node).element === 'CallActivity';

/** Whether a node runs as a Camunda 8 job. */
export const isJobTask = (node: FlowNode): boolean =>
  node.type === 'task' && !isCallActivity(node) && jobTaskTypes.includes(node.taskType ?? '');

/** Whether a node is a Camunda user task. */
export const isUserTask = (node: FlowNode): boolean =>
  node.type === 'task' && !isCallActivity(node) && node.taskType === 'user';

/** Whether Camunda 8 takes variable mappings on the node (`zeebe:ioMapping` is allowed on typed tasks and calls). */
export const takesMappings = (node: FlowNode): boolean =>
  isCallActivity(node) || (node.type === 'task' && !!node.taskType && node.taskType !== 'manual');

/** Whether a node is a timer event (a boundary event without a type is a timer, as the canvas draws it). */
export const isTimerEvent = (node: FlowNode): boolean =>
  (node.eventType ?? (node.type === 'boundaryEvent' ? 'timer' : undefined)) === 'timer';

/**
 * The timer kinds Camunda 8.8 accepts on an event: a start event a date or a cycle (in an event sub-process also a
 * duration; a cycle only when it does not interrupt), a boundary event a cycle only when it does not interrupt, an
 * intermediate event a duration or a date.
 */
export function allowedTimerKinds(node: FlowNode, parent?: FlowNode): TimerKind[] {
  if (node.type === 'startEvent') {
    const inEventSubProcess = parent !== undefined && keptNode(parent).triggeredByEvent === true;
    if (!inEventSubProcess) return ['date', 'cycle'];
    return node.interrupting === false ? ['duration', 'date', 'cycle'] : ['duration', 'date'];
  }
  if (node.type === 'boundaryEvent')
    return node.interrupting === false ? ['duration', 'date', 'cycle'] : ['duration', 'date'];
  return ['duration', 'date'];
}

// The shapes camunda-compat's timer rule accepts (ISO 8601, as Zeebe parses them).
const isoDate =
  '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(Z|[+-](0\\d|1[0-3]):[0-5]\\d(\\[[^\\]]+\\])?)';
const isoDuration =
  'P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?!$)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?';
const timerPatterns: Record<TimerKind, RegExp> = {
  duration: new RegExp(`^${isoDuration}$`, 'i'),
  date: new RegExp(`^${isoDate}$`),
  cycle: new RegExp(`^R(-1|\\d+)?/(${isoDate}/)?${isoDuration}$`, 'i'),
};
const timerExamples: Record<TimerKind, string> = {
  duration: 'a duration such as PT1H or P2D',
  date: 'a date and time such as 2026-05-01T09:00:00Z',
  cycle: 'a cycle such as R3/PT1H (three times, hourly)',
};
const timerWords: Record<TimerKind, string> = { duration: 'a duration', date: 'a date', cycle: 'a cycle' };

/** Why a timer expression does not read as its kind, or undefined; `=…` is a FEEL expression Zeebe evaluates. */
export function timerProblem(kind: TimerKind, value: string): string | undefined {
  const text = value.trim();
  if (text.startsWith('=')) return feelProblem(text.slice(1));
  return timerPatterns[kind].test(text) ? undefined : `The timer must be ${timerExamples[kind]}`;
}

function feelProblem(source: string): string | undefined {
  if (source.trim() === '') return 'The expression after = is empty';
  const error = expressionSyntaxError(source);
  return error ? `The expression does not read as FEEL: ${error.message}` : undefined;
}

const variableName = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

function mappingProblems(node: FlowNode, list: 'inputs' | 'outputs'): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const what = list === 'inputs' ? 'input' : 'output';
  for (const [index, row] of zeebeMappings(node, list).entries()) {
    const at = (part: string) => `${list}.${index}.${part}`;
    const target = row.target.trim();
    if (target === '') problems.push({ field: at('target'), message: `The ${what} needs a variable to write to` });
    else if (!variableName.test(target))
      problems.push({
        field: at('target'),
        message: `'${target}' is not a variable name: letters, digits and _ only, not starting with a digit`,
      });
    const source = row.source.trim().replace(/^=/, '');
    // An input without a source creates its variable empty (Camunda 8.8); an output must say what it keeps.
    if (source === '' && list === 'outputs')
      problems.push({ field: at('source'), message: 'The output needs an expression to take its value from' });
    else if (source !== '') {
      const problem = feelProblem(source);
      if (problem) problems.push({ field: at('source'), message: problem });
    }
  }
  return problems;
}

/** What is wrong with the Camunda 8 settings of a node, field by field, in words. */
export function zeebeSettingProblems(node: FlowNode, parent?: FlowNode): SettingProblem[] {
  const zeebe = node.extensions?.[zeebeKey];
  if (!isRecord(zeebe)) return [];
  const text = (key: string) => (typeof zeebe[key] === 'string' ? (zeebe[key] as string).trim() : undefined);
  const problems: SettingProblem[] = [];
  const retries = text('retries');
  if (retries !== undefined && !/^\d+$/.test(retries) && !retries.startsWith('='))
    problems.push({ field: 'retries', message: 'Retries must be a whole number, such as 3' });
  if (retries?.startsWith('=')) {
    const problem = feelProblem(retries.slice(1));
    if (problem) problems.push({ field: 'retries', message: problem });
  }
  const jobType = text('taskType');
  if (jobType !== undefined && jobType === '') problems.push({ field: 'taskType', message: 'The job type is empty' });
  const timerValue = text('timerValue');
  if (timerValue !== undefined && isTimerEvent(node)) {
    const kind = (text('timerKind') ?? 'duration') as TimerKind;
    const allowed = allowedTimerKinds(node, parent);
    if (!allowed.includes(kind))
      problems.push({
        field: 'timerKind',
        message: `Camunda 8 does not take ${timerWords[kind] ?? kind} on this event; use ${allowed.map((k) => timerWords[k]).join(' or ')}`,
      });
    const problem = timerProblem(timerKinds.includes(kind) ? kind : 'duration', timerValue);
    if (problem) problems.push({ field: 'timerValue', message: problem });
  }
  return [...problems, ...mappingProblems(node, 'inputs'), ...mappingProblems(node, 'outputs')];
}
