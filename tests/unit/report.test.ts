import { describe, expect, it } from 'vitest';
import { toCsv } from '../../components/AuditLogView';
import { tipOfTheDay, scoreQuiz, QUIZ, TIPS } from '../../utils/awareness';
import { buildBatch, MAX_BATCH, REPORT_SCHEMA, retryDelayMs } from '../../utils/report';
import type { AuditEvent } from '../../utils/audit-log';

const event = (i: number): AuditEvent => ({ id: `id-${i}`, time: Date.UTC(2026, 10, 24, 8, 0, i), type: 'linkWarning', host: 'bit.ly', url: 'https://bit.ly/x' });

describe('report batches', () => {
  it('carry the schema, version, device and events with their ids', () => {
    const batch = buildBatch([event(1), event(2)], { label: 'máy 07', extensionVersion: '0.1.0', userAgent: 'UA' }, new Date(Date.UTC(2026, 10, 24)));
    expect(batch).toEqual({
      schema: REPORT_SCHEMA,
      version: 1,
      sentAt: '2026-11-24T00:00:00.000Z',
      device: { label: 'máy 07', extensionVersion: '0.1.0', userAgent: 'UA' },
      events: [
        { id: 'id-1', time: '2026-11-24T08:00:01.000Z', type: 'linkWarning', host: 'bit.ly', url: 'https://bit.ly/x', detail: undefined },
        { id: 'id-2', time: '2026-11-24T08:00:02.000Z', type: 'linkWarning', host: 'bit.ly', url: 'https://bit.ly/x', detail: undefined },
      ],
    });
    expect(buildBatch(Array.from({ length: 500 }, (_, i) => event(i)), { label: '', extensionVersion: '', userAgent: '' }).events).toHaveLength(MAX_BATCH);
  });

  it('back off exponentially up to five minutes', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelayMs(30)).toBe(300_000);
  });
});

describe('CSV export', () => {
  it('quotes every cell', () => {
    const csv = toCsv([{ ...event(1), url: 'https://x.example/"a,b"', detail: { reasons: 'shortener abusedTld' } }]);
    expect(csv.split('\r\n')[1]).toBe('"id-1","2026-11-24T08:00:01.000Z","linkWarning","bit.ly","https://x.example/""a,b""","reasons: shortener abusedTld"');
  });
});

describe('awareness', () => {
  it('has every tip and question in both languages and a tip for every day', () => {
    for (const tip of TIPS) expect(tip.title.vi && tip.title.en && tip.body.vi && tip.body.en).toBeTruthy();
    for (const question of QUIZ) {
      expect(question.answer).toBeLessThan(question.options.length);
      expect(question.explanation.vi && question.explanation.en).toBeTruthy();
    }
    expect(TIPS).toContain(tipOfTheDay(new Date(2026, 10, 24)));
    expect(scoreQuiz(Object.fromEntries(QUIZ.map((q) => [q.id, q.answer])))).toEqual({ correct: QUIZ.length, total: QUIZ.length });
  });
});
