import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../utils/settings';

const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('documents every policy key with its default', () => {
    for (const key of SETTING_KEYS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
      expect(row, key).toBeDefined();
      const value = DEFAULT_SETTINGS[key];
      if (typeof value === 'number' || typeof value === 'boolean') expect(row).toContain(`\`${value}\``);
    }
  });

  it('names the extension ID the build uses', () => {
    expect(readme).toContain('encfpbmniimnjhamoljjcfeeaggkjpnh');
  });
});
