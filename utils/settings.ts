// The one settings module: typed defaults, then the administrator's policy (storage.managed), then the user's own
// choices where policy allows them. Everything here is pure, so it is tested without a browser; the background
// reads the two sources and stores the result (see settings-store.ts).
//
// The spec below is the single source of truth: the managed_schema.json shipped in the extension and the policy
// templates are generated from it, so what the schema accepts and what this module accepts cannot drift apart.
import { normalizeDomain } from './domains';
import { parseHostEntry } from './host-list';

export type Protection = 'block' | 'warn' | 'off';
export type Language = 'vi' | 'en';
/** Where a new password that fails the rule is blocked: on official sites only (warned elsewhere), everywhere, or nowhere. */
export type PasswordEnforcement = 'official' | 'everywhere' | 'warn';

export interface PasswordRule {
  minLength: number;
  requireUpper: boolean;
  requireLower: boolean;
  requireDigit: boolean;
  requireSymbol: boolean;
  /** Minimum zxcvbn score (0-4) for a new password. */
  minScore: number;
}

export interface Settings {
  officialEmailDomains: string[];
  officialSites: string[];
  restrictedSites: string[];
  blockedHosts: string[];
  blockedHostsUrl: string;
  trustedLinkDomains: string[];
  messagingSites: string[];
  abusedTlds: string[];
  passwordRule: PasswordRule;
  passwordEnforcement: PasswordEnforcement;
  disablePasswordSaving: boolean;
  linkWarnings: Protection;
  emailProtection: Protection;
  allowUserOverride: boolean;
  reportUrl: string;
  deviceLabel: string;
  supportContact: string;
  logRetentionDays: number;
  allowLogClear: boolean;
  logFullAddresses: boolean;
  language: Language;
}

export type SettingKey = keyof Settings;
export type SettingSource = 'default' | 'policy' | 'user';

export type RejectionReason =
  | 'unknownKey'
  | 'wrongType'
  | 'badDomain'
  | 'badHost'
  | 'badCidr'
  | 'badTld'
  | 'badUrl'
  | 'notAllowed'
  | 'outOfRange'
  | 'tooLong'
  | 'emptyList';

export interface Rejection {
  /** Setting name, with the sub-key for objects (`passwordRule.minLength`). */
  key: string;
  source: 'policy' | 'user';
  /** The offending value, shortened for display. */
  value: string;
  reason: RejectionReason;
}

export interface SettingsState {
  settings: Settings;
  sources: Record<SettingKey, SettingSource>;
  rejected: Rejection[];
  /** True when the administrator's policy set at least one valid value. */
  managed: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Defaults

/** Social networks, forums and other public sites where the official e-mail must not be used to sign up. */
const DEFAULT_RESTRICTED_SITES = [
  // international social networks and messaging
  'facebook.com', 'messenger.com', 'instagram.com', 'threads.net', 'tiktok.com', 'twitter.com', 'x.com',
  'linkedin.com', 'pinterest.com', 'reddit.com', 'tumblr.com', 'quora.com', 'discord.com', 'telegram.org',
  'youtube.com', 'twitch.tv', 'snapchat.com', 'vk.com', 'weibo.com', 'medium.com', 'bsky.app',
  // Vietnamese social networks, forums and public sites
  'zalo.me', 'lotus.vn', 'gapo.vn', 'voz.vn', 'tinhte.vn', 'webtretho.com', 'otofun.net', 'vozforums.com',
  'spiderum.com', 'viblo.asia', 'kenh14.vn', 'vnexpress.net', 'dantri.com.vn', 'tuoitre.vn', 'thanhnien.vn',
  'baomoi.com', 'shopee.vn', 'lazada.vn', 'tiki.vn', 'sendo.vn', 'chotot.com', 'nhaccuatui.com', 'zingmp3.vn',
];

/** Webmail and chat web apps: where "links of unknown origin" arrive, so every untrusted external link is checked. */
const DEFAULT_MESSAGING_SITES = [
  'chat.zalo.me', 'messenger.com', 'mail.google.com', 'outlook.live.com', 'outlook.office.com',
  'outlook.office365.com', 'web.telegram.org', 'mail.quangngai.gov.vn', 'mail.quangngai.edu.vn',
];

/** Top-level domains heavily used for abuse (see the Spamhaus and Interisle reports); configurable. */
const DEFAULT_ABUSED_TLDS = [
  'xyz', 'top', 'click', 'icu', 'cyou', 'buzz', 'sbs', 'cfd', 'rest', 'lol', 'quest', 'monster', 'bond', 'zip',
  'mov', 'tk', 'ml', 'ga', 'cf', 'gq', 'work', 'support', 'cam', 'shop', 'online', 'site', 'live', 'fun',
];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  officialEmailDomains: ['quangngai.gov.vn', 'quangngai.edu.vn'],
  // The provincial education domain is added so that staff can sign in to their own school mail and portals.
  officialSites: ['gov.vn', 'quangngai.edu.vn'],
  restrictedSites: DEFAULT_RESTRICTED_SITES,
  blockedHosts: [],
  blockedHostsUrl: '',
  trustedLinkDomains: [],
  messagingSites: DEFAULT_MESSAGING_SITES,
  abusedTlds: DEFAULT_ABUSED_TLDS,
  passwordRule: {
    minLength: 8,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireSymbol: true,
    minScore: 3,
  },
  passwordEnforcement: 'official',
  disablePasswordSaving: true,
  linkWarnings: 'warn',
  emailProtection: 'block',
  allowUserOverride: true,
  reportUrl: '',
  deviceLabel: '',
  supportContact: '',
  logRetentionDays: 180,
  allowLogClear: false,
  logFullAddresses: false,
  language: 'vi',
});

