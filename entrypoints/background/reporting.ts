// Sends queued audit events to `reportUrl`, oldest first, in batches. Events stay queued (in storage, so a stopped
// worker or a restarted browser loses nothing) until the collector answers 2xx; failures are retried with
// exponential back-off, and an alarm makes sure a retry happens even if the worker was stopped meanwhile.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { markReported, reportQueueItem } from '../../utils/audit-log';
import { buildBatch, MAX_BATCH, retryDelayMs } from '../../utils/report';
import { getSettingsState } from '../../utils/settings-store';

export { reportQueueItem };
export const reportStateItem = storage.defineItem<{ failures: number; lastError?: string; lastSentAt?: number }>('local:reportState', {
  fallback: { failures: 0 },
});

const ALARM = 'report-retry';
let timer: ReturnType<typeof setTimeout> | undefined;
let sending = false;

/** New events were queued: send them shortly (several events close together go in one batch). */
export function reportSoon(): void {
  schedule(500);
}

function schedule(delayMs: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void sendPending(), delayMs);
}

export async function sendPending(): Promise<void> {
  if (sending) return;
  sending = true;
  try {
    const { settings } = await getSettingsState();
    if (!settings.reportUrl) return;
    for (;;) {
      const queue = await reportQueueItem.getValue();
      if (queue.length === 0) return;
      const batch = buildBatch(queue.slice(0, MAX_BATCH), {
        label: settings.deviceLabel,
        extensionVersion: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
      });
      let ok = false;
      let problem = '';
      try {
        const response = await fetch(settings.reportUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(batch),
          credentials: 'omit',
          cache: 'no-store',
        });
        ok = response.ok;
        problem = ok ? '' : `HTTP ${response.status}`;
      } catch (error) {
        problem = String(error);
      }
      if (!ok) {
        const state = await reportStateItem.getValue();
        const failures = state.failures + 1;
        await reportStateItem.setValue({ ...state, failures, lastError: problem });
        schedule(retryDelayMs(failures));
        return;
      }
      await markReported(batch.events.map((event) => event.id));
      await reportStateItem.setValue({ failures: 0, lastSentAt: Date.now() });
    }
  } finally {
    sending = false;
  }
}

export function scheduleReporting(): void {
  void browser.alarms?.create(ALARM, { periodInMinutes: 1 });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void sendPending();
  });
  schedule(1000); // whatever is left from before the worker stopped
}
