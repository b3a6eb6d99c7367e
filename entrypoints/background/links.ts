// Wires the link classifier to the browser: answers content scripts, opens the warning and blocked pages, keeps the
// declarativeNetRequest rules in step with the settings, and checks navigations that no page click started
// (typed, opened by another program, window.open, location.href) as early as the browser allows.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { canonicalEntry, parseHostEntry, type HostEntry } from '../../utils/host-list';
import { classifyLink, compileLinkContext, decideLink, type LinkContext, type LinkDecision } from '../../utils/link-classifier';
import { sendToTab, type Handlers, type LinkDisposition } from '../../utils/messages';
import { SHORTENER_DOMAINS } from '../../utils/detectors/shortener';
import { buildBlockRules, buildEmailRules, buildWarnRules, continueRule, type NetRule } from '../../utils/network-rules';
import type { Settings } from '../../utils/settings';
import { getSettingsState, watchSettingsState } from '../../utils/settings-store';
import { WELL_KNOWN_SITES } from '../../utils/well-known-sites';
import { blocklistEntries } from '../../utils/downloaded-blocklist';
import { downloadedBlocklistItem } from './blocklist-download';
import { recordEvent } from './events';
import { openWebTabs } from './open-tabs';

/** Hosts the user chose to continue to, for this browser session. */
const allowedHostsItem = storage.defineItem<string[]>('session:allowedHosts', { fallback: [] });
/** The address each tab was stopped at, for blocked.html (a declarativeNetRequest redirect cannot carry it). */
const blockedNavigationsItem = storage.defineItem<Record<string, string>>('session:blockedNavigations', { fallback: {} });
/** Fingerprint of the dynamic rules in force, so unchanged settings do not rewrite 100,000 entries. */
const rulesFingerprintItem = storage.defineItem<string>('local:networkRulesFingerprint', { fallback: '' });

const WARN_RULE_FIRST_ID = 1;
const EMAIL_RULE_FIRST_ID = 500;
const BLOCK_RULE_FIRST_ID = 1000;
const CONTINUE_RULE_FIRST_ID = 1;
/** Reasons the browser's own rules catch before the request leaves; the rest is checked here. */
const NETWORK_REASONS = new Set(['rawIp', 'idn', 'mixedScript', 'shortener', 'abusedTld']);

// Derived from stored state, so it may be dropped at any time: rebuilt on first use after a change or a restart.
// The settings are kept with it, so that a link check (asked on every hover) does not read storage each time.
let compiled: { settings: Settings; context: LinkContext } | undefined;

async function linkContext(): Promise<{ settings: Settings; context: LinkContext }> {
  if (!compiled) {
    const { settings } = await getSettingsState();
    compiled = { settings, context: compileLinkContext(settings, await downloadedEntries()) };
  }
  return compiled;
}

// The downloaded list parsed once per download (100,000 entries take a while), shared by the link checks and the
// network rules.
let parsedDownload: { key: string; entries: HostEntry[] } | undefined;
async function downloadedEntries(): Promise<HostEntry[]> {
  const list = await downloadedBlocklistItem.getValue();
  if (!list) return [];
  const key = `${list.url}\n${list.fetchedAt}\n${list.entries.length}`;
  // stored canonical by the download (parseBlocklist): only the kind of each entry is needed
  if (parsedDownload?.key !== key) parsedDownload = { key, entries: blocklistEntries(list).map(canonicalEntry) };
  return parsedDownload.entries;
}

function toEntries(lines: string[]): HostEntry[] {
  const entries: HostEntry[] = [];
  for (const line of lines) {
    const entry = parseHostEntry(line);
    if (!('error' in entry)) entries.push(entry);
  }
  return entries;
}

async function decide(url: string, pageUrl: string | undefined, text = ''): Promise<LinkDecision> {
  const { settings, context } = await linkContext();
  const decision = decideLink(classifyLink(url, context, text), pageUrl, settings);
  if (decision.action === 'warn' && (await allowedHostsItem.getValue()).includes(decision.verdict.host)) {
    return { ...decision, action: 'allow' };
  }
  return decision;
}

export function warningPageUrl(url: string, from?: string, text?: string): string {
  const params = new URLSearchParams({ ...(from ? { from } : {}), ...(text ? { text } : {}), url });
  return browser.runtime.getURL(`/warning.html?${params}`);
}

function blockedPageUrl(url: string): string {
  return browser.runtime.getURL(`/blocked.html?${new URLSearchParams({ url })}`);
}

async function openInTab(target: string, tabId: number | undefined, disposition: LinkDisposition, index?: number): Promise<void> {
  if (disposition === 'sameTab' && tabId !== undefined) await browser.tabs.update(tabId, { url: target });
  else if (disposition === 'newWindow') await browser.windows.create({ url: target });
  else await browser.tabs.create({ url: target, active: disposition !== 'backgroundTab', openerTabId: tabId, index: index === undefined ? undefined : index + 1 });
}


