import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferColumns, mapColumns, parseCsv, qualityReport, suggestMapping, type RuleEvaluator } from '../shared/data';
import { compileExpression } from '../shared/expr';
import { restore, type ProcessModel } from '../shared/model';
import { checkRunnable, simulate } from '../shared/sim';
import { validateModel } from '../shared/validate';
import { templateDefinitions } from './catalogue';
import { buildTemplate, type TemplateDefinition } from './kit/buildTemplate';
import { layoutProblems } from './kit/layoutCheck';

const committed = (id: string, file: string) => readFileSync(new URL(`./${id}/${file}`, import.meta.url), 'utf8');

/** FEEL validation rules through shared/expr, as the app checks them. */
const feelRules: RuleEvaluator = (expression, record) => {
  const compiled = compileExpression(expression);
  return compiled.ok ? compiled.expression.isTrue(record) : new Error(compiled.error.message);
};

/** Every number anywhere in a value, with the path to it. */
function numbersIn(value: unknown, path = ''): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => numbersIn(inner, `${path}/${key}`));
}

function loaded(definition: TemplateDefinition) {
  const restored = restore(committed(definition.id, 'map.flow.json'));
  if (!restored.ok) throw new Error(restored.problems.map((p) => p.message).join('; '));
  const model = restored.model;
  const table = parseCsv(committed(definition.id, 'records.csv'));
  return { model, fixes: restored.fixes, table };
}

/** The share of records each gateway flow takes when the first true condition wins and the default takes the rest. */
function routedShares(model: ProcessModel, records: ReadonlyArray<Record<string, unknown>>) {
  const shares: Array<{ flow: string; probability: number; share: number }> = [];
  for (const gateway of model.nodes.filter((n) => n.type === 'exclusiveGateway')) {
    const outgoing = model.flows.filter((f) => f.source === gateway.id);
    if (!outgoing.some((f) => f.condition)) continue;
    const taken = new Map<string, number>(outgoing.map((f) => [f.id, 0]));
    for (const record of records) {
      const chosen =
        outgoing.find((f) => !f.default && isTrue(f.condition ?? '', record)) ?? outgoing.find((f) => f.default);
      if (chosen) taken.set(chosen.id, taken.get(chosen.id)! + 1);
    }
    for (const f of outgoing)
      shares.push({ flow: f.id, probability: f.probability ?? NaN, share: taken.get(f.id)! / records.length });
  }
  return shares;
}

function isTrue(condition: string, record: Record<string, unknown>): boolean {
  const compiled = compileExpression(condition);
  return compiled.ok && compiled.expression.isTrue(record);
}

