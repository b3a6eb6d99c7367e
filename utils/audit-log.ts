// The one way events are recorded. Only the background writes (messages from other contexts go through it), one
// write at a time, so events raised by many tabs at once are never lost to overlapping read-modify-write cycles.
// The log lives in storage.local: it survives the service worker being stopped and the browser restarting.
import { storage } from 'wxt/utils/storage';

export type AuditEventType =
  | 'linkWarning'
  | 'linkContinue'
  | 'linkBlocked'
  | 'emailWarning'
  | 'emailBlocked'
  | 'weakPassword'
  | 'passwordReuse'
  | 'pageReport'
  | 'settingsChange'
  | 'passwordSavingState';

export interface AuditEvent {
  id: string;
  time: number;
  type: AuditEventType;
  /** Host of the page or destination concerned. */
  host?: string;
  /** Destination or page without query and fragment (they can carry tokens or addresses). */
  url?: string;
  detail?: Record<string, string | number | boolean>;
}

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'time'> & { time?: number };

export const auditLogItem = storage.defineItem<AuditEvent[]>('local:auditLog', { fallback: [] });

const DAY = 24 * 60 * 60 * 1000;

/** Keeps a URL's scheme, host and path only. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${parsed.protocol}…`;
    return `${parsed.origin}${parsed.pathname}`.slice(0, 300);
  } catch {
    return '';
  }
}

/** Pure: the log after adding `events` and dropping what is older than the retention. */
export function appendToLog(log: AuditEvent[], events: AuditEvent[], retentionDays: number, now = Date.now()): AuditEvent[] {
  const oldest = now - retentionDays * DAY;
  return [...log, ...events].filter((event) => event.time >= oldest);
}

// Events waiting for the next write. Writes never overlap, and everything that arrived during one write goes into
// the next in a single read-modify-write: 1,000 events from 50 tabs cost a handful of writes, not 1,000.
let pending: { events: AuditEvent[]; retentionDays: number; done: () => void; failed: (error: unknown) => void }[] = [];
let writing: Promise<void> | undefined;

async function flush(): Promise<void> {
  while (pending.length) {
    const batch = pending;
    pending = [];
    try {
      const retentionDays = Math.min(...batch.map((item) => item.retentionDays));
      const events = batch.flatMap((item) => item.events);
      await auditLogItem.setValue(appendToLog(await auditLogItem.getValue(), events, retentionDays));
      for (const item of batch) item.done();
    } catch (error) {
      for (const item of batch) item.failed(error);
    }
  }
  writing = undefined;
}

/** Records events (background only). Resolves with the stored events once they are written. */
export function recordEvents(events: NewAuditEvent[], retentionDays: number): Promise<AuditEvent[]> {
  const stamped: AuditEvent[] = events.map((event) => ({
    ...event,
    url: event.url === undefined ? undefined : redactUrl(event.url),
    id: crypto.randomUUID(),
    time: event.time ?? Date.now(),
  }));
  return new Promise((resolve, reject) => {
    pending.push({ events: stamped, retentionDays, done: () => resolve(stamped), failed: reject });
    writing ??= Promise.resolve().then(flush);
  });
}
