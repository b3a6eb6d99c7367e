// Cost of judging one keystroke in a new-password field: the rule (in the page) and the strength estimate (in the
// background), for passwords of 8 to 64 characters; and what the estimator would add to every page.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { checkPasswordRule } from '../../utils/detectors/password-rule';
import { estimateStrength, organisationWords } from '../../utils/password-strength';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { ROOT } from '../support/browser.mjs';
import { report } from './report';

const rows: [string, string, string, number?][] = [];
afterAll(() => report('Passwords', rows));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function passwordOf(length: number, seed: number): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%-_';
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[(seed * 31 + i * 17 + ((seed >> 3) ^ i)) % alphabet.length];
  return text;
}

it('time per keystroke', () => {
  const words = organisationWords(DEFAULT_SETTINGS.officialEmailDomains);
  for (const length of [8, 16, 32, 64]) {
    const rule: number[] = [];
    const estimate: number[] = [];
    for (let sample = 0; sample < 200; sample++) {
      const password = passwordOf(length, sample);
      let start = performance.now();
      checkPasswordRule(password, DEFAULT_SETTINGS.passwordRule);
      rule.push(performance.now() - start);
      start = performance.now();
      estimateStrength(password, 'vi', words);
      estimate.push(performance.now() - start);
    }
    rule.sort((a, b) => a - b);
    estimate.sort((a, b) => a - b);
    rows.push([`${length} chars: rule check (page)`, `median ${percentile(rule, 50).toFixed(3)} ms, p99 ${percentile(rule, 99).toFixed(3)} ms`, 'p99 < 2 ms', percentile(rule, 99)]);
    rows.push([`${length} chars: strength estimate (background)`, `median ${percentile(estimate, 50).toFixed(2)} ms, p99 ${percentile(estimate, 99).toFixed(2)} ms`, 'p99 < 16 ms', percentile(estimate, 99)]);
  }
});

it('content-script size with and without the estimator', () => {
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  const sizes = readdirSync(dir).filter((file) => file.endsWith('.js')).map((file) => [file, statSync(join(dir, file)).size] as const);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const zxcvbn = statSync(join(ROOT, 'node_modules/zxcvbn/dist/zxcvbn.js')).size;
  for (const [file, size] of sizes) rows.push([`content script ${file}`, `${(size / 1024).toFixed(1)} KB`, '']);
  rows.push(['content scripts in all (estimator in the background)', `${(total / 1024).toFixed(1)} KB`, 'target < 40 KB', total / 1024]);
  rows.push(['the same with zxcvbn in the page', `${((total + zxcvbn) / 1024).toFixed(1)} KB`, '']);
});
