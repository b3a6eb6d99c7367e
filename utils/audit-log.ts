// The one way events are recorded. Only the background writes (messages from other contexts go through it), one
// write at a time, so events raised by many tabs at once are never lost to overlapping read-modify-write cycles.
// The log and the queue of events still to report live in storage.local and are written together in one call: a
// service worker stopped at any moment leaves no event logged but never reported, and the browser restarting loses
// nothing.
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
/** Events waiting to be sent to the administrator's collector (reportUrl), oldest first. */
export const reportQueueItem = storage.defineItem<AuditEvent[]>('local:reportQueue', { fallback: [] });
const MAX_QUEUE = 20_000;

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

// Changes waiting for the next write. Writes never overlap, and everything that arrived during one write goes into
// the next in a single read-modify-write: 1,000 events from 50 tabs cost a handful of writes, not 1,000.
interface Change {
  events: AuditEvent[];
  retentionDays: number;
  report: boolean;
  /** Ids of reported events to drop from the queue (the collector accepted them). */
  sent?: Set<string>;
  done: () => void;
  failed: (error: unknown) => void;
}
let pending: Change[] = [];
let writing: Promise<void> | undefined;

async function flush(): Promise<void> {
  while (pending.length) {
    const batch = pending;
    pending = [];
    try {
      const retentionDays = Math.min(...batch.map((item) => item.retentionDays));
      const events = batch.flatMap((item) => item.events);
      const reported = batch.flatMap((item) => (item.report ? item.events : []));
      const sent = new Set(batch.flatMap((item) => [...(item.sent ?? [])]));
      // Only what changed is read and written back (a delivered batch does not rewrite the whole log), in one call.
      const writes: { key: 'local:auditLog' | 'local:reportQueue'; value: AuditEvent[] }[] = [];
      if (events.length) writes.push({ key: 'local:auditLog', value: appendToLog(await auditLogItem.getValue(), events, retentionDays) });
      if (sent.size || reported.length) {
        const queue = await reportQueueItem.getValue();
        writes.push({ key: 'local:reportQueue', value: [...queue.filter((event) => !sent.has(event.id)), ...reported].slice(-MAX_QUEUE) });
      }
      if (writes.length) await storage.setItems(writes);
      for (const item of batch) item.done();
    } catch (error) {
      for (const item of batch) item.failed(error);
    }
  }
  writing = undefined;
}

function change(item: Omit<Change, 'done' | 'failed'>): Promise<void> {
  return new Promise((resolve, reject) => {
    pending.push({ ...item, done: resolve, failed: reject });
    writing ??= Promise.resolve().then(flush);
  });
}

/**
 * Records events (background only), and queues them for the collector when `report` is set. Resolves with the
 * stored events once they are written.
 */
export async function recordEvents(events: NewAuditEvent[], retentionDays: number, report = false): Promise<AuditEvent[]> {
  const stamped: AuditEvent[] = events.map((event) => ({
    ...event,
    url: event.url === undefined ? undefined : redactUrl(event.url),
    id: crypto.randomUUID(),
    time: event.time ?? Date.now(),
  }));
  await change({ events: stamped, retentionDays, report });
  return stamped;
}

/** Drops events the collector accepted from the report queue. */
export function markReported(ids: Iterable<string>): Promise<void> {
  return change({ events: [], retentionDays: Infinity, report: false, sent: new Set(ids) });
}
