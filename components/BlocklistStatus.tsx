import { useEffect, useState } from 'preact/hooks';
import { blocklistEntries, downloadedBlocklistItem, type DownloadedBlocklist } from '../utils/downloaded-blocklist';
import type { Translate } from '../utils/i18n';
import { sendMessage } from '../utils/messages';

/**
 * The administrator's downloadable blocklist (blockedHostsUrl): how many entries are in force, from when, which
 * lines were not understood, and — when the last download failed — that the last good copy still applies.
 */
export function BlocklistStatus({ url, language, t }: { url: string; language: string; t: Translate }) {
  const [list, setList] = useState<DownloadedBlocklist | null>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void downloadedBlocklistItem.getValue().then(setList);
    return downloadedBlocklistItem.watch(setList);
  }, []);
  if (!url || list === undefined) return null;
  const when = (time: number) => new Date(time).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  const current = list?.url === url ? list : null;
  const failed = Boolean(current?.lastError);
  return (
    <section aria-labelledby="blocklist-heading" data-testid="blocklist-status">
      <h2 id="blocklist-heading">{t('blocklistHeading')}</h2>
      <p><code>{url}</code></p>
      {!current ? (
        <p>{t('blocklistPending')}</p>
      ) : (
        <>
          {current.fetchedAt > 0 && <p data-testid="blocklist-entries">{t('blocklistEntries', { count: String(current.count ?? blocklistEntries(current).length), time: when(current.fetchedAt) })}</p>}
          {failed && (
            <p class="status problem" role="alert" data-testid="blocklist-error">
              {t(current.fetchedAt > 0 ? 'blocklistFailedKept' : 'blocklistFailedNone', { time: when(current.lastAttemptAt), error: current.lastError ?? '' })}
            </p>
          )}
          {current.errorLines > 0 && (
            <>
              <p data-testid="blocklist-bad-lines">{t('blocklistBadLines', { count: String(current.errorLines) })}</p>
              <ul>
                {(current.errorSamples ?? []).map((sample) => (
                  <li key={sample.line}>{t('blocklistLine', { line: String(sample.line) })} <code>{sample.text}</code></li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <button type="button" data-testid="blocklist-refresh" disabled={busy} onClick={() => {
        setBusy(true);
        void sendMessage('refreshBlocklist').finally(() => setBusy(false));
      }}>{t('blocklistRefresh')}</button>
    </section>
  );
}
