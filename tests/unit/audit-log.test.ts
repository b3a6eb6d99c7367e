import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendToLog, auditLogItem, markReported, recordEvents, redactUrl, reportQueueItem } from '../../utils/audit-log';

describe('audit log', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps only scheme, host and path of URLs', () => {
    expect(redactUrl('https://bit.ly/abc?token=secret#x')).toBe('https://bit.ly/abc');
    expect(redactUrl('javascript:alert(1)')).toBe('javascript:…');
  });

  it('drops events older than the retention', () => {
    const day = 86_400_000;
    const old = { id: 'a', time: 0, type: 'linkWarning' as const };
    const recent = { id: 'b', time: 10 * day, type: 'linkWarning' as const };
    expect(appendToLog([old], [recent], 5, 11 * day)).toEqual([recent]);
  });

  it('loses nothing when many events are recorded at once', async () => {
    await Promise.all(Array.from({ length: 200 }, (_, i) => recordEvents([{ type: 'linkWarning', host: `h${i}.example` }], 180)));
    const log = await auditLogItem.getValue();
    expect(log).toHaveLength(200);
    expect(new Set(log.map((event) => event.id)).size).toBe(200);
  });

  it('writes the log and the report queue in one step, and drops reported events while others arrive', async () => {
    const writes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(Object.keys(changes).sort()));
    const [first] = await recordEvents([{ type: 'pageReport', host: 'a.example' }], 180, true);
    expect(writes).toEqual([['auditLog', 'reportQueue']]);
    await Promise.all([
      markReported([first.id]),
      ...Array.from({ length: 50 }, (_, i) => recordEvents([{ type: 'pageReport', host: `h${i}.example` }], 180, true)),
      recordEvents([{ type: 'settingsChange' }], 180, false),
    ]);
    const queue = await reportQueueItem.getValue();
    expect(queue).toHaveLength(50);
    expect(queue.some((event) => event.id === first.id)).toBe(false);
    expect(await auditLogItem.getValue()).toHaveLength(52);
  });
});