describe.each(templateDefinitions.map((definition) => [definition.id, definition] as const))(
  'template %s',
  (id, definition) => {
    it('is committed exactly as the generator writes it', () => {
      const built = buildTemplate(definition);
      expect(committed(id, 'map.flow.json')).toBe(built.mapText);
      expect(committed(id, 'records.csv')).toBe(built.csvText);
    });

    it('restores without fixes, has no validation problem and can be simulated', () => {
      const { model, fixes } = loaded(definition);
      expect(fixes).toEqual([]);
      expect(model.id).toBe(id);
      expect(validateModel(model)).toEqual([]);
      expect(checkRunnable(model)).toEqual([]);
    });

    it('simulates 500 cases to a report without NaN or infinity, using every pool', () => {
      const { model } = loaded(definition);
      const report = simulate(model, { cases: 500 });
      expect(numbersIn(report).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
      expect(report.cases.started).toBe(500 * model.simulation.replications);
      expect(report.cases.completed).toBeGreaterThan(0.95 * report.cases.started);
      for (const resource of report.resources) {
        expect(resource.utilization, resource.id).toBeGreaterThan(0.05);
        expect(resource.utilization, resource.id).toBeLessThan(0.95);
      }
    });

    it('has scenarios that apply to the map and change what the simulation reports', () => {
      const { model } = loaded(definition);
      expect(model.scenarios.length).toBeGreaterThan(0);
      const base = simulate(model, { cases: 300, replications: 2 });
      for (const scenario of model.scenarios) {
        const changed = simulate(model, { cases: 300, replications: 2, scenario: scenario.id });
        expect(changed.cycleTime.mean, scenario.id).not.toBe(base.cycleTime.mean);
      }
    });

    it('writes its conditions and required fields in its own field names, and every expression compiles', () => {
      const { model } = loaded(definition);
      const fields = model.data.fields.map((f) => f.name);
      const expressions = [
        ...model.flows.flatMap((f) => (f.condition ? [f.condition] : [])),
        ...model.nodes.flatMap((n) => [n.condition, n.sim?.durationExpression].filter((e): e is string => !!e)),
        ...model.data.fields.flatMap((f) => (f.validation ? [f.validation] : [])),
      ];
      expect(expressions.length).toBeGreaterThan(0);
      for (const expression of expressions) {
        expect(compileExpression(expression).ok, expression).toBe(true);
        const names = expression.replace(/"[^"]*"/g, '').match(/\b[a-z][A-Za-z]*\b/g) ?? [];
        const unknown = names.filter(
          (n) =>
            !fields.includes(n) &&
            !['and', 'or', 'not', 'null', 'true', 'false', 'if', 'then', 'else', 'base'].includes(n),
        );
        expect(unknown, expression).toEqual([]);
      }
      const required = model.nodes.flatMap((n) => n.requiredFields ?? []);
      expect(required.length).toBeGreaterThan(0);
      for (const name of required) expect(fields).toContain(name);
      expect(model.flows.some((f) => f.default)).toBe(true);
    });

    it('has lanes of several kinds, pools with capacities, costs and working hours, and a boundary event', () => {
      const { model } = loaded(definition);
      expect(model.lanes.length).toBeGreaterThanOrEqual(3);
      expect(new Set(model.lanes.map((lane) => lane.kind)).size).toBeGreaterThanOrEqual(2);
      expect(model.simulation.resources.length).toBeGreaterThanOrEqual(2);
      const calendars = model.simulation.calendars.map((c) => c.id);
      for (const resource of model.simulation.resources) {
        expect(calendars, resource.id).toContain(resource.calendar);
        expect(resource.capacity * resource.costPerHour, resource.id).toBeGreaterThan(0);
      }
      expect(model.simulation.arrivals.calendar).toBe('office');
      expect(model.nodes.some((n) => n.type === 'boundaryEvent')).toBe(true);
      for (const node of model.nodes.filter((n) => n.type === 'task'))
        expect(node.sim?.duration, node.id).toBeDefined();
    });

    it('is laid out left to right inside its lanes, with no overlapping shapes or names', () => {
      const { model } = loaded(definition);
      expect(layoutProblems(model)).toEqual([]);
    });

    it('has 200 to 2,000 records, 2 to 5 % of them messy on purpose, typed as the fields are declared', () => {
      const { model, table } = loaded(definition);
      const { planted } = buildTemplate(definition);
      expect(table.rows.length).toBeGreaterThanOrEqual(200);
      expect(table.rows.length).toBeLessThanOrEqual(2000);
      expect(planted.length / table.rows.length).toBeGreaterThanOrEqual(0.02);
      expect(planted.length / table.rows.length).toBeLessThanOrEqual(0.05);
      expect(new Set(planted.map((p) => p.kind)).size).toBeGreaterThanOrEqual(6);
      expect(table.columns).toEqual(model.data.fields.map((f) => f.name));
      const inferred = new Map(inferColumns(table).map((profile) => [profile.column, profile]));
      for (const field of model.data.fields)
        expect(`${field.name}: ${inferred.get(field.name)!.type}`).toBe(`${field.name}: ${field.type}`);
    });

    it('has a quality report that finds exactly the planted mistakes, row by row', () => {
      const { model, table } = loaded(definition);
      const { planted } = buildTemplate(definition);
      const mapping = { ...suggestMapping(table, model.data.fields), keyColumn: definition.records.keyColumn };
      const report = qualityReport(table, model.data.fields, mapping, { evaluateRule: feelRules });
      const found = report.findings.map((f) => `row ${f.row}: ${f.kind} ${f.field ?? ''}`.trim());
      expect(found).toEqual(planted.map((p) => `row ${p.row}: ${p.kind} ${p.field ?? ''}`.trim()));
      expect(report.rowsWithFindings).toBe(planted.length);
    });

    it('reads every clean record with its arrival time, in file order', () => {
      const { model, table } = loaded(definition);
      const { planted } = buildTemplate(definition);
      const mapping = {
        ...suggestMapping(table, model.data.fields),
        keyColumn: definition.records.keyColumn,
        arrivalColumn: definition.records.arrivalColumn,
      };
      const { records, emptyRows } = mapColumns(table, model.data.fields, mapping);
      const messy = new Set(planted.map((p) => p.row));
      const clean = records.filter((r) => !messy.has(r.row));
      expect(emptyRows).toEqual(planted.filter((p) => p.kind === 'empty-row').map((p) => p.row));
      expect(clean.every((r) => r.arrival !== null && r.key !== null)).toBe(true);
      const arrivals = clean.map((r) => r.arrival!);
      expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b));
    });

    it('routes the clean records in about the proportions its probabilities give cases without data', () => {
      const { model, table } = loaded(definition);
      const { planted } = buildTemplate(definition);
      const messy = new Set(planted.map((p) => p.row));
      const records = mapColumns(table, model.data.fields)
        .records.filter((r) => !messy.has(r.row))
        .map((r) => r.values);
      const shares = routedShares(model, records);
      expect(shares.length).toBeGreaterThan(0);
      for (const { flow, probability, share } of shares) expect(Math.abs(share - probability), flow).toBeLessThan(0.06);
    });
  },
);

describe('the templates folder', () => {
  it('draws the customer or the supplier as an external lane where the process has one', () => {
    const withExternal = templateDefinitions.filter((d) => d.model.lanes?.some((lane) => lane.kind === 'external'));
    expect(withExternal.map((d) => d.id)).toEqual([
      'purchase-approval',
      'customer-onboarding',
      'invoice-exceptions',
      'support-escalation',
      'claims-triage',
    ]);
  });

  it('has a definition and a line in README.md for every template folder, and nothing else', () => {
    const folders = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(templateDefinitions.map((d) => d.id).sort());
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const definition of templateDefinitions)
      expect(readme).toContain(`[${definition.model.name}](${definition.id}/)`);
  });
});