// ---------------------------------------------------------------------------------------------------------------
// Spec: how each key is validated and described (descriptions go into the managed schema for administrators).

type Check<T> = (raw: unknown, report: (reason: RejectionReason, value: unknown, subKey?: string) => void) => T | undefined;

interface FieldSpec<T> {
  title: string;
  description: string;
  schema: Record<string, unknown>;
  check: Check<T>;
}

const MAX_LIST = 200_000;

function listOf(normalize: (item: string) => string | { error: RejectionReason }): Check<string[]> {
  return (raw, report) => {
    if (!Array.isArray(raw)) {
      report('wrongType', raw);
      return undefined;
    }
    if (raw.length > MAX_LIST) {
      report('tooLong', `${raw.length} entries`);
      return undefined;
    }
    const seen = new Set<string>();
    for (const item of raw) {
      if (typeof item !== 'string') {
        report('wrongType', item);
        continue;
      }
      if (!item.trim()) continue;
      const result = normalize(item);
      if (typeof result === 'string') seen.add(result);
      else report(result.error, item);
    }
    // A list whose every entry was wrong would silently switch a protection off: keep the default instead.
    if (seen.size === 0 && raw.some((item) => typeof item === 'string' && item.trim())) {
      report('emptyList', raw);
      return undefined;
    }
    return [...seen];
  };
}

const domainList = listOf((item) => normalizeDomain(item) ?? { error: 'badDomain' });
const hostList = listOf((item) => {
  const entry = parseHostEntry(item);
  return 'error' in entry ? { error: entry.error } : entry.value;
});
const tldList = listOf((item) => {
  const tld = normalizeDomain(`x.${item.trim().replace(/^\*?\./, '')}`);
  return tld && tld.split('.').length === 2 ? tld.slice(2) : { error: 'badTld' };
});

function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (raw, report) => {
    if (typeof raw !== 'string') report('wrongType', raw);
    else if (!values.includes(raw as T)) report('notAllowed', raw);
    else return raw as T;
    return undefined;
  };
}

const bool: Check<boolean> = (raw, report) => {
  if (typeof raw === 'boolean') return raw;
  report('wrongType', raw);
  return undefined;
};

function integer(min: number, max: number): Check<number> {
  return (raw, report) => {
    if (typeof raw !== 'number' || !Number.isInteger(raw)) report('wrongType', raw);
    else if (raw < min || raw > max) report('outOfRange', raw);
    else return raw;
    return undefined;
  };
}

function text(maxLength: number): Check<string> {
  return (raw, report) => {
    if (typeof raw !== 'string') report('wrongType', raw);
    else if (raw.length > maxLength) report('tooLong', raw);
    else return raw.trim();
    return undefined;
  };
}

const webUrl: Check<string> = (raw, report) => {
  if (typeof raw !== 'string') {
    report('wrongType', raw);
    return undefined;
  }
  const value = raw.trim();
  if (value === '') return '';
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  report('badUrl', raw);
  return undefined;
};

const PASSWORD_RULE_LIMITS = { minLength: [8, 64], minScore: [0, 4] } as const;

