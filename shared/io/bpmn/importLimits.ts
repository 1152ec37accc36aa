import { FlowwrightError, restoreLimits, type ProcessModel } from '../../model';
import { stripForbiddenXml } from '../xmlChars';
import type { ImportReport } from './importReport';
import { decodeXml, positionOf } from './xmlText';

/**
 * What a BPMN import reads. Nodes, flows and sub-process depth are restore()'s limits (a map that could not be
 * opened again is not worth importing); the others keep a hostile file from exhausting memory or the stack before those are reached.
 * Real models stay far below: a few hundred elements, sub-processes a handful of levels deep.
 */
export const bpmnImportLimits = {
  maxNodes: restoreLimits.maxNodes,
  maxFlows: restoreLimits.maxFlows,
  /** Pools and lanes together. */
  maxLanes: 1_000,
  /** XML elements of any kind (diagram shapes, waypoints and extension elements included). */
  maxElements: 500_000,
  /** Characters of the XML text (twice restore()'s limit, as XML with its diagram is the wordier form). */
  maxChars: 2 * restoreLimits.maxChars,
  /** How deep XML elements may nest (kept extension elements nest twice as deep in JSON, under restore()'s 1,000). */
  maxDepth: 200,
  /** How deep sub-processes may nest inside each other. */
  maxSubProcessDepth: restoreLimits.maxSubProcessDepth,
};

/** Local names of the elements that become nodes: flow nodes, and text annotations. */
const nodeElements = new Set([
  'task',
  'userTask',
  'serviceTask',
  'scriptTask',
  'manualTask',
  'sendTask',
  'receiveTask',
  'businessRuleTask',
  'callActivity',
  'subProcess',
  'transaction',
  'adHocSubProcess',
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
  'textAnnotation',
]);
const subProcessElements = new Set(['subProcess', 'transaction', 'adHocSubProcess']);
const laneElements = new Set(['lane', 'participant']);

const elementName = /[^\s/>]*/y;
const number = (n: number) => n.toLocaleString('en');

function tooLarge(message: string): FlowwrightError {
  return new FlowwrightError('FW_IMPORT_TOO_LARGE', message);
}

function tooDeep(xml: string, offset: number, message: string): FlowwrightError {
  const { line, column } = positionOf(xml, offset);
  return new FlowwrightError('FW_IMPORT_TOO_DEEP', `line ${line}, column ${column}: ${message}`);
}

/** Where the markup starting at `start` (a comment, CDATA, declaration or processing instruction) ends. */
function skipMarkup(xml: string, start: number): number {
  const endOf = (close: string, from: number) => {
    const at = xml.indexOf(close, from);
    return at === -1 ? xml.length : at + close.length;
  };
  if (xml.startsWith('<!--', start)) return endOf('-->', start + 4);
  if (xml.startsWith('<![CDATA[', start)) return endOf(']]>', start + 9);
  if (xml.startsWith('<?', start)) return endOf('?>', start + 2);
  // A DOCTYPE with an internal subset ends at `]>`.
  const close = endOf('>', start);
  const bracket = xml.slice(start, close).indexOf('[');
  return bracket === -1 ? close : endOf(']>', start + bracket);
}

/** Whether a character can start an XML name: a letter, `_`, `:` or any non-ASCII character. */
const nameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 128;

/** Where the tag starting at `start` ends (after its `>`), passing over quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  for (let i = start; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return xml.length;
      i = close;
    }
  }
  return xml.length;
}

/**
 * Counts the elements of an XML text in one pass over its tags, before anything is built from it, and refuses
 * (FlowwrightError FW_IMPORT_TOO_LARGE / FW_IMPORT_TOO_DEEP) a text over the limits of bpmnImportLimits. Elements
 * are counted by their local name, whatever their prefix. Broken XML is left for the parser to report.
 */
