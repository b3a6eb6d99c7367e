// Sends queued audit events to `reportUrl`, oldest first, in batches. Events stay queued (in storage, so a stopped
// worker or a restarted browser loses nothing) until the collector answers 2xx; failures are retried with
// exponential back-off, and an alarm makes sure a retry happens even if the worker was stopped meanwhile.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { AuditEvent } from '../../utils/audit-log';
import { buildBatch, MAX_BATCH, retryDelayMs } from '../../utils/report';
import { getSettingsState } from '../../utils/settings-store';

export const reportQueueItem = storage.defineItem<AuditEvent[]>('local:reportQueue', { fallback: [] });
export const reportStateItem = storage.defineItem<{ failures: number; lastError?: string; lastSentAt?: number }>('local:reportState', {
  fallback: { failures: 0 },
});

const MAX_QUEUE = 20_000;
const ALARM = 'report-retry';
let chain: Promise<unknown> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | undefined;
let sending = false;

/** Serialises queue changes (events arrive from many tabs at once). */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = chain.then(task, task);
  chain = next.catch(() => undefined);
  return next;
}

export function enqueueForReport(events: AuditEvent[]): Promise<void> {
  return serial(async () => {
    const queue = await reportQueueItem.getValue();
    await reportQueueItem.setValue([...queue, ...events].slice(-MAX_QUEUE));
  }).then(() => schedule(500));
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
      const sent = new Set(batch.events.map((event) => event.id));
      await serial(async () => reportQueueItem.setValue((await reportQueueItem.getValue()).filter((event) => !sent.has(event.id))));
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
