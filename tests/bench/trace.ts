// Main-thread time the extension's scripts take per user action, from a DevTools trace of real Chromium: each action
// is bracketed by a console.timeStamp mark, and every call into a script of the extension (its event listeners,
// timers, message answers: "FunctionCall" events whose script is a chrome-extension:// URL) between two marks is
// added up (nested calls counted once). The page's own scripts and the test driver's are not counted.
import type { Page } from 'playwright-core';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { message?: string; url?: string } } }

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
  const intervals = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur && event.name === 'FunctionCall')
    .filter((event) => event.args?.data?.url?.startsWith('chrome-extension://'))
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

/**
 * Main-thread time the extension's scripts take while a page loads (injecting and running the content scripts,
 * then their listeners until the page is idle): the part of a page load the extension is answerable for.
 */
export async function extensionTimeDuringLoad(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForTimeout(1500); // the e-mail guard's idle check runs after load
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const ours = events
    .filter((event) => event.ph === 'X' && event.dur && (event.name === 'EvaluateScript' || event.name === 'FunctionCall'))
    .filter((event) => event.args?.data?.url?.startsWith('chrome-extension://'))
    .map((event) => [event.ts, event.ts + event.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = 0;
  for (const [from, to] of ours) {
    const start = Math.max(from, reached);
    if (to > start) {
      total += to - start;
      reached = to;
    }
  }
  return total / 1000;
}
