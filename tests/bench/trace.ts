// Main-thread script time per user action, from a DevTools trace of real Chromium: each action is bracketed by a
// console.timeStamp mark; the time spent in event listeners, callbacks and microtasks on the page's main thread
// between two marks (overlaps merged, the marking script itself left out) is that action's cost.
import type { Page } from 'playwright-core';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { message?: string } } }

const SCRIPT_EVENTS = new Set(['EventDispatch', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireIdleCallback']);
const MARK = 'attt-bench-action';

export async function scriptTimePerAction(page: Page, count: number, act: (index: number) => Promise<void>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
  const mark = () => page.evaluate((name) => console.timeStamp(name), MARK);
  for (let index = 0; index < count; index++) {
    await mark();
    await act(index);
    await page.waitForTimeout(20); // answers from the service worker land inside this action's window
  }
  await mark();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();

  const marks = events.filter((event) => event.name === 'TimeStamp' && event.args?.data?.message === MARK).sort((a, b) => a.ts - b.ts);
  const { pid, tid } = marks[0];
  const evaluations = events.filter((event) => event.pid === pid && event.tid === tid && event.name === 'EvaluateScript' && event.dur);
  const intervals = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur && SCRIPT_EVENTS.has(event.name))
    .filter((event) => !evaluations.some((evaluation) => event.ts >= evaluation.ts && event.ts < evaluation.ts + evaluation.dur!))
    .map((event) => [event.ts, event.ts + event.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  const costs: number[] = [];
  for (let index = 0; index + 1 < marks.length; index++) {
    const start = marks[index].ts;
    const end = marks[index + 1].ts;
    let total = 0;
    let reached = start;
    for (const [from, to] of intervals) {
      if (to <= start || from >= end) continue;
      const a = Math.max(from, reached);
      const b = Math.min(to, end);
      if (b > a) {
        total += b - a;
        reached = b;
      }
    }
    costs.push(total / 1000); // ms
  }
  return costs;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
