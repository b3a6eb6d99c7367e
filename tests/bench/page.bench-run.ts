// What the extension costs every page, measured in real Chromium: page-load time with and without it on a page
// with 5,000 links and 200 forms (median of 30 loads each), script time added per pointer movement over links and
// per keystroke in e-mail and password fields, and the page's JS heap after 1,000 such events.
import { afterAll, beforeAll, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, launchWithoutExtension } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';
import { demoSites } from '../support/sites.mjs';
import { report } from './report';

const rows: [string, string, string, number?][] = [];
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer((request) => demoSites(server)(request));
});
afterAll(async () => {
  report('Page cost', rows);
  await server.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function loadOnce(page: Page, run: number): Promise<number> {
  await page.goto(server.url('big.example.com', `/?run=${run}`), { waitUntil: 'load' });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry.loadEventEnd - entry.startTime;
  });
}

/** Loads alternate between the two browsers, so that the machine's own drift hits both alike. */
async function loadTimes(withExtension: BrowserContext, without: BrowserContext, loads: number): Promise<[number[], number[]]> {
  const pages = [await withExtension.newPage(), await without.newPage()];
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < loads + 5; run++) {
    for (const index of run % 2 ? [1, 0] : [0, 1]) {
      const ms = await loadOnce(pages[index], run);
      if (run >= 5) times[index].push(ms); // the first loads warm caches and the extension
    }
  }
  await Promise.all(pages.map((page) => page.close()));
  return times;
}

async function scriptTime(page: Page, action: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((metric) => metric.name === 'ScriptDuration')!.value * 1000;
  };
  const before = await read();
  await action();
  const after = await read();
  await cdp.detach();
  return after - before;
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * The service worker's JS heap, through the DevTools protocol: Playwright's persistent context has no browser-level
 * session, so a page's session attaches to the worker's target and talks to it with Target.sendMessageToTarget.
 */
async function serviceWorkerHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; targetId: string }[] };
    const worker = targetInfos.find((target) => target.type === 'service_worker')!;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    let nextId = 0;
    const call = (method: string) => new Promise<{ result: Record<string, number> }>((resolve) => {
      const id = ++nextId;
      const listener = (event: { message: string }) => {
        const message = JSON.parse(event.message);
        if (message.id === id) {
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolve(message);
        }
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
    await call('HeapProfiler.collectGarbage');
    return (await call('Runtime.getHeapUsage')).result.usedSize;
  } finally {
    await cdp.detach();
  }
}

interface Costs { hover: number; keyEmail: number; keyPassword: number; heap: number }

async function measure(context: BrowserContext): Promise<Costs> {
  const page = await context.newPage();
  await page.goto(server.url('big.example.com', '/'));
  const heapBefore = await heapUsed(page);
  const links = page.locator('a');
  const hover = await scriptTime(page, async () => {
    for (let i = 0; i < 300; i++) await links.nth(i * 7).hover();
  }) / 300;
  const keyEmail = await scriptTime(page, async () => {
    await page.locator('#email').pressSequentially('nguyenvana@gmail.com'.repeat(10));
  }) / 200;
  const keyPassword = await scriptTime(page, async () => {
    for (let i = 0; i < 10; i++) {
      await page.locator('#password').fill('');
      await page.locator('#password').pressSequentially('Tra-Khuc-chieu-mua');
    }
  }) / 180;
  await page.waitForTimeout(500);
  const heap = (await heapUsed(page)) - heapBefore;
  await page.close();
  return { hover, keyEmail, keyPassword, heap };
}

it('page cost with and without the extension', async () => {
  const plain = await launchWithoutExtension();
  const browser = await launchBrowser();
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let both browsers finish starting up
  const [loadsWith, loadsWithout] = await loadTimes(browser.context, plain.context, 30);
  const without = await measure(plain.context);
  const withExtension = await measure(browser.context);
  // the service worker with the strength estimator loaded (one estimate made)
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(browser.pageUrl('options.html'));
  await extensionPage.evaluate(() => chrome.runtime.sendMessage({ attt: 'estimatePassword', data: { password: 'Tra-Khuc-chieu-mua-42!' } }));
  const workerHeap = await serviceWorkerHeap(extensionPage);
  await plain.close();
  await browser.close();
  rows.push(['service worker JS heap, estimator loaded', `${(workerHeap / 1024 / 1024).toFixed(1)} MB`, '< 32 MB', workerHeap / 1024 / 1024]);

  const ratio = median(loadsWith) / median(loadsWithout);
  rows.push(['page load, median of 30 (5,000 links, 200 forms)', `${median(loadsWith).toFixed(1)} ms vs ${median(loadsWithout).toFixed(1)} ms without: ratio ${ratio.toFixed(3)}`, 'ratio < 1.05', ratio]);
  const added = (key: keyof Costs) => Math.max(0, withExtension[key] - without[key]);
  rows.push(['script time added per hover over a link', `${added('hover').toFixed(3)} ms (mean of 300)`, 'p99 < 2 ms', added('hover')]);
  rows.push(['script time added per keystroke, e-mail field', `${added('keyEmail').toFixed(3)} ms (mean of 200)`, 'p99 < 2 ms', added('keyEmail')]);
  rows.push(['script time added per keystroke, new-password field', `${added('keyPassword').toFixed(3)} ms (mean of 180; the estimate runs in the background)`, 'p99 < 2 ms', added('keyPassword')]);
  rows.push(['page JS heap added after ~700 events', `${((withExtension.heap - without.heap) / 1024).toFixed(0)} KB`, '< 1,024 KB', (withExtension.heap - without.heap) / 1024]);
});
