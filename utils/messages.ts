// The one typed message protocol between the extension's contexts (pages, content scripts -> background).
// Written on top of browser.runtime messaging (webextension-polyfill) so that WXT's fake browser runs it in tests.
import { browser } from 'wxt/browser';
import type { LinkAction, LinkDecision, LinkReason } from './link-classifier';
import type { SiteKind } from './detectors/site-kind';
import type { Language, PasswordRule, Protection, RejectionReason, SettingKey, SettingsState } from './settings';

export type PasswordSavingState =
  | { state: 'off'; controlledBy: 'extension' | 'policy' | 'user' }
  | { state: 'on'; controlledBy: 'otherExtension' | 'policy' | 'user'; required: boolean }
  | { state: 'unknown' };

/** How the user asked to open a link: here, in a new tab (ctrl/middle click, target=_blank) or a new window. */
export type LinkDisposition = 'sameTab' | 'newTab' | 'backgroundTab' | 'newWindow';

export interface LinkDescription {
  decision: LinkDecision;
  language: Language;
  supportContact: string;
}

/** What a page needs to apply the official e-mail rule, with the in-page wording in the user's language. */
export interface EmailPagePolicy {
  mode: Protection;
  siteKind: SiteKind;
  domains: string[];
  /** Policy asks for full addresses in the log (logFullAddresses). */
  logFull: boolean;
  text: { title: string; body: string; blocked: string; warnOnly: string };
}

/** What a page needs for password fields: the rule, what to do with a weak new password here, the wording. */
export interface PasswordPagePolicy {
  rule: PasswordRule;
  onWeak: 'block' | 'warn';
  official: boolean;
  text: {
    meterTitle: string;
    ruleHeading: string;
    parts: Record<string, string>;
    strengthLine: string;
    scoreLabels: string[];
    minimumNote: string;
    blocked: string;
    warnWeak: string;
    reuseTitle: string;
    reuseBody: string;
  };
}

/** What the pop-up says about the current page. */
export interface PageStatus {
  kind: 'official' | 'trusted' | 'restricted' | 'unknown' | 'suspicious' | 'blocked' | 'internal';
  host: string;
  reasons: LinkReason[];
}

export interface Protocol {
  // content script -> background
  checkLink: { request: { url: string; text: string }; response: LinkAction };
  openWarning: { request: { url: string; text: string; disposition: LinkDisposition }; response: void };
  openLink: { request: { url: string; disposition: LinkDisposition }; response: void };
  // warning and blocked pages -> background
  describeLink: { request: { url: string; from?: string; text?: string }; response: LinkDescription };
  warningShown: { request: { url: string; source: string; text?: string }; response: void };
  continueToLink: { request: { url: string }; response: { ok: boolean } };
  getBlockedNavigation: { request: undefined; response: { url?: string } };
  closeTab: { request: undefined; response: void };
  getEmailPolicy: { request: undefined; response: EmailPagePolicy };
  recordEmailEvent: { request: { action: 'warn' | 'block'; fieldKind: string; masked: string; address?: string; via: string }; response: void };
  getPasswordPolicy: { request: undefined; response: PasswordPagePolicy };
  estimatePassword: { request: { password: string }; response: { score: number; advice: string[] } };
  rememberOfficialPassword: { request: { password: string }; response: void };
  checkPasswordReuse: { request: { password: string }; response: { reused: boolean } };
  recordWeakPassword: { request: { action: 'warn' | 'block'; score?: number; failed: string[] }; response: void };
  getPageStatus: { request: { url: string }; response: PageStatus };
  reportPage: { request: { url: string; tabId?: number }; response: { ok: boolean } };
  clearAuditLog: { request: undefined; response: { ok: boolean } };
  // pages -> background
  getSettingsState: { request: undefined; response: SettingsState };
  setUserSetting: { request: { key: SettingKey; value: unknown }; response: { ok: true } | { ok: false; reason: RejectionReason } };
  resetUserSetting: { request: { key: SettingKey }; response: { ok: true } };
  getPasswordSavingState: { request: undefined; response: PasswordSavingState };
  /** Downloads the administrator's blocklist (blockedHostsUrl) now rather than at the next scheduled refresh. */
  refreshBlocklist: { request: undefined; response: { ok: true } };
  // background -> content scripts in every tab
  /** Settings or the downloaded blocklist changed: verdicts kept by pages are stale. */
  linkSettingsChanged: { request: undefined; response: void };
}

export type MessageType = keyof Protocol;
type Envelope<K extends MessageType = MessageType> = { attt: K; data: Protocol[K]['request'] };
type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];
export type Handlers = {
  [K in MessageType]?: (data: Protocol[K]['request'], sender: Sender) => Protocol[K]['response'] | Promise<Protocol[K]['response']>;
};

export function sendMessage<K extends MessageType>(type: K, ...data: Protocol[K]['request'] extends undefined ? [] : [Protocol[K]['request']]): Promise<Protocol[K]['response']> {
  const envelope: Envelope<K> = { attt: type, data: data[0] as Protocol[K]['request'] };
  return browser.runtime.sendMessage(envelope) as Promise<Protocol[K]['response']>;
}

/** Sends a message to every frame of one tab (background -> content scripts). */
export function sendToTab<K extends MessageType>(tabId: number, type: K, ...data: Protocol[K]['request'] extends undefined ? [] : [Protocol[K]['request']]): Promise<Protocol[K]['response']> {
  const envelope: Envelope<K> = { attt: type, data: data[0] as Protocol[K]['request'] };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<Protocol[K]['response']>;
}

/** Registers the background's handlers; messages of other shapes are left to other listeners. */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (typeof message !== 'object' || message === null || !('attt' in message)) return undefined;
    const { attt, data } = message as Envelope;
    const handler = handlers[attt] as ((data: unknown, sender: Sender) => unknown) | undefined;
    return handler ? Promise.resolve(handler(data, sender)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
