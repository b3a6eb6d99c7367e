// What the extension costs every page, measured in real Chromium: page-load time with and without it on a page
// with 5,000 links and 200 forms (median of 30 loads each), main-thread script time per hover over a link, per click
// and per keystroke in e-mail and password fields (p99 from a DevTools trace), and the page's JS heap after them.
import { afterAll, beforeAll, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, launchWithoutExtension } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';
import { demoSites } from '../support/sites.mjs';
import { report } from './report';
import { extensionTimeDuringLoad, percentile, scriptTimePerAction } from './trace';

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

interface Costs { hover: number[]; click: number[]; keyEmail: number[]; keyPassword: number[]; heap: number }

async function measure(context: BrowserContext): Promise<Costs> {
  const page = await context.newPage();
  await page.goto(server.url('big.example.com', '/'));
  const heapBefore = await heapUsed(page);
  const links = page.locator('a');
  const hover = await scriptTimePerAction(page, 300, (i) => links.nth(i * 7).hover());
  const fields = ['#email', '#password'];
  const click = await scriptTimePerAction(page, 100, (i) => page.locator(fields[i % 2]).click());
  await page.locator('#email').fill('');
  const emailText = 'nguyenvana@gmail.com'.repeat(10);
  const keyEmail = await scriptTimePerAction(page, emailText.length, (i) => page.keyboard.press(emailText[i]));
  const passwordText = 'Tra-Khuc-chieu-mua'.repeat(10);
  await page.locator('#password').fill('');
  await page.locator('#password').focus();
  const keyPassword = await scriptTimePerAction(page, passwordText.length, async (i) => {
    if (i % 18 === 0) await page.locator('#password').fill(''); // new passwords of 1..18 characters
    await page.keyboard.press(passwordText[i]);
  });
  await page.waitForTimeout(500);
  const heap = (await heapUsed(page)) - heapBefore;
  await page.close();
  return { hover, click, keyEmail, keyPassword, heap };
}

it('page cost with and without the extension', async () => {
  const plain = await launchWithoutExtension();
  const browser = await launchBrowser();
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let both browsers finish starting up
  const [loadsWith, loadsWithout] = await loadTimes(browser.context, plain.context, 30);
  const without = await measure(plain.context);
  const withExtension = await measure(browser.context);
  const loadPage = await browser.context.newPage();
  const loadCosts: number[] = [];
  for (let i = 0; i < 10; i++) loadCosts.push(await extensionTimeDuringLoad(loadPage, server.url('big.example.com', '/')));
  await loadPage.close();
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
  const loadCost = percentile(loadCosts, 50);
  rows.push(['extension script time during that page load (trace, median of 10)', `${loadCost.toFixed(2)} ms = ${((loadCost / median(loadsWithout)) * 100).toFixed(1)} % of the load without it`, '< 5 % of the load', loadCost]);
  // Per action: main-thread time in the extension's scripts, from a trace (the first action includes compiling them).
  const perAction = (key: 'hover' | 'click' | 'keyEmail' | 'keyPassword', label: string) => {
    const values = withExtension[key];
    const p99 = percentile(values, 99);
    rows.push([label, `p99 ${p99.toFixed(3)} ms, median ${percentile(values, 50).toFixed(3)}, max ${Math.max(...values).toFixed(3)} ms over ${values.length}`, 'p99 < 2 ms', p99]);
  };
  perAction('hover', 'main-thread time per hover over a link');
  perAction('click', 'main-thread time per click into a field');
  perAction('keyEmail', 'main-thread time per keystroke, e-mail field');
  perAction('keyPassword', 'main-thread time per keystroke, new-password field (estimate in the background)');
  rows.push(['page JS heap added after ~1,100 events', `${((withExtension.heap - without.heap) / 1024).toFixed(0)} KB`, '< 1,024 KB', (withExtension.heap - without.heap) / 1024]);
});
