// Reports to the administrator's collector (`reportUrl`): audit events as JSON batches with a versioned schema, so a
// log collector or SIEM can take them. Each event keeps its id: a collector that saw a batch whose answer was lost
// can drop the repeat. Pure: events in, batch out; the background sends and retries (background/reporting.ts).
import type { AuditEvent } from './audit-log';

export const REPORT_SCHEMA = 'attt-guard.audit-events';
export const REPORT_SCHEMA_VERSION = 1;
export const MAX_BATCH = 200;

export interface ReportBatch {
  schema: typeof REPORT_SCHEMA;
  version: typeof REPORT_SCHEMA_VERSION;
  sentAt: string;
  device: { label: string; extensionVersion: string; userAgent: string };
  events: {
    id: string;
    time: string;
    type: AuditEvent['type'];
    host?: string;
    url?: string;
    detail?: AuditEvent['detail'];
  }[];
}

export function buildBatch(events: AuditEvent[], device: ReportBatch['device'], now = new Date()): ReportBatch {
  return {
    schema: REPORT_SCHEMA,
    version: REPORT_SCHEMA_VERSION,
    sentAt: now.toISOString(),
    device,
    events: events.slice(0, MAX_BATCH).map(({ id, time, type, host, url, detail }) => ({ id, time: new Date(time).toISOString(), type, host, url, detail })),
  };
}

/** Wait before the next attempt after `failures` failed ones: 2 s, 4 s, 8 s … up to 5 minutes. */
export function retryDelayMs(failures: number): number {
  return Math.min(2000 * 2 ** Math.max(0, failures - 1), 5 * 60_000);
}
