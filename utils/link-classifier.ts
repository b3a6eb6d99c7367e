// Classifies a link: trusted, unknown, suspicious or blocked, with the reasons. Pure: URL and strings in, verdict
// out. The context is compiled once per settings change, so classifying one link is a handful of set look-ups.
import { DomainSet, findMatchingDomain } from './domains';
import { registrableDomain } from './registrable-domain';
import { HostMatcher, parseHostEntry, type HostEntry } from './host-list';
import { abusedTldOf } from './detectors/abused-tld';
import { checkIdn } from './detectors/idn';
import { isInsecureLogin } from './detectors/insecure-login';
import { buildLookalikeIndex, findLookalike, type LookalikeIndex } from './detectors/lookalike';
import { isRawIpHost } from './detectors/raw-ip';
import { isShortener } from './detectors/shortener';
import { shownDomainMismatch } from './detectors/text-mismatch';
import { unsafeSchemeOf } from './detectors/unsafe-scheme';
import { hasCredentials } from './detectors/url-credentials';
import type { Settings } from './settings';
import { WELL_KNOWN_SITES } from './well-known-sites';

export type LinkLevel = 'trusted' | 'unknown' | 'suspicious' | 'blocked';

export type LinkReason =
  | { code: 'blockedHost'; entry: string }
  | { code: 'rawIp' }
  | { code: 'idn'; unicodeHost: string }
  | { code: 'mixedScript'; unicodeHost: string }
  | { code: 'lookalike'; target: string }
  | { code: 'embeddedDomain'; target: string }
  | { code: 'shortener' }
  | { code: 'abusedTld'; tld: string }
  | { code: 'credentialsInUrl' }
  | { code: 'unsafeScheme'; scheme: string }
  | { code: 'insecureLogin' }
  | { code: 'textMismatch'; shown: string }
  | { code: 'invalidUrl' };

export type ReasonCode = LinkReason['code'];

export interface LinkVerdict {
  level: LinkLevel;
  reasons: LinkReason[];
  /** Canonical host ('' for URLs without one). */
  host: string;
  /** Registrable domain ("site"), or the host itself for IP addresses. */
  site: string;
}

export interface LinkContext {
  blocked: HostMatcher;
  trusted: DomainSet;
  official: DomainSet;
  abusedTlds: Set<string>;
  lookalikes: LookalikeIndex;
}

/** Compiles what the classifier needs from the settings (done once per settings change). */
export function compileLinkContext(settings: Pick<Settings, 'blockedHosts' | 'trustedLinkDomains' | 'officialSites' | 'officialEmailDomains' | 'abusedTlds'>, extraBlocked: Iterable<HostEntry> = []): LinkContext {
  const entries: HostEntry[] = [];
  for (const line of settings.blockedHosts) {
    const entry = parseHostEntry(line);
    if (!('error' in entry)) entries.push(entry);
  }
  const official = [...new Set([...settings.officialEmailDomains, ...settings.officialSites])];
  // Protected names: the official domains (not bare suffixes such as gov.vn) and the well-known sites.
  const protectedDomains = [
    ...official.filter((domain) => registrableDomain(domain) !== null).map((domain) => ({ domain, official: true })),
    ...WELL_KNOWN_SITES.map((domain) => ({ domain, official: false })),
    ...settings.trustedLinkDomains.map((domain) => ({ domain, official: false })),
  ];
  return {
    blocked: new HostMatcher([...entries, ...extraBlocked]),
    trusted: new DomainSet([...WELL_KNOWN_SITES, ...settings.trustedLinkDomains]),
    official: new DomainSet(official),
    abusedTlds: new Set(settings.abusedTlds),
    lookalikes: buildLookalikeIndex(protectedDomains),
  };
}

/** Reasons that stay even on a trusted site: they are about the link, not the host. */
const LINK_REASONS: ReadonlySet<ReasonCode> = new Set(['credentialsInUrl', 'unsafeScheme']);

