// Deployed the way IT does it, with nothing loaded by hand: a signed CRX and update.xml served from a local server,
// a Linux policy file with ExtensionInstallForcelist and the extension's settings.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchBrowser } from '../support/browser.mjs';
import { packCrx } from '../support/pack.mjs';
import { startServer } from '../support/server.mjs';
import { demoSites } from '../support/sites.mjs';
import { hostileSites } from '../support/hostile-sites.mjs';

type Server = Awaited<ReturnType<typeof startServer>>;
type Browser = Awaited<ReturnType<typeof launchBrowser>>;
let server: Server;
let browser: Browser | undefined;
let packed: ReturnType<typeof packCrx>;

beforeAll(async () => {
  packed = packCrx(EXTENSION_DIR);
  server = await startServer((request) => {
    if (request.host === 'updates.quangngai.gov.vn' && request.path.split('?')[0] === '/update.xml') return { type: 'text/xml', body: packed.updateXml(server.url('updates.quangngai.gov.vn', '/attt-guard.crx', 'http')) };
    if (request.host === 'updates.quangngai.gov.vn' && request.path === '/attt-guard.crx') return { type: 'application/x-chrome-extension', body: packed.crx };
    return hostileSites(server)(request) ?? demoSites(server)(request);
  });
});
afterAll(() => server.close());
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('installed by policy', () => {
  it('arrives force-installed, cannot be disabled, follows its policy and stops navigations before they leave', async () => {
    browser = await launchBrowser({
      installByPolicy: { id: packed.id, updateUrl: server.url('updates.quangngai.gov.vn', '/update.xml', 'http') },
      policy: { linkWarnings: 'block', supportContact: 'Phòng CNTT', blockedHosts: ['botnet-c2.example.net'] },
    });
    expect(browser.extensionId).toBe(packed.id);
    const self = await browser.inWorker(async () => chrome.management.getSelf());
    expect(self).toMatchObject({ installType: 'admin', mayDisable: false, version: packed.version });
    expect(server.received('updates.quangngai.gov.vn', '/attt-guard.crx')).toHaveLength(1);

    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    await expect.poll(() => options.locator('tr[data-key="linkWarnings"]').getAttribute('data-source')).toBe('policy');

    // warnings follow the policy: no "Continue" with linkWarnings: block
    const page = await browser.context.newPage();
    await page.goto(server.url('news.example.com', '/'));
    await page.click('#shortener');
    await page.waitForURL(/warning\.html/);
    await expect.poll(() => page.getByTestId('no-continue').count()).toBe(1);

    // force-installed, the extension keeps blocking webRequest: a lookalike typed in the address bar (no pattern
    // rule covers it) is stopped before its request leaves
    const typed = await browser.context.newPage();
    await typed.goto(server.url('quangngal.com.vn', '/dang-nhap')).catch(() => undefined);
    await expect.poll(() => typed.url()).toMatch(/warning\.html/);
    expect(server.received('quangngal.com.vn')).toEqual([]);
  });

  it('cancels a request carrying the official e-mail that the page-world guard cannot see (a frame reached as window[0])', async () => {
    browser = await launchBrowser({ installByPolicy: { id: packed.id, updateUrl: server.url('updates.quangngai.gov.vn', '/update.xml', 'http') }, policy: { supportContact: 'Phòng CNTT' } });
    const page = await browser.context.newPage();
    await page.goto(server.url('webtretho.com', '/dang-ky'));
    await page.fill('#email', 'nguyenvana@quangngai.gov.vn');
    await page.locator('#email').blur();
    await page.click('#indexedFrameFetch');
    await expect.poll(async () => (await browser!.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog ?? []))
      .filter((event: { detail?: { via?: string } }) => event.detail?.via === 'network')).toHaveLength(1);
    expect(server.received('webtretho.com', '/api/')).toEqual([]);
  });
});
