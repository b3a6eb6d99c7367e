import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS, buildManagedSchema, checkUserValue, isUserEditable, resolveSettings } from '../../utils/settings';

describe('resolveSettings', () => {
  it('uses safe defaults without policy or user choices', () => {
    const state = resolveSettings(undefined, undefined);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.rejected).toEqual([]);
    expect(state.managed).toBe(false);
    expect(new Set(Object.values(state.sources))).toEqual(new Set(['default']));
    expect(state.settings.officialEmailDomains).toEqual(['quangngai.gov.vn', 'quangngai.edu.vn']);
    expect(state.settings.passwordRule.minLength).toBe(8);
    expect(state.settings.logRetentionDays).toBe(180);
    expect(state.settings.restrictedSites).toEqual(expect.arrayContaining(['facebook.com', 'zalo.me', 'voz.vn']));
  });

  it('applies valid policy values, normalised, and marks them as policy', () => {
    const state = resolveSettings(
      { officialEmailDomains: ['BinhDinh.Gov.VN '], linkWarnings: 'block', logRetentionDays: 30, blockedHosts: ['1.2.3.4', 'Evil.COM', '10.0.0.0/8'] },
      {},
    );
    expect(state.settings.officialEmailDomains).toEqual(['binhdinh.gov.vn']);
    expect(state.settings.linkWarnings).toBe('block');
    expect(state.settings.logRetentionDays).toBe(30);
    expect(state.settings.blockedHosts).toEqual(['1.2.3.4', 'evil.com', '10.0.0.0/8']);
    expect(state.sources.linkWarnings).toBe('policy');
    expect(state.sources.emailProtection).toBe('default');
    expect(state.managed).toBe(true);
    expect(state.rejected).toEqual([]);
  });

  it('falls back to the default for each malformed value and says why', () => {
    const state = resolveSettings(
      {
        linkWarnings: 'sometimes',
        emailProtection: 3,
        logRetentionDays: -5,
        disablePasswordSaving: 'yes',
        reportUrl: 'ftp://collector',
        officialSites: 'gov.vn',
        blokedHosts: ['typo.example'],
      },
      undefined,
    );
    expect(state.settings.linkWarnings).toBe(DEFAULT_SETTINGS.linkWarnings);
    expect(state.settings.emailProtection).toBe(DEFAULT_SETTINGS.emailProtection);
    expect(state.settings.logRetentionDays).toBe(180);
    expect(state.settings.disablePasswordSaving).toBe(true);
    expect(state.settings.reportUrl).toBe('');
    expect(state.settings.officialSites).toEqual(DEFAULT_SETTINGS.officialSites);
    expect(state.rejected.map((r) => [r.key, r.reason])).toEqual([
      ['linkWarnings', 'notAllowed'],
      ['emailProtection', 'wrongType'],
      ['logRetentionDays', 'outOfRange'],
      ['disablePasswordSaving', 'wrongType'],
      ['reportUrl', 'badUrl'],
      ['officialSites', 'wrongType'],
      ['blokedHosts', 'unknownKey'],
    ]);
    expect(Object.values(state.sources).every((source) => source === 'default')).toBe(true);
  });

  it('keeps the good entries of a list and reports each bad one', () => {
    const state = resolveSettings({ blockedHosts: ['203.0.113.5', '10.0.0.0/33', 'bad host', 42, 'c2.example.net'] }, undefined);
    expect(state.settings.blockedHosts).toEqual(['203.0.113.5', 'c2.example.net']);
    expect(state.rejected).toEqual([
      { key: 'blockedHosts', source: 'policy', value: '10.0.0.0/33', reason: 'badCidr' },
      { key: 'blockedHosts', source: 'policy', value: 'bad host', reason: 'badHost' },
      { key: 'blockedHosts', source: 'policy', value: '42', reason: 'wrongType' },
    ]);
  });

  it('keeps the default list when every entry is wrong, instead of switching protection off', () => {
    const state = resolveSettings({ officialEmailDomains: ['quangngai,gov.vn'] }, undefined);
    expect(state.settings.officialEmailDomains).toEqual(DEFAULT_SETTINGS.officialEmailDomains);
    expect(state.rejected.map((r) => r.reason)).toEqual(['badDomain', 'emptyList']);
  });

  it('checks each part of the password rule on its own', () => {
    const state = resolveSettings({ passwordRule: { minLength: 4, requireSymbol: false, minScore: 2, colour: 'red' } }, undefined);
    expect(state.settings.passwordRule).toEqual({ ...DEFAULT_SETTINGS.passwordRule, requireSymbol: false, minScore: 2 });
    expect(state.rejected.map((r) => [r.key, r.reason])).toEqual([
      ['passwordRule.minLength', 'outOfRange'],
      ['passwordRule.colour', 'unknownKey'],
    ]);
  });

  it('never throws on any input', () => {
    for (const junk of [null, 0, 'x', [], [1, 2], { officialSites: null }, { passwordRule: [] }, { blockedHosts: [null, {}, []] }]) {
      expect(() => resolveSettings(junk, junk)).not.toThrow();
    }
  });

  it('lets the user choose where policy does not decide, and locks what policy sets', () => {
    const state = resolveSettings({ emailProtection: 'block' }, { emailProtection: 'off', linkWarnings: 'block', language: 'en' });
    expect(state.settings.emailProtection).toBe('block');
    expect(state.sources.emailProtection).toBe('policy');
    expect(state.settings.linkWarnings).toBe('block');
    expect(state.sources.linkWarnings).toBe('user');
    expect(state.settings.language).toBe('en');
    expect(isUserEditable(state, 'emailProtection')).toBe(false);
    expect(isUserEditable(state, 'linkWarnings')).toBe(true);
  });

  it('ignores user choices other than the language when policy forbids overrides', () => {
    const state = resolveSettings({ allowUserOverride: false }, { emailProtection: 'off', language: 'en' });
    expect(state.settings.emailProtection).toBe('block');
    expect(state.sources.emailProtection).toBe('default');
    expect(state.settings.language).toBe('en');
    expect(isUserEditable(state, 'emailProtection')).toBe(false);
    expect(isUserEditable(state, 'language')).toBe(true);
  });
});