export function checkImportLimits(xml: string, limits = bpmnImportLimits): void {
  if (xml.length > limits.maxChars)
    throw tooLarge(`the file has ${number(xml.length)} characters; at most ${number(limits.maxChars)} are imported`);
  let nodes = 0;
  let flows = 0;
  let lanes = 0;
  let elements = 0;
  let subProcessDepth = 0;
  const open: boolean[] = []; // per open element: whether it is a sub-process
  for (let at = xml.indexOf('<'); at !== -1;) {
    const next = xml.charCodeAt(at + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      at = xml.indexOf('<', skipMarkup(xml, at));
      continue;
    }
    if (next !== 47 /* / */ && !nameStart(next)) {
      at = xml.indexOf('<', at + 1); // not a tag (`a < b` in text): the parser reports it
      continue;
    }
    const end = tagEnd(xml, at + 1);
    if (next === 47 /* / */) {
      if (open.pop()) subProcessDepth--;
      at = xml.indexOf('<', end);
      continue;
    }
    elementName.lastIndex = at + 1;
    const name = elementName.exec(xml)![0];
    const local = name.slice(name.indexOf(':') + 1);
    elements++;
    if (nodeElements.has(local)) nodes++;
    else if (local === 'sequenceFlow') flows++;
    else if (laneElements.has(local)) lanes++;
    if (xml.charCodeAt(end - 2) !== 47 /* / */) {
      const subProcess = subProcessElements.has(local);
      open.push(subProcess);
      if (subProcess && ++subProcessDepth > limits.maxSubProcessDepth)
        throw tooDeep(
          xml,
          at,
          `sub-processes are nested more than ${limits.maxSubProcessDepth} deep; Flowwright reads at most ${limits.maxSubProcessDepth} levels`,
        );
      if (open.length > limits.maxDepth)
        throw tooDeep(
          xml,
          at,
          `XML elements are nested more than ${limits.maxDepth} deep; Flowwright reads at most ${limits.maxDepth} levels`,
        );
    }
    at = xml.indexOf('<', end);
  }
  const over: string[] = [];
  if (nodes > limits.maxNodes)
    over.push(`${number(nodes)} flow nodes and text annotations (at most ${number(limits.maxNodes)})`);
  if (flows > limits.maxFlows) over.push(`${number(flows)} sequence flows (at most ${number(limits.maxFlows)})`);
  if (lanes > limits.maxLanes) over.push(`${number(lanes)} pools and lanes (at most ${number(limits.maxLanes)})`);
  if (elements > limits.maxElements)
    over.push(`${number(elements)} XML elements in all (at most ${number(limits.maxElements)})`);
  if (over.length) throw tooLarge(`the file has ${over.join(', ')}; Flowwright does not open maps that large`);
}

/**
 * Refuses a map that restore() would refuse as too large once written as a `.flow.json` file (the command line
 * writes it indented by two), so that an import never produces a file that cannot be opened again.
 */
export function checkImportedSize(model: ProcessModel): void {
  const chars = JSON.stringify(model, null, 2).length + 1;
  if (chars > restoreLimits.maxChars)
    throw tooLarge(
      `the imported map would be ${number(chars)} characters as a .flow.json file; Flowwright opens at most ${number(restoreLimits.maxChars)}`,
    );
}

const hex = (code: number) =>
  code < 0 ? 'an out-of-range reference' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The text of a BPMN file, ready to parse: decoded, checked against the limits before anything is built, and
 * cleaned of characters XML forbids (reported, with where the first one was).
 */
export function importableXml(input: string | Uint8Array, report: ImportReport): string {
  // Bytes first, before decoding doubles them in memory; two bytes a character covers UTF-16 files.
  if (typeof input !== 'string' && input.length > 2 * bpmnImportLimits.maxChars)
    throw tooLarge(
      `the file has ${number(input.length)} bytes; at most ${number(2 * bpmnImportLimits.maxChars)} are imported`,
    );
  const decoded = decodeXml(input);
  checkImportLimits(decoded);
  const { xml, removed, first } = stripForbiddenXml(decoded);
  if (first) {
    const { line, column } = positionOf(decoded, first.offset);
    report.add(
      'FW_IMPORT_CONTROL_CHARACTER',
      `the file held ${removed === 1 ? 'a character' : `${number(removed)} characters`} that XML does not allow ` +
        `(the first, ${hex(first.codePoint)}, at line ${line}, column ${column}); ${removed === 1 ? 'it was' : 'they were'} removed`,
    );
  }
  return xml;
}
