// `npm test`: typecheck, lint, format, unit tests, end-to-end tests; ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const only = process.argv.slice(2); // e.g. `npm test -- unit` runs just that step
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('test/output', { recursive: true });

function run(name, command, args) {
  if (only.length && !only.includes(name)) return null;
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: 'inherit', shell: false });
  console.log(`  ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return child.status ?? 1;
}

function check(name, command, args) {
  const status = run(name, command, args);
  if (status === null) return;
  if (status === 0) results.passed++;
  else {
    results.failed++;
    failures.push(name);
  }
}

function suite(name, project) {
  const report = `test/output/${name}.json`;
  const status = run(name, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (status === null) return;
  if (!existsSync(report)) {
    results.failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
  if (json.numFailedTests > 0 || status !== 0) failures.push(name);
  if (status !== 0 && json.numFailedTests === 0) results.failed++; // a suite that failed to load still fails the run
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.', '--log-level=warn']);
suite('unit', 'unit');
suite('e2e', 'e2e');

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(
  `\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`,
);
process.exit(results.failed ? 1 : 0);