describe('checkUserValue', () => {
  it('accepts canonical values and refuses bad ones with a reason', () => {
    expect(checkUserValue('trustedLinkDomains', ['Example.org'])).toEqual({ value: ['example.org'] });
    expect(checkUserValue('trustedLinkDomains', ['example.org', 'bad domain'])).toEqual({ reason: 'badDomain' });
    expect(checkUserValue('logRetentionDays', 0)).toEqual({ reason: 'outOfRange' });
    expect(checkUserValue('language', 'fr')).toEqual({ reason: 'notAllowed' });
  });
});

describe('managed schema', () => {
  it('declares exactly the settings keys with matching enums and ranges', () => {
    const schema = buildManagedSchema() as { type: string; properties: Record<string, { type: string; enum?: string[]; minimum?: number; maximum?: number }> };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_KEYS].sort());
    for (const key of SETTING_KEYS) {
      const property = schema.properties[key];
      const value = DEFAULT_SETTINGS[key];
      const expectedType = Array.isArray(value) ? 'array' : typeof value === 'number' ? 'integer' : typeof value;
      expect(property.type, key).toBe(expectedType);
      // the default itself passes the module's own check
      expect(resolveSettings({ [key]: value }, undefined).rejected, key).toEqual([]);
      // every enum value the schema allows is accepted, and nothing else
      for (const allowed of property.enum ?? []) expect(checkUserValue(key, allowed), `${key}=${allowed}`).toEqual({ value: allowed });
      if (property.minimum !== undefined) {
        expect(checkUserValue(key, property.minimum)).toEqual({ value: property.minimum });
        expect(checkUserValue(key, property.minimum - 1)).toEqual({ reason: 'outOfRange' });
        expect(checkUserValue(key, property.maximum)).toEqual({ value: property.maximum });
        expect(checkUserValue(key, property.maximum! + 1)).toEqual({ reason: 'outOfRange' });
      }
    }
  });
});