export function linkHandlers(): Handlers {
  return {
    async checkLink({ url, text }, sender) {
      return (await decide(url, sender.url, text)).action;
    },
    async openWarning({ url, text, disposition }, sender) {
      const decision = await decide(url, sender.url, text);
      const target = decision.action === 'block' ? blockedPageUrl(url) : decision.action === 'warn' ? warningPageUrl(url, sender.url, text) : url;
      if (decision.action === 'block') await recordEvent({ type: 'linkBlocked', host: decision.verdict.host, url, detail: { via: 'click' } }, sender.tab?.id);
      await openInTab(target, sender.tab?.id, disposition, sender.tab?.index);
    },
    async openLink({ url, disposition }, sender) {
      const decision = await decide(url, sender.url);
      if (decision.action !== 'allow' || !/^https?:/.test(url)) return;
      await openInTab(url, sender.tab?.id, disposition, sender.tab?.index);
    },
    async describeLink({ url, from, text }) {
      const { settings } = await getSettingsState();
      const decision = await decide(url, from, text);
      return { decision, language: settings.language, supportContact: settings.supportContact };
    },
    async warningShown({ url, source, text }, sender) {
      const decision = await decide(url, undefined, text);
      await recordEvent({ type: 'linkWarning', host: decision.verdict.host, url, detail: { source, reasons: decision.verdict.reasons.map((r) => r.code).join(' ') } }, sender.tab?.id);
    },
    async continueToLink({ url }) {
      const { settings, context } = await linkContext();
      const verdict = classifyLink(url, context);
      if (settings.linkWarnings !== 'warn' || verdict.level === 'blocked' || !/^https?:/.test(url)) return { ok: false };
      const hosts = await allowedHostsItem.getValue();
      if (!hosts.includes(verdict.host)) {
        await allowedHostsItem.setValue([...hosts, verdict.host]);
        await browser.declarativeNetRequest?.updateSessionRules({ addRules: [continueRule(verdict.host, CONTINUE_RULE_FIRST_ID + hosts.length) as never] });
      }
      await recordEvent({ type: 'linkContinue', host: verdict.host, url });
      return { ok: true };
    },
    async getBlockedNavigation(_data, sender) {
      const tabId = sender.tab?.id;
      return { url: tabId === undefined ? undefined : (await blockedNavigationsItem.getValue())[tabId] };
    },
    async closeTab(_data, sender) {
      if (sender.tab?.id !== undefined) await browser.tabs.remove(sender.tab.id);
    },
  };
}

/** Rewrites the dynamic rules when the settings or the downloaded blocklist change. */
export async function applyNetworkRules(): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr) return;
  const { settings } = await getSettingsState();
  const extra = await downloadedEntries();
  const entries = [...toEntries(settings.blockedHosts), ...extra];
  const trusted = [...new Set([...settings.officialSites, ...settings.trustedLinkDomains, ...WELL_KNOWN_SITES])];
  const emailRules = settings.emailProtection === 'block' ? buildEmailRules(settings, EMAIL_RULE_FIRST_ID) : [];
  const fingerprint = JSON.stringify([entries.length, entries.slice(0, 50), settings.linkWarnings, settings.abusedTlds, trusted, extra.length && extra[extra.length - 1].value, emailRules]);
  if (fingerprint === (await rulesFingerprintItem.getValue())) return;
  const warnRules = settings.linkWarnings === 'off'
    ? []
    : buildWarnRules({ extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''), shorteners: SHORTENER_DOMAINS, abusedTlds: settings.abusedTlds, trusted }, WARN_RULE_FIRST_ID);
  const { rules: blockRules, notCovered } = buildBlockRules(entries, BLOCK_RULE_FIRST_ID);
  const existing = await dnr.getDynamicRules();
  const removeRuleIds = existing.map((rule) => rule.id);
  let rules = [...warnRules, ...emailRules, ...blockRules];
  try {
    await dnr.updateDynamicRules({ removeRuleIds, addRules: rules as never });
  } catch {
    // A pattern the browser cannot compile fails the whole update: drop such patterns and apply the rest.
    rules = await keepSupported(rules);
    await dnr.updateDynamicRules({ removeRuleIds, addRules: rules as never });
  }
  await rulesFingerprintItem.setValue(fingerprint);
  await networkRulesStatusItem.setValue({ rules: rules.length, notCoveredByBrowser: notCovered.length + (warnRules.length + emailRules.length + blockRules.length - rules.length) });
}

/** Entries the browser's own rules could not take are still checked in code (top-level navigations). */
export const networkRulesStatusItem = storage.defineItem<{ rules: number; notCoveredByBrowser: number }>('local:networkRulesStatus', {
  fallback: { rules: 0, notCoveredByBrowser: 0 },
});

