// declarativeNetRequest rules, built from the settings: the browser itself stops listed hosts (top-level pages go
// to blocked.html, everything else is cancelled) and sends top-level navigations that simple patterns can
// recognise (raw IPs, punycode, shorteners, abused TLDs) to warning.html, before any request leaves. This covers
// links opened from other programs, where no page exists to intercept the click. Pure: entries in, rules out.
import ipaddr from 'ipaddr.js';
import type { HostEntry } from './host-list';

export interface NetRule {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' | 'redirect'; redirect?: { extensionPath?: string; regexSubstitution?: string } };
  condition: {
    requestDomains?: string[];
    initiatorDomains?: string[];
    regexFilter?: string;
    resourceTypes?: string[];
    excludedResourceTypes?: string[];
  };
}

export const PRIORITY = { officialEmail: 350, block: 300, continueAllow: 250, trustedAllow: 200, warn: 100 } as const;
const DOMAINS_PER_RULE = 5000;
/**
 * Chromium allows 1000 regular-expression rules, each compiled within a small memory budget; keep room for the
 * warning patterns. Address ranges are therefore grouped several to a rule.
 */
export const MAX_RANGE_GROUPS = 480;
// Chromium compiles each pattern within 2 KB: about six /24 ranges fit (measured with isRegexSupported).
const MAX_GROUP_PATTERN_LENGTH = 110;
const URL_PREFIX = '^(?:https?|wss?|ftp)://(?:[^/?#@]*@)?';
/** End of the host for rules that only filter: cheaper to compile than matching the whole URL. */
const HOST_END = '(?::\\d+)?(?:[/?#]|$)';
/** Port and rest of the URL, for redirect rules whose substitution needs the whole URL (\\0). */
const PORT_AND_REST = '(?::\\d+)?(?:[/?#].*)?$';

/** A regular expression (RE2 syntax, no look-around) for one octet value range lo..hi. */
function octetRange(lo: number, hi: number): string {
  if (lo === 0 && hi === 255) return '\\d{1,3}';
  if (lo === hi) return String(lo);
  const values: string[] = [];
  for (let value = lo; value <= hi; value++) values.push(String(value));
  return `(?:${values.join('|')})`;
}

/** Host part of a URL regex matching every IPv4 address in the range. */
export function ipv4CidrPattern(cidr: string): string {
  const [network, bits] = ipaddr.parseCIDR(cidr);
  const bytes = network.toByteArray();
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    const fixed = Math.max(0, Math.min(8, bits - i * 8));
    const lo = bytes[i] & ((0xff << (8 - fixed)) & 0xff);
    const hi = lo + (0xff >> fixed);
    parts.push(octetRange(lo, hi));
  }
  return parts.join('\\.');
}

/**
 * Packs regular-expression alternatives into groups ("a|b|c") of at most `maxLength` characters, at most `maxGroups`
 * groups; what does not fit is returned. Patterns are made only while there is room (a list of 10,000 ranges fills
 * the rules after ~3,000).
 */
function packPatterns<T>(items: readonly T[], pattern: (item: T) => string, maxLength: number, maxGroups = Infinity): { groups: string[]; left: T[] } {
  const groups: string[] = [];
  for (let index = 0; index < items.length; index++) {
    const next = pattern(items[index]);
    const last = groups.length - 1;
    if (last >= 0 && groups[last].length + next.length + 1 <= maxLength) groups[last] += `|${next}`;
    else if (groups.length < maxGroups) groups.push(next);
    else return { groups, left: items.slice(index) };
  }
  return { groups, left: [] };
}

export interface BlockRulesResult {
  rules: NetRule[];
  /** Entries the browser's rules cannot express (IPv6 ranges, CIDR beyond the regex budget): checked in code. */
  notCovered: string[];
}

/** Rules that stop every listed host: top-level pages go to blocked.html, anything else is cancelled. */
export function buildBlockRules(entries: HostEntry[], firstId: number): BlockRulesResult {
  const rules: NetRule[] = [];
  const notCovered: string[] = [];
  let id = firstId;
  const names: string[] = [];
  // IPv4 ranges and IPv6 addresses: matched by patterns
  const patterned: { pattern: () => string; value: string }[] = [];
  for (const entry of entries) {
    if (entry.kind === 'domain' || (entry.kind === 'ip' && !entry.value.includes(':'))) names.push(entry.value);
    else if (entry.kind === 'ip') patterned.push({ pattern: () => `\\[${ipaddr.parse(entry.value).toString().replace(/\./g, '\\.')}\\]`, value: entry.value });
    else if (entry.value.includes(':')) notCovered.push(entry.value);
    else patterned.push({ pattern: () => ipv4CidrPattern(entry.value), value: entry.value });
  }
  const { groups, left } = packPatterns(patterned, (item) => item.pattern(), MAX_GROUP_PATTERN_LENGTH, MAX_RANGE_GROUPS);
  notCovered.push(...left.map((item) => item.value));
  for (let start = 0; start < names.length; start += DOMAINS_PER_RULE) {
    const requestDomains = names.slice(start, start + DOMAINS_PER_RULE);
    rules.push(
      { id: id++, priority: PRIORITY.block, action: { type: 'redirect', redirect: { extensionPath: '/blocked.html' } }, condition: { requestDomains, resourceTypes: ['main_frame'] } },
      { id: id++, priority: PRIORITY.block, action: { type: 'block' }, condition: { requestDomains, excludedResourceTypes: ['main_frame'] } },
    );
  }
  for (const group of groups) {
    const regexFilter = `${URL_PREFIX}(?:${group})${HOST_END}`;
    rules.push(
      { id: id++, priority: PRIORITY.block, action: { type: 'redirect', redirect: { extensionPath: '/blocked.html' } }, condition: { regexFilter, resourceTypes: ['main_frame'] } },
      { id: id++, priority: PRIORITY.block, action: { type: 'block' }, condition: { regexFilter, excludedResourceTypes: ['main_frame'] } },
    );
  }
  return { rules, notCovered };
}

