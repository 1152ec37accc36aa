// Case data must load 100,000 rows without the app freezing: time parse, inference, mapping and the quality report
// on a generated 100,000-row CSV (with quoted fields and a few broken rows), and print rows per second.
import { compileExpression, type CompiledExpression } from '../../shared/expr';
import {
  inferColumns,
  mapColumns,
  parseCsv,
  qualityReport,
  suggestFields,
  suggestMapping,
  type RuleEvaluator,
} from '../../shared/data';
import type { DataField } from '../../shared/model';

const rowCount = 100_000;

/** A deterministic generator (no ambient randomness): a 32-bit linear congruential sequence. */
function sequence(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n); // the high bits: the low ones of such a sequence repeat quickly
  };
}

function generatedCsv(rows: number): string {
  const next = sequence(7);
  const names = ['Ana Costa', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eva Novak', 'Femi Ade'];
  const tiers = ['gold', 'silver', 'bronze'];
  const lines = ['Request ID,Requester,Cost Center,Amount,Submitted,Urgent,Tier,Notes'];
  for (let i = 1; i <= rows; i++) {
    const amount = `${next(20000)}.${String(next(100)).padStart(2, '0')}`;
    const date = `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    const note = next(10) === 0 ? '"laptop, dock and ""4K"" monitor"' : 'standard order';
    const broken = next(1000) === 0;
    lines.push(
      [
        `PR-${i}`,
        names[next(names.length)],
        broken ? '' : `CC-${100 + next(20)}`,
        broken ? 'n/a' : amount,
        date,
        next(2) ? 'yes' : 'no',
        tiers[next(3)],
        note,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

function feelRules(): RuleEvaluator {
  const compiled = new Map<string, CompiledExpression>();
  return (expression, record) => {
    let rule = compiled.get(expression);
    if (!rule) {
      const result = compileExpression(expression);
      if (!result.ok) return new Error(result.error.message);
      compiled.set(expression, (rule = result.expression));
    }
    return rule.isTrue(record);
  };
}

function timed<T>(label: string, rows: number, run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round((rows / ms) * 1000)
      .toLocaleString('en-US')
      .padStart(11)} rows/s`,
  );
  return { result, ms };
}

const text = generatedCsv(rowCount);
const bytes = new TextEncoder().encode(text);
console.log(`generated ${rowCount.toLocaleString('en-US')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);
parseCsv(text.slice(0, 200_000)); // warm up the JIT on a small slice

const parsed = timed('parse (bytes, encoding + delimiter)', rowCount, () => parseCsv(bytes));
const inferred = timed('infer column types', rowCount, () => inferColumns(parsed.result));
const fields: DataField[] = suggestFields(inferred.result).map((field) =>
  field.name === 'amount'
    ? { ...field, required: true, validation: 'amount > 0' }
    : field.name === 'costCenter'
      ? { ...field, required: true }
      : field,
);
const mapping = suggestMapping(parsed.result, fields, inferred.result);
const mapped = timed('map to typed records', rowCount, () => mapColumns(parsed.result, fields, mapping));
const report = timed('quality report', rowCount, () => qualityReport(parsed.result, fields, mapping));
const withRules = timed('quality report + FEEL rules', rowCount, () =>
  qualityReport(parsed.result, fields, mapping, { evaluateRule: feelRules() }),
);
const total = parsed.ms + inferred.ms + report.ms;
console.log(
  `${'parse + infer + quality report'.padEnd(34)} ${total.toFixed(0).padStart(6)} ms  ${Math.round(
    (rowCount / total) * 1000,
  )
    .toLocaleString('en-US')
    .padStart(11)} rows/s`,
);
console.log(
  `records ${mapped.result.records.length}, findings ${report.result.findings.length} (${JSON.stringify(report.result.counts)}), with rules ${withRules.result.findings.length}`,
);
if (mapped.result.records.length !== rowCount || report.result.rows !== rowCount) throw new Error('rows were lost');