export function classifyLink(rawUrl: string, context: LinkContext, linkText = ''): LinkVerdict {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { level: 'suspicious', reasons: [{ code: 'invalidUrl' }], host: '', site: '' };
  }
  const scheme = unsafeSchemeOf(url);
  if (scheme) return { level: 'suspicious', reasons: [{ code: 'unsafeScheme', scheme }], host: '', site: '' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { level: 'unknown', reasons: [], host: '', site: '' };

  // "quangngai.gov.vn." is the same host as "quangngai.gov.vn": every detector sees the name without the dot.
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const rawIp = isRawIpHost(host);
  const site = rawIp ? host : registrableDomain(host) ?? host;
  const reasons: LinkReason[] = [];

  const blockedEntry = context.blocked.match(host);
  if (blockedEntry) return { level: 'blocked', reasons: [{ code: 'blockedHost', entry: blockedEntry }], host, site };

  if (hasCredentials(url)) reasons.push({ code: 'credentialsInUrl' });
  const trusted = !rawIp && (context.official.match(host) !== undefined || context.trusted.match(host) !== undefined);
  if (trusted) {
    const kept = reasons.filter((reason) => LINK_REASONS.has(reason.code));
    return { level: kept.length ? 'suspicious' : 'trusted', reasons: kept, host, site };
  }

  if (rawIp) reasons.push({ code: 'rawIp' });
  else {
    const idn = checkIdn(host);
    if (idn) reasons.push({ code: idn.kind, unicodeHost: idn.unicodeHost });
    const lookalike = findLookalike(host, site, idn?.unicodeHost, context.lookalikes);
    if (lookalike) reasons.push({ code: lookalike.kind, target: lookalike.target });
    if (isShortener(host, site)) reasons.push({ code: 'shortener' });
    const tld = abusedTldOf(host, context.abusedTlds);
    if (tld) reasons.push({ code: 'abusedTld', tld });
  }
  if (isInsecureLogin(url, linkText)) reasons.push({ code: 'insecureLogin' });
  const shown = shownDomainMismatch(linkText, host);
  if (shown) reasons.push({ code: 'textMismatch', shown });

  return { level: reasons.length ? 'suspicious' : 'unknown', reasons, host, site };
}

export type LinkAction = 'allow' | 'warn' | 'block';

export interface LinkDecision {
  action: LinkAction;
  verdict: LinkVerdict;
  /** Whether the warning page may offer "Continue". */
  canContinue: boolean;
}

/**
 * What to do when the user follows a link from `pageUrl`: blocked hosts are always stopped; suspicious links get
 * the warning page; unknown links only where links of unknown origin arrive (webmail and chat), because warnings
 * that fire on every link teach people to click through them.
 */
export function decideLink(verdict: LinkVerdict, pageUrl: string | undefined, settings: Pick<Settings, 'linkWarnings' | 'messagingSites'>): LinkDecision {
  const canContinue = settings.linkWarnings === 'warn';
  if (verdict.level === 'blocked') return { action: 'block', verdict, canContinue: false };
  if (settings.linkWarnings === 'off' || verdict.level === 'trusted') return { action: 'allow', verdict, canContinue };
  let pageHost = '';
  try {
    pageHost = pageUrl ? new URL(pageUrl).hostname.replace(/^\[|\]$/g, '') : '';
  } catch {
    // no usable page: treat as external
  }
  const pageSite = pageHost ? registrableDomain(pageHost) ?? pageHost : '';
  // Same-site links are the site's own navigation; only credentials or scripts in them still count.
  if (pageSite && pageSite === verdict.site && !verdict.reasons.some((r) => LINK_REASONS.has(r.code))) {
    return { action: 'allow', verdict, canContinue };
  }
  if (verdict.level === 'suspicious') return { action: 'warn', verdict, canContinue };
  const fromMessaging = pageHost !== '' && findMatchingDomain(pageHost, settings.messagingSites) !== undefined;
  return { action: fromMessaging ? 'warn' : 'allow', verdict, canContinue };
}
