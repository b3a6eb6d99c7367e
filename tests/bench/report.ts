// Prints a benchmark table. Figures with a number are compared with tests/bench/baseline.json (the previous
// commit's run on the same kind of machine) as ratios, since machines differ; BENCH_UPDATE_BASELINE=1 rewrites it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser.mjs';

const BASELINE = join(ROOT, 'tests/bench/baseline.json');

export function report(title: string, rows: [string, string, string, number?][]): void {
  const baseline: Record<string, Record<string, number>> = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
  const before = baseline[title] ?? {};
  const width = Math.max(...rows.map(([name]) => name.length), 10);
  const valueWidth = Math.max(...rows.map(([, value]) => value.length), 10);
  const lines = [`\n${title}`, `${'measure'.padEnd(width)}  ${'result'.padEnd(valueWidth)}  ${'vs baseline'.padEnd(11)}  target`];
  lines.push(`${'-'.repeat(width)}  ${'-'.repeat(valueWidth)}  -----------  ------`);
  for (const [name, value, target, number] of rows) {
    const ratio = number !== undefined && before[name] ? `x${(number / before[name]).toFixed(2)}` : '';
    lines.push(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${ratio.padEnd(11)}  ${target}`);
  }
  console.log(lines.join('\n'));
  const dir = join(ROOT, 'test-output/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${title.toLowerCase().replace(/\W+/g, '-')}.json`), JSON.stringify(rows, null, 2));
  if (process.env.BENCH_UPDATE_BASELINE) {
    const latest: Record<string, Record<string, number>> = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
    latest[title] = Object.fromEntries(rows.filter((row) => row[3] !== undefined).map((row) => [row[0], row[3] as number]));
    writeFileSync(BASELINE, `${JSON.stringify(latest, null, 2)}\n`);
  }
}
