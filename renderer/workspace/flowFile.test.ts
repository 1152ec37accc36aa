import { describe, expect, it } from 'vitest';
import { flowFileName, flowFileText, readFlowFile } from './flowFile';
import { newProcessModel } from './newProcessModel';
import { hugeFlowText } from './testSupport';
import foreignFormat from '../../test/fixtures/corrupt/foreign-format.flow.json?raw';
import futureVersion from '../../test/fixtures/corrupt/future-version.flow.json?raw';
import notJson from '../../test/fixtures/corrupt/not-json.flow.json?raw';
import scriptNames from '../../test/fixtures/corrupt/script-names.flow.json?raw';
import topLevelArray from '../../test/fixtures/corrupt/top-level-array.flow.json?raw';
import wrongTypes from '../../test/fixtures/corrupt/wrong-types.flow.json?raw';

const fixtures: Record<string, string> = {
  'foreign-format.flow.json': foreignFormat,
  'future-version.flow.json': futureVersion,
  'not-json.flow.json': notJson,
  'script-names.flow.json': scriptNames,
  'top-level-array.flow.json': topLevelArray,
  'wrong-types.flow.json': wrongTypes,
};
const fixture = (name: string) => fixtures[name];

function refused(name: string, text = fixture(name)) {
  const result = readFlowFile(name, text);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result;
}

describe('importing a .flow.json', () => {
  it('names the position of broken JSON', () => {
    const result = refused('not-json.flow.json');
    expect(result.title).toBe('"not-json.flow.json" was not imported. The file is not valid JSON.');
    expect(result.problems[0]).toMatch(/^not valid JSON/);
  });

  it('lists every wrong type with its path', () => {
    const result = refused('wrong-types.flow.json');
    expect(result.title).toContain('A value in the document has the wrong type or is out of range.');
    expect(result.problems.some((p) => p.startsWith('nodes[1].taskType:'))).toBe(true);
    expect(result.problems.some((p) => p.startsWith('nodes[1].x:'))).toBe(true);
    expect(result.problems.some((p) => p.startsWith('flows[0].probability:'))).toBe(true);
  });

  it('refuses an unknown schemaVersion and says to update', () => {
    const result = refused('future-version.flow.json');
    expect(result.title).toContain('written by a newer Flowwright');
    expect(result.problems).toEqual([
      'schemaVersion 99 is newer than this Flowwright reads (1); update Flowwright to open it',
    ]);
  });

  it("refuses another tool's JSON and a bare array", () => {
    expect(refused('foreign-format.flow.json').problems).toEqual([
      'format: "format" is "camunda.form", expected "flowwright.process"',
    ]);
    expect(refused('top-level-array.flow.json').problems).toEqual(['expected a JSON object, found an array']);
  });

  it('refuses 10 MB of nodes with the count and the limit', () => {
    const text = hugeFlowText();
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const result = refused('huge.flow.json', text);
    expect(result.title).toContain('larger than Flowwright opens');
    expect(result.problems[0]).toMatch(/^nodes: the map has [\d,]+ nodes; at most 20,000 are opened$/);
  });

  it('keeps markup in names as plain text', () => {
    const result = readFlowFile('script-names.flow.json', fixture('script-names.flow.json'));
    expect(result.ok && result.model.name).toBe('<script>window.__flowwrightInjected = true</script>Hostile');
    expect(result.ok && result.model.flows[0].name).toBe('<script>alert(1)</script>');
  });
});

describe('exporting a .flow.json', () => {
  it('writes pretty JSON that imports back to the same model', () => {
    const model = newProcessModel('Claims handling');
    const text = flowFileText(model);
    expect(text).toContain('\n  "format": "flowwright.process",\n');
    expect(text.endsWith('}\n')).toBe(true);
    const back = readFlowFile('claims.flow.json', text);
    expect(back).toEqual({ ok: true, model, fixes: [] });
  });

  it('makes a file name every platform accepts', () => {
    const model = newProcessModel('Claims handling');
    expect(flowFileName(model)).toBe('Claims handling.flow.json');
    expect(flowFileName({ ...model, name: 'a/b:c*d?"e"<f>|g\u0007' })).toBe('a-b-c-d--e--f--g-.flow.json');
    expect(flowFileName({ ...model, name: '  ..  ' })).toBe(`${model.id}.flow.json`);
    expect(flowFileName({ ...model, name: 'x'.repeat(300) })).toBe(`${'x'.repeat(100)}.flow.json`);
  });
});
