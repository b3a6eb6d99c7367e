import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '../utils/i18n';
import { sendMessage, type PageStatus } from '../utils/messages';
import { LinkReasons } from './LinkReasons';

/**
 * The tab the user is looking at. Opened from the toolbar, that is the active tab; opened as a page of its own
 * (a tab, or a test), the most recently used web page.
 */
async function activePageTab() {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.url && !active.url.startsWith(browser.runtime.getURL('/'))) return active;
  const tabs = await browser.tabs.query({});
  return tabs
    .filter((tab) => tab.url && !tab.url.startsWith(browser.runtime.getURL('/')))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] ?? active;
}

/** The active tab's site: official, trusted, restricted, unknown, suspicious or blocked, and "report this page". */
export function PageStatusView({ t }: { t: Translate }) {
  const [tab, setTab] = useState<{ id?: number; url?: string }>();
  const [status, setStatus] = useState<PageStatus>();
  const [reported, setReported] = useState(false);
  useEffect(() => {
    void activePageTab().then(async (active) => {
      setTab({ id: active?.id, url: active?.url });
      setStatus(await sendMessage('getPageStatus', { url: active?.url ?? '' }));
    });
  }, []);
  if (!status || !tab) return null;
  const problem = status.kind === 'suspicious' || status.kind === 'blocked' || status.kind === 'restricted';
  return (
    <section aria-labelledby="page-heading" data-testid="page-status" data-kind={status.kind}>
      <h2 id="page-heading">{t('pageHeading')}{status.host ? `: ${status.host}` : ''}</h2>
      <p class={problem ? 'status problem' : 'status ok'}>{t(`kind_${status.kind}` as MessageKey)}</p>
      {status.reasons.length > 0 && <LinkReasons reasons={status.reasons} t={t} />}
      {status.kind !== 'internal' && (
        reported ? <p role="status">{t('reportDone')}</p> : (
          <button type="button" onClick={async () => {
            const { ok } = await sendMessage('reportPage', { url: tab.url ?? '', tabId: tab.id });
            setReported(ok);
          }}>{t('reportPage')}</button>
        )
      )}
    </section>
  );
}
