// The deployment templates in deploy/ are generated from the settings spec; this test fails when they drift.
// Regenerate with `npm run templates`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, EXAMPLE_SETTINGS, FIREFOX_EXTENSION_ID, allTemplates } from '../../utils/policy-templates';
import { buildManagedSchema, resolveSettings } from '../../utils/settings';

const DEPLOY = resolve(__dirname, '../../deploy');
const templates = allTemplates();

if (process.env.UPDATE_TEMPLATES) {
  for (const [name, text] of Object.entries(templates)) {
    mkdirSync(dirname(resolve(DEPLOY, name)), { recursive: true });
    writeFileSync(resolve(DEPLOY, name), text);
  }
}

function accepted(settings: unknown) {
  const state = resolveSettings(settings, undefined);
  expect(state.rejected).toEqual([]);
  return state;
}

describe('deployment templates', () => {
  it.each(Object.keys(templates))('deploy/%s is up to date', (name) => {
    expect(readFileSync(resolve(DEPLOY, name), 'utf8')).toBe(templates[name]);
  });

  it('set only keys of the managed schema, with values the settings module accepts', () => {
    const keys = Object.keys((buildManagedSchema() as { properties: object }).properties);
    for (const key of Object.keys(EXAMPLE_SETTINGS)) expect(keys).toContain(key);
    expect(accepted(EXAMPLE_SETTINGS).managed).toBe(true);
  });

  it('Linux JSON: extension settings under 3rdparty, browser policies that strengthen the protection', () => {
    for (const name of ['linux/chrome-attt-guard.json', 'linux/edge-attt-guard.json']) {
      const policy = JSON.parse(templates[name]);
      expect(accepted(policy['3rdparty'].extensions[CHROME_EXTENSION_ID]).settings.allowUserOverride).toBe(false);
      expect(policy.PasswordManagerEnabled).toBe(false);
      expect(policy.ExtensionSettings[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
    }
    const chrome = JSON.parse(templates['linux/chrome-attt-guard.json']);
    expect(chrome).toMatchObject({ IncognitoModeAvailability: 1, PasswordProtectionWarningTrigger: 1, ExtensionSettings: { [CHROME_EXTENSION_ID]: { toolbar_pin: 'force_pinned' } } });
    expect(JSON.parse(templates['linux/edge-attt-guard.json']).InPrivateModeAvailability).toBe(1);
  });

  it('Windows .reg: the same settings, read back from the registry layout', () => {
    const reg = templates['windows/chrome-attt-guard.reg'];
    expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    const section = reg.split(`[HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy]\r\n`)[1];
    const settings: Record<string, unknown> = {};
    for (const line of section.trim().split('\r\n')) {
      const [, name, value] = /^"([^"]+)"=(.*)$/.exec(line)!;
      if (value.startsWith('dword:')) {
        const number = parseInt(value.slice(6), 16);
        settings[name] = typeof EXAMPLE_SETTINGS[name as keyof typeof EXAMPLE_SETTINGS] === 'boolean' ? number === 1 : number;
      } else {
        const text = JSON.parse(value) as string; // a .reg string is a JSON-compatible quoted string
        settings[name] = /^[[{]/.test(text) ? JSON.parse(text) : text;
      }
    }
    expect(accepted(settings).settings).toMatchObject(EXAMPLE_SETTINGS);
    expect(reg).toContain('[HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\PasswordProtectionLoginURLs]');
  });

  it('macOS profile and Firefox policies carry the settings too', () => {
    const profile = templates['macos/attt-guard.mobileconfig'];
    expect(profile).toContain(`<string>com.google.Chrome.extensions.${CHROME_EXTENSION_ID}</string>`);
    expect(profile).toContain('<key>PasswordManagerEnabled</key>\n      <false/>');
    const firefox = JSON.parse(templates['firefox/policies.json']).policies;
    expect(accepted(firefox['3rdparty'].Extensions[FIREFOX_EXTENSION_ID]).managed).toBe(true);
    expect(firefox).toMatchObject({ OfferToSaveLogins: false, DisablePrivateBrowsing: true });
  });
});
