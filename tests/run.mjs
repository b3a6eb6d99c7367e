// `npm test`: builds the extension, type-checks, runs the unit tests and the browser tests, and ends with one line
// "N passed, N failed" (", N skipped" when some were skipped) over both suites. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/browser.mjs';

const only = process.argv[2]; // "unit" or "e2e" to run one suite
const outDir = join(ROOT, 'test-output');
mkdirSync(outDir, { recursive: true });
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const run = (command, args) => spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;

let failedSteps = 0;
if (only !== 'unit') {
  for (const [label, args] of [['build (chrome)', ['build']], ['build (firefox)', ['build', '-b', 'firefox']]]) {
    console.log(`\n> ${label}`);
    if (run(bin('wxt'), args) !== 0) failedSteps++;
  }
}
console.log('\n> type-check');
if (run(bin('tsc'), ['--noEmit']) !== 0) failedSteps++;

const suites = [
  ['unit', ['run']],
  ['e2e', ['run', '--config', 'tests/e2e/vitest.config.ts']],
].filter(([name]) => !only || only === name);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, args] of suites) {
  console.log(`\n> ${name} tests`);
  const report = join(outDir, `${name}-results.json`);
  rmSync(report, { force: true });
  const status = run(bin('vitest'), [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    skipped += results.numPendingTests + (results.numTodoTests ?? 0);
    // a file that fails to load has no tests counted: count it as a failure
    if (status !== 0 && results.numFailedTests === 0) failed++;
  } catch {
    console.error(`No results from the ${name} tests (exit ${status}).`);
    failed++;
  }
}
if (failedSteps) console.error(`${failedSteps} build or type-check step(s) failed.`);
console.log(`\n${passed} passed, ${failed + failedSteps} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed + failedSteps > 0 ? 1 : 0);
