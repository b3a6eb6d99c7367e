// The official e-mail rule, background side: tells each page its rule and wording, and records warnings and blocks
// (with the address masked: the administrator sees "n***@quangngai.gov.vn", never the full address).
import { browser } from 'wxt/browser';
import { classifySite } from '../../utils/detectors/site-kind';
import { hostOf } from '../../utils/domains';
import { translator } from '../../utils/i18n';
import type { Handlers } from '../../utils/messages';
import { officialEmailInRequest, requestBodyText, type EmailRequestSettings } from '../../utils/email-request';
import { getSettingsState, watchSettingsState } from '../../utils/settings-store';
import { recordEvent } from './events';

export function emailHandlers(): Handlers {
  return {
    async getEmailPolicy(_data, sender) {
      const { settings } = await getSettingsState();
      const t = translator(settings.language);
      const host = hostOf(sender.url ?? '') ?? '';
      return {
        mode: settings.emailProtection,
        siteKind: host ? classifySite(host, settings) : 'other',
        domains: settings.officialEmailDomains,
        logFull: settings.logFullAddresses,
        text: { title: t('emailWarningTitle'), body: t('emailWarningBody'), blocked: t('emailBlocked'), warnOnly: t('emailWarnOnly') },
      };
    },
    async recordEmailEvent({ action, fieldKind, masked, address, via }, sender) {
      const { settings } = await getSettingsState();
      const host = hostOf(sender.url ?? '') ?? undefined;
      const logged = settings.logFullAddresses && address ? address : masked;
      await recordEvent({ type: action === 'block' ? 'emailBlocked' : 'emailWarning', host, url: sender.url, detail: { fieldKind, address: logged, via } }, sender.tab?.id);
    },
  };
}

/**
 * Where the browser allows blocking webRequest (an extension force-installed by policy in Chromium; Firefox), the
 * last line: a request whose URL or body carries the official address to or from a restricted site is cancelled,
 * however the page's script built it (a fresh frame's fetch, a saved copy of form.submit). Only request types that
 * can carry a body are watched, so images, scripts and styles never wait for the service worker.
 */
export function blockEmailRequestsWhereAllowed(): void {
  let snapshot: EmailRequestSettings | undefined;
  const load = () => void getSettingsState().then(({ settings }) => (snapshot = settings));
  try {
    browser.webRequest.onBeforeRequest.addListener(
      (details) => {
        if (!snapshot || snapshot.emailProtection !== 'block' || details.tabId < 0) return undefined;
        const initiator = (details as { initiator?: string }).initiator ?? (details as { originUrl?: string }).originUrl;
        // the body is decoded only for requests to or from a restricted site, not for every request of the browser
        const body = () => requestBodyText(details.requestBody as Parameters<typeof requestBodyText>[0]);
        const found = officialEmailInRequest({ url: details.url, initiator, body }, snapshot);
        if (!found) return undefined;
        void recordEvent({ type: 'emailBlocked', host: hostOf(initiator ?? details.url) ?? undefined, detail: { address: found.masked, via: 'network' } }, details.tabId);
        if (details.type === 'main_frame') return { redirectUrl: browser.runtime.getURL('/blocked.html?reason=officialEmail') };
        return { cancel: true };
      },
      { urls: ['http://*/*', 'https://*/*'], types: ['main_frame', 'sub_frame', 'xmlhttprequest', 'ping', 'other', 'websocket'] },
      ['blocking', 'requestBody'],
    );
  } catch {
    return; // loaded unpacked in Chromium: no blocking webRequest (the network rules still stop addresses in URLs)
  }
  load();
  watchSettingsState(load);
}
