// Prints a benchmark table and keeps the figures in test-output/bench/ for comparison with later runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/browser.mjs';

export function report(title: string, rows: [string, string, string][]): void {
  const width = Math.max(...rows.map(([name]) => name.length), 10);
  const valueWidth = Math.max(...rows.map(([, value]) => value.length), 10);
  const lines = [`\n${title}`, `${'measure'.padEnd(width)}  ${'result'.padEnd(valueWidth)}  target`, `${'-'.repeat(width)}  ${'-'.repeat(valueWidth)}  ------`];
  for (const [name, value, target] of rows) lines.push(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}`);
  console.log(lines.join('\n'));
  const dir = join(ROOT, 'test-output/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${title.toLowerCase().replace(/\W+/g, '-')}.json`), JSON.stringify(rows, null, 2));
}
