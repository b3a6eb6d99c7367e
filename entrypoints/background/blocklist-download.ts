// Refreshes the optional `blockedHostsUrl` list. The last good copy is kept when a download fails or does not look
// like a blocklist, so a server outage never lifts a block.
import { browser } from 'wxt/browser';
import { looksLikeBlocklist, parseBlocklist } from '../../utils/blocklist-parser';
import { blocklistEntries, downloadedBlocklistItem } from '../../utils/downloaded-blocklist';
import { getSettingsState } from '../../utils/settings-store';

export { downloadedBlocklistItem };

const ALARM = 'refresh-blocklist';
const REFRESH_MINUTES = 6 * 60;

export async function refreshBlocklist(): Promise<void> {
  const { settings } = await getSettingsState();
  const url = settings.blockedHostsUrl;
  const previous = await downloadedBlocklistItem.getValue();
  if (!url) {
    if (previous) await downloadedBlocklistItem.setValue(null);
    return;
  }
  const keep = previous?.url === url ? previous : null;
  const kept = blocklistEntries(keep);
  const fail = (lastError: string, errorSamples = keep?.errorSamples) =>
    downloadedBlocklistItem.setValue({ url, entries: kept.join('\n'), count: kept.length, fetchedAt: keep?.fetchedAt ?? 0, errorLines: keep?.errorLines ?? 0, errorSamples, lastError, lastAttemptAt: Date.now() });
  try {
    const response = await fetch(url, { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) return void (await fail(`HTTP ${response.status}`));
    const parsed = parseBlocklist(await response.text());
    const errorSamples = parsed.errors.slice(0, 5);
    if (!looksLikeBlocklist(parsed)) return void (await fail(`not a blocklist (${parsed.errors.length} bad lines)`, errorSamples));
    await downloadedBlocklistItem.setValue({ url, entries: parsed.entries.join('\n'), count: parsed.entries.length, fetchedAt: Date.now(), errorLines: parsed.errors.length, errorSamples, lastAttemptAt: Date.now() });
  } catch (error) {
    await fail(String(error));
  }
}

export function scheduleBlocklistRefresh(): void {
  void browser.alarms?.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshBlocklist();
  });
}

/** Downloads at once when the administrator sets or changes the URL. */
export async function syncBlocklistUrl(): Promise<void> {
  const { settings } = await getSettingsState();
  const current = await downloadedBlocklistItem.getValue();
  if ((current?.url ?? '') !== settings.blockedHostsUrl) await refreshBlocklist();
}