/** Each sub-key is checked on its own, so one typo does not throw away the rest of the rule. */
const passwordRule: Check<PasswordRule> = (raw, report) => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report('wrongType', raw);
    return undefined;
  }
  const rule: PasswordRule = { ...DEFAULT_SETTINGS.passwordRule };
  for (const [subKey, value] of Object.entries(raw)) {
    const sub = (reason: RejectionReason, bad: unknown) => report(reason, bad, subKey);
    if (subKey === 'minLength' || subKey === 'minScore') {
      const [min, max] = PASSWORD_RULE_LIMITS[subKey];
      const checked = integer(min, max)(value, sub);
      if (checked !== undefined) rule[subKey] = checked;
    } else if (subKey in rule) {
      const checked = bool(value, sub);
      if (checked !== undefined) (rule as unknown as Record<string, boolean>)[subKey] = checked;
    } else {
      sub('unknownKey', value);
    }
  }
  return rule;
};

const domainListSchema = { type: 'array', items: { type: 'string' } };
const protectionSchema = { type: 'string', enum: ['block', 'warn', 'off'] };

export const SETTINGS_SPEC: { [K in SettingKey]: FieldSpec<Settings[K]> } = {
  officialEmailDomains: {
    title: 'Official e-mail domains',
    description: 'Domains of the official e-mail (subdomains included). Addresses in them must not be used to sign up on restricted or sign-up pages.',
    schema: domainListSchema,
    check: domainList,
  },
  officialSites: {
    title: 'Official sites',
    description: 'Sites (and their subdomains) where the official e-mail may be used and whose links are trusted.',
    schema: domainListSchema,
    check: domainList,
  },
  restrictedSites: {
    title: 'Restricted sites',
    description: 'Social networks, forums and public sites where entering the official e-mail is blocked.',
    schema: domainListSchema,
    check: domainList,
  },
  blockedHosts: {
    title: 'Blocked hosts',
    description: 'Botnet and malicious hosts named by the authorities: domain names (subdomains included), IPv4/IPv6 addresses or CIDR ranges.',
    schema: domainListSchema,
    check: hostList,
  },
  blockedHostsUrl: {
    title: 'Blocked hosts list URL',
    description: 'Optional http(s) URL of a plain-text list (one entry a line, # comments) refreshed periodically and added to blockedHosts.',
    schema: { type: 'string' },
    check: webUrl,
  },
  trustedLinkDomains: {
    title: 'Trusted link domains',
    description: 'Extra domains whose links never show a warning (added to the built-in list of well-known sites).',
    schema: domainListSchema,
    check: domainList,
  },
  messagingSites: {
    title: 'Webmail and chat sites',
    description: 'Webmail and chat web apps where every untrusted external link shows the warning page.',
    schema: domainListSchema,
    check: domainList,
  },
  abusedTlds: {
    title: 'Abused top-level domains',
    description: 'Top-level domains treated as suspicious in links (without the dot, e.g. "xyz").',
    schema: domainListSchema,
    check: tldList,
  },
  passwordRule: {
    title: 'Password rule',
    description: 'Minimum rule for new passwords: length (8-64), character classes, and minimum zxcvbn score (0-4).',
    schema: {
      type: 'object',
      properties: {
        minLength: { type: 'integer', minimum: 8, maximum: 64 },
        requireUpper: { type: 'boolean' },
        requireLower: { type: 'boolean' },
        requireDigit: { type: 'boolean' },
        requireSymbol: { type: 'boolean' },
        minScore: { type: 'integer', minimum: 0, maximum: 4 },
      },
    },
    check: passwordRule,
  },
  passwordEnforcement: {
    title: 'Weak new passwords',
    description: 'official: a new password that fails the rule is blocked on official sites and warned elsewhere; everywhere: blocked on every site; warn: only warned.',
    schema: { type: 'string', enum: ['official', 'everywhere', 'warn'] },
    check: oneOf(['official', 'everywhere', 'warn']),
  },
  disablePasswordSaving: {
    title: 'Turn off browser password saving',
    description: 'Keep the browser from offering to save passwords.',
    schema: { type: 'boolean' },
    check: bool,
  },
  linkWarnings: {
    title: 'Suspicious links',
    description: 'block: warning page without "Continue"; warn: warning page with "Continue"; off: no link warnings (blocked hosts stay blocked).',
    schema: protectionSchema,
    check: oneOf(['block', 'warn', 'off']),
  },
  emailProtection: {
    title: 'Official e-mail protection',
    description: 'block: stop sign-up submissions that carry the official e-mail; warn: warn only; off: disabled.',
    schema: protectionSchema,
    check: oneOf(['block', 'warn', 'off']),
  },
  allowUserOverride: {
    title: 'Allow users to change settings',
    description: 'When false, users can change only the language; settings set by policy are always locked.',
    schema: { type: 'boolean' },
    check: bool,
  },
  reportUrl: {
    title: 'Report URL',
    description: 'Optional http(s) URL that receives audit events as JSON batches.',
    schema: { type: 'string' },
    check: webUrl,
  },
  deviceLabel: {
    title: 'Device label',
    description: 'Optional label (device or user) sent with reports.',
    schema: { type: 'string' },
    check: text(200),
  },
  supportContact: {
    title: 'Support contact',
    description: 'Whom staff should contact about a security problem (name, phone, e-mail).',
    schema: { type: 'string' },
    check: text(500),
  },
  logRetentionDays: {
    title: 'Log retention (days)',
    description: 'How long audit events are kept on the device (1-3650).',
    schema: { type: 'integer', minimum: 1, maximum: 3650 },
    check: integer(1, 3650),
  },
  allowLogClear: {
    title: 'Users may clear the audit log',
    description: 'When true, the options page offers to clear the local audit log (events already reported stay with the collector).',
    schema: { type: 'boolean' },
    check: bool,
  },
  logFullAddresses: {
    title: 'Log full e-mail addresses',
    description: 'When true, e-mail events keep the full official address; by default only a masked form (n***@domain).',
    schema: { type: 'boolean' },
    check: bool,
  },
  language: {
    title: 'Language',
    description: 'Language of the extension: vi (Vietnamese) or en (English).',
    schema: { type: 'string', enum: ['vi', 'en'] },
    check: oneOf(['vi', 'en']),
  },
};

