import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlowwrightError } from '../../model';
import { importBpmn } from './importBpmn';

const root = join(__dirname, '../../../test/fixtures/bpmn');
const bpmnUri = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.bpmn') ? [relative(root, path)] : [];
  });
}

/** Files that must be refused, with the code and a piece of the message. */
const refused: Record<string, [string, RegExp]> = {
  'misc/invalid/bpmn-js--missing-namespace.bpmn': ['FW_IMPORT_NOT_BPMN', /<definitions> is not a BPMN 2.0/],
  'misc/invalid/bpmn-moddle--not-bpmn.bpmn': ['FW_IMPORT_NOT_BPMN', /<definitions> is not a BPMN 2.0/],
  // Its windows-1252 declaration is honoured; what remains is a document without any process.
  'misc/invalid/bpmn-moddle--bad-encoding.bpmn': ['FW_IMPORT_NO_PROCESS', /no <process>/],
  // A diagram whose elements the file does not contain: nothing to import.
  'misc/bpmn-moddle/namespace-prefix-collision.bpmn': ['FW_IMPORT_NO_PROCESS', /no <process>/],
  'miwg/vendors/genmymodel-0.47/C.1.1-export.bpmn': [
    'FW_IMPORT_ENCODING',
    /^line 26, column 63: byte 0xE4 is not valid UTF-8/,
  ],
};

const flowNodeTags = [
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
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
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
  'textAnnotation',
];

/**
 * Counts straight from the XML text with regular expressions, independently of the importer: BPMN-namespace tags
 * (a prefix bound to the BPMN URI, the default namespace when it is BPMN, and `bpmn:` when nothing declares it, as
 * lenient readers take it).
 */
function countsFromXml(xml: string) {
  const prefixes = new Set<string>();
  let defaultIsBpmn = false;
  for (const m of xml.matchAll(/xmlns(?::([\w.-]+))?="([^"]*)"/g)) {
    if (m[2] !== bpmnUri) continue;
    if (m[1]) prefixes.add(m[1]);
    else defaultIsBpmn = true;
  }
  if (!/xmlns:bpmn=/.test(xml)) prefixes.add('bpmn');
  const isBpmn = (prefix: string | undefined) => (prefix === undefined ? defaultIsBpmn : prefixes.has(prefix));
  const tags = (local: string, text = xml) =>
    [...text.matchAll(new RegExp(`<(?:([\\w.-]+):)?${local}[\\s/>]`, 'g'))].filter((m) => isBpmn(m[1])).length;
  // Data object and store references are nodes too, and their data associations flows.
  const nodes = [...flowNodeTags, 'dataObjectReference', 'dataStoreReference'].reduce((sum, tag) => sum + tags(tag), 0);
  const dataIds = new Set(
    [...xml.matchAll(/<(?:([\w.-]+):)?data(?:Object|Store)Reference\b[^>]*?\bid="([^"]+)"/g)]
      .filter((m) => isBpmn(m[1]))
      .map((m) => m[2]),
  );
  const associations = [
    ...xml.matchAll(
      /<(?:([\w.-]+):)?data(Input|Output)Association\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?data\2Association>/g,
    ),
  ].filter((m) => isBpmn(m[1]));
  const dataFlows = associations.flatMap((m) =>
    [...m[3].matchAll(/<(?:[\w.-]+:)?(sourceRef|targetRef)>\s*([^<\s]+)\s*</g)].filter(
      (r) => r[1] === (m[2] === 'Input' ? 'sourceRef' : 'targetRef') && dataIds.has(r[2]),
    ),
  ).length;
  const flows = tags('sequenceFlow') + dataFlows;
  // A lane with child lanes is replaced by its children; a pool without lanes is one lane.
  const leafLanes = (block: string) =>
    tags('lane', block) - [...block.matchAll(/<(?:[\w.-]+:)?childLaneSet\b[^>]*[^/]>\s*<(?:[\w.-]+:)?lane\b/g)].length;
  const processBlock = (id: string) =>
    new RegExp(`<(?:[\\w.-]+:)?process\\b[^>]*\\bid="${id}"[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?process>)`).exec(
      xml,
    )?.[1] ?? '';
  const referenced = new Set<string>();
  let lanes = 0;
  for (const m of xml.matchAll(/<(?:([\w.-]+):)?participant\b([^>]*)>/g)) {
    if (!isBpmn(m[1])) continue;
    const processRef = /processRef="([^"]+)"/.exec(m[2])?.[1];
    if (!processRef) lanes++;
    else if (!referenced.has(processRef)) {
      referenced.add(processRef);
      lanes += Math.max(1, leafLanes(processBlock(processRef)));
    }
  }
  // Beside pools or other processes, a process outside any pool is a pool of its own.
  const outside = [...xml.matchAll(/<(?:([\w.-]+):)?process\b[^>]*\bid="([^"]+)"/g)]
    .filter((m) => isBpmn(m[1]) && !referenced.has(m[2]))
    .map((m) => m[2]);
  const withNodes = outside.filter((id) => flowNodeTags.some((tag) => tags(tag, processBlock(id))));
  const ownPools = referenced.size > 0 || lanes > 0 || withNodes.length > 1;
  for (const id of outside)
    lanes +=
      ownPools && withNodes.includes(id) ? Math.max(1, leafLanes(processBlock(id))) : leafLanes(processBlock(id));
  return { nodes, flows, lanes };
}

describe('every fixture', () => {
  const all = files(root);

  it('finds the copied fixtures', () => {
    expect(all.filter((f) => f.startsWith('miwg/reference/'))).toHaveLength(21);
    expect(all.filter((f) => f.startsWith('miwg/vendors/'))).toHaveLength(25);
  });

  for (const file of all.filter((f) => !(f in refused))) {
    it(`imports ${file} with every flow node, flow and lane`, async () => {
      const bytes = new Uint8Array(readFileSync(join(root, file)));
      const { model } = await importBpmn(bytes);
      const expected = countsFromXml(new TextDecoder('latin1').decode(bytes));
      // A pool without a process is one of the map's other parties, and message flows to it are flows of the map.
      const flows = model.flows.filter((f) => f.kind !== 'message').length;
      const lanes = model.lanes.length + (model.participants?.length ?? 0);
      expect({ nodes: model.nodes.length, flows, lanes }).toEqual(expected);
    });
  }

  for (const [file, [code, message]] of Object.entries(refused)) {
    it(`refuses ${file} with ${code}`, async () => {
      const error = await importBpmn(new Uint8Array(readFileSync(join(root, file)))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FlowwrightError);
      expect((error as FlowwrightError).code).toBe(code);
      expect((error as FlowwrightError).message).toMatch(message);
    });
  }
});
