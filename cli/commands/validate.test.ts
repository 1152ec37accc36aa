import { describe, it, expect } from 'vitest';
import { main } from '../main';
import { memoryIO } from '../memoryIO';
import { cleanModel, flow, node } from '../../shared/validate/testModels';

function withWarnings(): string {
  const model = cleanModel();
  model.nodes.find((n) => n.id === 'cfo')!.name = '';
  return JSON.stringify(model);
}

function withErrors(): string {
  const model = cleanModel();
  model.nodes.push(
    node({ id: 'review', type: 'task', name: 'Review' }),
    node({ id: 'loose', type: 'boundaryEvent', name: 'Late' }),
  );
  model.flows.push(flow({ id: 'to-review', source: 'big', target: 'review', condition: 'amount > 100000' }));
  return JSON.stringify(model);
}

const maps = {
  'clean.flow.json': JSON.stringify(cleanModel()),
  'warnings.flow.json': withWarnings(),
  'errors.flow.json': withErrors(),
  'broken.flow.json': '{ "format": "flowwright.process", ',
  'wrong.flow.json': JSON.stringify({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'x',
    nodes: [{ id: 'a', type: 'blob' }],
    flows: [],
  }),
};

/** Runs the command line over the given maps, checking that validate only reads them. */
async function runOver(given: Record<string, string>, ...argv: string[]) {
  const { io, out, files, binary } = memoryIO(given);
  const code = await main(argv, io);
  expect({ files, binary }).toEqual({ files: given, binary: {} });
  return { code, ...out };
}

const run = (...argv: string[]) => runOver(maps, ...argv);

describe('flowwright validate', () => {
  it('exits 0 and says so for a clean map', async () => {
    expect(await run('validate', 'clean.flow.json')).toEqual({
      code: 0,
      stdout: 'clean.flow.json: no problems\n',
      stderr: '',
    });
  });

  it('exits 0 with warnings, listing severity and message first, then code and element id', async () => {
    const result = await run('validate', 'warnings.flow.json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      "warning  A task after 'Amount over 5000?' has no name, so diagrams and reports cannot say what it does  " +
        '[FW_V_TASK_NO_NAME, id cfo]\n\nwarnings.flow.json: 0 errors, 1 warning, 0 info\n',
    );
  });

  it('exits 1 with errors, lists them errors first and names the failure on stderr', async () => {
    const result = await run('validate', 'errors.flow.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "error    'Late' is attached to nothing  [FW_V_BOUNDARY_HOST, id loose]",
        "error    'Review' cannot reach an end event  [FW_V_DEAD_END, id review]",
        "error    'Late' cannot reach an end event  [FW_V_DEAD_END, id loose]",
        "warning  'Late' cannot be reached from a start event  [FW_V_UNREACHABLE, id loose]",
        "warning  Only 2 of the 3 branches of 'Amount over 5000?' have a probability (100 %); the branch to " +
          "'Review' has none: give every branch one, adding up to 100 %  [FW_V_PROBABILITY_SUM, id big]",
        '',
        'errors.flow.json: 3 errors, 2 warnings, 0 info',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('flowwright: FW_MODEL_INVALID: errors.flow.json has 3 errors, 2 warnings, 0 info\n');
  });

  it('prints exactly the problems document with --json', async () => {
    const result = await run('validate', 'errors.flow.json', '--json');
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(Object.keys(document)).toEqual(['problems']);
    expect(document.problems.map((p: { code: string }) => p.code)).toEqual([
      'FW_V_BOUNDARY_HOST',
      'FW_V_DEAD_END',
      'FW_V_DEAD_END',
      'FW_V_UNREACHABLE',
      'FW_V_PROBABILITY_SUM',
    ]);
    for (const found of document.problems)
      expect(Object.keys(found)).toEqual(['severity', 'code', 'message', 'elementId']);
    expect(document.problems[0]).toEqual({
      severity: 'error',
      code: 'FW_V_BOUNDARY_HOST',
      message: "'Late' is attached to nothing",
      elementId: 'loose',
    });
  });

  it('gives a null elementId to problems of the whole process in --json', async () => {
    const empty = JSON.stringify({ format: 'flowwright.process', schemaVersion: 1, id: 'e', nodes: [], flows: [] });
    const result = await runOver({ 'empty.flow.json': empty }, 'validate', 'empty.flow.json', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      problems: [
        { severity: 'error', code: 'FW_V_NO_START', message: 'The process has no start event', elementId: null },
        { severity: 'error', code: 'FW_V_NO_END', message: 'The process has no end event', elementId: null },
      ],
    });
  });

  it('prints {"problems": []} for a clean map with --json', async () => {
    const result = await run('validate', '--json', 'clean.flow.json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ problems: [] });
  });

  it('exits 2 on a missing file', async () => {
    expect(await run('validate', 'nowhere.flow.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'flowwright: FW_FILE_UNREADABLE: cannot read nowhere.flow.json: ENOENT\n',
    });
  });

  it('exits 2 on a file that is not JSON, with nothing on stdout even with --json', async () => {
    const result = await run('validate', 'broken.flow.json', '--json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^flowwright: FW_RESTORE_JSON: broken\.flow\.json: not valid JSON/);
  });

  it('exits 2 on a file that breaks the schema', async () => {
    const result = await run('validate', 'wrong.flow.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^flowwright: FW_RESTORE_SCHEMA: wrong\.flow\.json: nodes\[0\]\.type/);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run('validate')).stderr).toBe('flowwright: FW_USAGE: validate takes one model file, got 0\n');
    expect((await run('validate', 'a', 'b')).code).toBe(2);
    expect((await run('validate', 'clean.flow.json', '--strict')).stderr).toBe(
      'flowwright: FW_USAGE: unknown option --strict\n',
    );
  });

  it('reports a FEEL condition that does not parse, with its column', async () => {
    const model = cleanModel();
    model.flows.find((f) => f.id === 'to-cfo')!.condition = 'amount >';
    const result = await runOver({ 'feel.flow.json': JSON.stringify(model) }, 'validate', 'feel.flow.json', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems).toEqual([
      {
        severity: 'error',
        code: 'FW_V_EXPRESSION_SYNTAX',
        elementId: 'to-cfo',
        message:
          "The condition of the flow from 'Amount over 5000?' to 'CFO approval', \"amount >\", cannot be read: " +
          'incomplete comparison at column 9',
      },
    ]);
  });

  it('shows its options with --help', async () => {
    const result = await run('validate', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Usage: flowwright validate <model.flow.json> [--for simulate|zeebe|asl [--scenario NAME|ID]] [--json]',
    );
    expect(result.stdout).toContain('--json');
  });
});