export const SETTING_KEYS = Object.keys(SETTINGS_SPEC) as SettingKey[];

/** The JSON schema for `storage.managed_schema`, generated from the spec. */
export function buildManagedSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const { title, description, schema } = SETTINGS_SPEC[key];
    properties[key] = { title, description, ...schema };
  }
  return { type: 'object', properties };
}

// ---------------------------------------------------------------------------------------------------------------
// Merging

function shorten(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validate(source: 'policy' | 'user', raw: unknown, rejected: Rejection[]): Partial<Settings> {
  const valid: Partial<Record<SettingKey, unknown>> = {};
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    rejected.push({ key: '*', source, value: shorten(raw), reason: 'wrongType' });
    return {};
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(SETTINGS_SPEC, key)) { // not "in": "__proto__" or "toString" are not settings
      rejected.push({ key, source, value: shorten(value), reason: 'unknownKey' });
      continue;
    }
    const spec = SETTINGS_SPEC[key as SettingKey] as FieldSpec<unknown>;
    const checked = spec.check(value, (reason, bad, subKey) =>
      rejected.push({ key: subKey ? `${key}.${subKey}` : key, source, value: shorten(bad), reason }),
    );
    if (checked !== undefined) valid[key as SettingKey] = checked;
  }
  return valid as Partial<Settings>;
}

/** Keys a user may change; everything else needs allowUserOverride. */
const ALWAYS_USER_EDITABLE: readonly SettingKey[] = ['language'];

/**
 * Effective settings from the policy (storage.managed) and the user's choices. Never throws: bad values are dropped,
 * the default (or the user's valid choice) stays, and each dropped value is listed with its reason.
 */
export function resolveSettings(policy: unknown, user: unknown): SettingsState {
  const rejected: Rejection[] = [];
  const fromPolicy = validate('policy', policy, rejected);
  const fromUser = validate('user', user, rejected);
  const allowUser = fromPolicy.allowUserOverride ?? DEFAULT_SETTINGS.allowUserOverride;
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  const sources = {} as Record<SettingKey, SettingSource>;
  for (const key of SETTING_KEYS) {
    sources[key] = 'default';
    if (fromPolicy[key] !== undefined) {
      (settings as unknown as Record<string, unknown>)[key] = fromPolicy[key];
      sources[key] = 'policy';
    } else if (fromUser[key] !== undefined && (allowUser || ALWAYS_USER_EDITABLE.includes(key))) {
      (settings as unknown as Record<string, unknown>)[key] = fromUser[key];
      sources[key] = 'user';
    }
  }
  return { settings, sources, rejected, managed: Object.keys(fromPolicy).length > 0 };
}

/** Whether the user may change `key` in the options page. */
export function isUserEditable(state: SettingsState, key: SettingKey): boolean {
  if (state.sources[key] === 'policy') return false;
  return state.settings.allowUserOverride || ALWAYS_USER_EDITABLE.includes(key);
}

/** Checks one value a user wants to set; returns the rejection reason or the canonical value. */
export function checkUserValue<K extends SettingKey>(key: K, value: unknown): { value: Settings[K] } | { reason: RejectionReason } {
  let reason: RejectionReason | undefined;
  const checked = (SETTINGS_SPEC[key] as FieldSpec<Settings[K]>).check(value, (why) => (reason ??= why));
  if (checked === undefined || reason) return { reason: reason ?? 'wrongType' };
  return { value: checked };
}