/** Drops pattern rules the browser cannot compile (too large), rather than failing the whole update. */
async function keepSupported(rules: NetRule[]): Promise<NetRule[]> {
  const dnr = browser.declarativeNetRequest;
  const checks = await Promise.all(rules.map(async (rule) =>
    !rule.condition.regexFilter || !dnr.isRegexSupported || (await dnr.isRegexSupported({ regex: rule.condition.regexFilter })).isSupported));
  return rules.filter((_, index) => checks[index]);
}

/** Navigations that no click in a page started: checked here, as early as the browser reports them. */
export function watchNavigations(): void {
  const openerUrls = new Map<number, string>(); // new tab -> page that opened it (window.open, target=_blank)
  browser.webNavigation?.onCreatedNavigationTarget.addListener(async (details) => {
    try {
      const source = await browser.tabs.get(details.sourceTabId);
      if (source.url) openerUrls.set(details.tabId, source.url);
    } catch {
      // the source tab is gone
    }
  });
  browser.webNavigation?.onBeforeNavigate.addListener(async (details) => {
    if (details.frameId !== 0 || !/^https?:/.test(details.url)) return;
    let pageUrl = openerUrls.get(details.tabId);
    openerUrls.delete(details.tabId);
    if (!pageUrl) {
      try {
        pageUrl = (await browser.tabs.get(details.tabId)).url;
      } catch {
        return;
      }
    }
    const decision = await decide(details.url, pageUrl);
    if (decision.action === 'block') {
      await blockedNavigationsItem.setValue({ ...(await blockedNavigationsItem.getValue()), [details.tabId]: details.url });
      await recordEvent({ type: 'linkBlocked', host: decision.verdict.host, url: details.url, detail: { via: 'navigation' } }, details.tabId);
      // declarativeNetRequest already stopped names, IPv4 addresses and ranges; IPv6 ranges are stopped here.
      if (decision.verdict.host.includes(':')) await browser.tabs.update(details.tabId, { url: blockedPageUrl(details.url) });
      return;
    }
    if (decision.action !== 'warn') return;
    const caughtByRules = decision.verdict.reasons.some((reason) => NETWORK_REASONS.has(reason.code));
    if (!caughtByRules) await browser.tabs.update(details.tabId, { url: warningPageUrl(details.url, pageUrl) });
  });
}

export function watchLinkSettings(): void {
  const changed = () => {
    compiled = undefined;
    void applyNetworkRules();
    void tellOpenTabs();
  };
  watchSettingsState(changed);
  downloadedBlocklistItem.watch(changed);
}

/** Pages drop the link verdicts they kept (a tab that cannot be reached has no guard to tell). */
async function tellOpenTabs(): Promise<void> {
  const tabs = await openWebTabs();
  await Promise.all(tabs.map((tab) => sendToTab(tab.id!, 'linkSettingsChanged').catch(() => undefined)));
}

/**
 * With blocking webRequest (kept by Chromium in MV3 only for an extension force-installed by policy, and always in
 * Firefox) the full classifier stops any top-level navigation before its request leaves. The listener must answer
 * synchronously, so it works from a snapshot kept current in memory; until the snapshot exists (the first
 * milliseconds of a worker start) the rules and navigation checks above still apply.
 */
export function blockNavigationsWhereAllowed(): void {
  let snapshot: { settings: Settings; context: LinkContext; allowed: Set<string> } | undefined;
  const load = async () => {
    const { settings, context } = await linkContext();
    snapshot = { settings, context, allowed: new Set(await allowedHostsItem.getValue()) };
  };
  const ownOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  try {
    browser.webRequest.onBeforeRequest.addListener(
      (details) => {
        if (!snapshot || details.tabId < 0) return undefined;
        const page = (details as { initiator?: string; originUrl?: string }).initiator ?? (details as { originUrl?: string }).originUrl;
        const decision = decideLink(classifyLink(details.url, snapshot.context), page, snapshot.settings);
        if (decision.action === 'block') return { redirectUrl: blockedPageUrl(details.url) };
        // "Continue" on our own warning page, or a host the user already chose to continue to.
        const fromUs = page?.startsWith(ownOrigin) ?? false;
        if (decision.action === 'warn' && !fromUs && !snapshot.allowed.has(decision.verdict.host)) {
          return { redirectUrl: warningPageUrl(details.url, page) };
        }
        return undefined;
      },
      { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
      ['blocking'],
    );
  } catch {
    return; // loaded unpacked in Chromium: no blocking webRequest
  }
  void load();
  watchSettingsState(() => void load());
  downloadedBlocklistItem.watch(() => void load());
  allowedHostsItem.watch(() => void load());
}

/** The verdict on a page's own address, for the pop-up. */
export async function classifyForStatus(url: string) {
  const { context } = await linkContext();
  return classifyLink(url, context);
}