export interface WarnRuleInput {
  extensionOrigin: string; // chrome-extension://<id>
  shorteners: readonly string[];
  abusedTlds: readonly string[];
  trusted: readonly string[];
}

/**
 * Top-level navigations that patterns recognise go to warning.html with the full address (regexSubstitution);
 * trusted and official sites, and private-network addresses (routers, intranet servers), are let through first.
 */
export function buildWarnRules(input: WarnRuleInput, firstId: number): NetRule[] {
  const target = `${input.extensionOrigin}/warning.html?source=network&url=\\0`;
  const redirect = (regexFilter: string, requestDomains?: string[]): Omit<NetRule, 'id'> => ({
    priority: PRIORITY.warn,
    action: { type: 'redirect', redirect: { regexSubstitution: target } },
    condition: { regexFilter, resourceTypes: ['main_frame'], ...(requestDomains ? { requestDomains } : {}) },
  });
  const privateHosts = '(?:10\\.\\d{1,3}|127\\.\\d{1,3}|192\\.168|172\\.(?:1[6-9]|2\\d|3[01])|169\\.254)\\.\\d{1,3}\\.\\d{1,3}';
  const rules: Omit<NetRule, 'id'>[] = [
    { priority: PRIORITY.trustedAllow, action: { type: 'allow' }, condition: { regexFilter: `^https?://(?:[^/?#@]*@)?(?:${privateHosts}|\\[::1\\]|localhost)${HOST_END}`, resourceTypes: ['main_frame'] } },
    redirect(`^https?://(?:[^/?#@]*@)?\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}${PORT_AND_REST}`),
    redirect(`^https?://(?:[^/?#@]*@)?\\[[0-9a-fA-F:.]+\\]${PORT_AND_REST}`),
    redirect(`^https?://(?:[^/?#@]*@)?(?:[^/?#:@]+\\.)?xn--[^/?#:@]*${PORT_AND_REST}`),
  ];
  if (input.trusted.length) {
    rules.unshift({ priority: PRIORITY.trustedAllow, action: { type: 'allow' }, condition: { requestDomains: [...input.trusted], resourceTypes: ['main_frame'] } });
  }
  if (input.shorteners.length) rules.push(redirect('^.*$', [...input.shorteners]));
  if (input.abusedTlds.length) rules.push(redirect('^.*$', [...input.abusedTlds]));
  return rules.map((rule, index) => ({ id: firstId + index, ...rule }));
}

/** A session rule that lets one host through after the user chose "Continue". */
export function continueRule(host: string, id: number): NetRule {
  return { id, priority: PRIORITY.continueAllow, action: { type: 'allow' }, condition: { requestDomains: [host], resourceTypes: ['main_frame'] } };
}

export interface EmailRuleInput {
  officialEmailDomains: readonly string[];
  restrictedSites: readonly string[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Each pattern must compile within Chromium's 2 KB budget: a handful of domains per rule.
const MAX_EMAIL_PATTERN_LENGTH = 120;

/**
 * Rules that stop any request carrying an official address in its URL ("…?email=a%40quangngai.gov.vn") when it is
 * made by a page of a restricted site or sent to one: query strings, images, beacons by URL, location.href. The
 * browser applies them before the request leaves, whatever the page's script did to reach it. Bodies are not
 * visible to these rules (see the page-world guard and the blocking webRequest check).
 */
export function buildEmailRules(input: EmailRuleInput, firstId: number): NetRule[] {
  if (input.officialEmailDomains.length === 0 || input.restrictedSites.length === 0) return [];
  const { groups } = packPatterns(input.officialEmailDomains, (domain) => escapeRegex(domain.toLowerCase()), MAX_EMAIL_PATTERN_LENGTH);
  const rules: NetRule[] = [];
  let id = firstId;
  const restricted = [...input.restrictedSites];
  for (const group of groups) {
    // "@" or its URL encodings (%40, %2540), then the official domain or a subdomain, then the end of that name.
    const regexFilter = `(?:@|%40|%2540)(?:[a-z0-9-]+\\.)*(?:${group})(?:[^a-z0-9.-]|$)`;
    for (const where of [{ initiatorDomains: restricted }, { requestDomains: restricted }]) {
      rules.push(
        { id: id++, priority: PRIORITY.officialEmail, action: { type: 'redirect', redirect: { extensionPath: '/blocked.html?reason=officialEmail' } }, condition: { regexFilter, resourceTypes: ['main_frame'], ...where } },
        { id: id++, priority: PRIORITY.officialEmail, action: { type: 'block' }, condition: { regexFilter, excludedResourceTypes: ['main_frame'], ...where } },
      );
    }
  }
  return rules;
}
