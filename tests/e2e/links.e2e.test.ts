import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.mjs';
import { useDemoServer } from '../support/demo-server';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
/** What the administrator's list server answers now (changed by the blocklist tests). */
let published = { type: 'text/plain; charset=utf-8', status: 200, body: '' };
const server = useDemoServer((request) => (request.host === 'lists.quangngai.gov.vn' ? published : undefined));
let browser: Browser | undefined;

const POLICY = { blockedHosts: ['botnet-c2.example.net', '127.0.0.0/30'], supportContact: 'Phòng CNTT, 0255 3822 000' };

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openNews(policy: Record<string, unknown> = POLICY): Promise<Page> {
  browser = await launchBrowser({ policy });
  const page = await browser.context.newPage();
  await page.goto(server.url('news.example.com', '/'));
  return page;
}

/** Waits for the tab to show `pattern`; the extension may abort the first navigation, so the URL is polled. */
const landsOn = (page: Page, pattern: RegExp) => expect.poll(() => page.url()).toMatch(pattern);

const isWarning = (page: Page) => page.url().startsWith(`chrome-extension://${browser!.extensionId}/warning.html`);

describe('suspicious links in a page', () => {
  it('shows the warning page instead of the link, sends nothing to the destination until "Continue"', async () => {
    const page = await openNews();
    await page.click('#shortener');
    await page.waitForURL(/warning\.html/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cảnh báo: liên kết có thể không an toàn');
    expect(await page.getByTestId('destination').textContent()).toContain('bit.ly');
    expect(await page.locator('[data-reason="shortener"]').textContent()).toBe('Đây là liên kết rút gọn: không biết trước nó dẫn tới đâu.');
    expect(await page.textContent('body')).toContain('Cần hỗ trợ: Phòng CNTT, 0255 3822 000');
    // "Go back" is the default action: it has the focus
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('go-back');
    expect(server.received('bit.ly')).toHaveLength(0);
    await page.getByTestId('continue').click();
    await page.waitForURL((url) => url.host.startsWith('bit.ly'));
    expect(await page.locator('#destination').textContent()).toBe('Destination bit.ly');
    expect(server.received('bit.ly', '/3xQz')).toHaveLength(1);
    const log = await browser!.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog);
    expect(log.map((event: { type: string }) => event.type).filter((type: string) => type.startsWith('link'))).toEqual(['linkWarning', 'linkContinue']);
  });

  it('goes back to the page with "Go back"', async () => {
    const page = await openNews();
    await page.click('#lookalike');
    await page.waitForURL(/warning\.html/);
    expect(await page.locator('[data-reason="lookalike"]').textContent()).toContain('quangngai.gov.vn');
    await page.keyboard.press('Enter'); // the focused default button
    await page.waitForURL(/news\.example\.com/);
    expect(server.received('quangngai-gov.vn')).toHaveLength(0);
  });

  it('gives no "Continue" when policy says block', async () => {
    const page = await openNews({ ...POLICY, linkWarnings: 'block' });
    await page.click('#homoglyph');
    await page.waitForURL(/warning\.html/);
    await expect.poll(() => page.getByTestId('no-continue').isVisible()).toBe(true);
    expect(await page.getByTestId('continue').count()).toBe(0);
    expect(server.received('faceb00k.com')).toHaveLength(0);
  });

  it.each([
    ['#embedded', 'quangngai.gov.vn.secure-login.top', 'embeddedDomain'],
    ['#mismatch', 'pay-bill.example.net', 'textMismatch'],
  ])('catches %s', async (selector, host, reason) => {
    const page = await openNews();
    await page.click(selector);
    await page.waitForURL(/warning\.html/);
    await expect.poll(() => page.locator(`[data-reason="${reason}"]`).count()).toBe(1);
    expect(server.received(host)).toHaveLength(0);
  });

  it('catches links in a same-origin iframe, in an open shadow root and added later by the page', async () => {
    const page = await openNews();
    await page.frameLocator('#frame').locator('#frame-link').click();
    await page.waitForURL(/warning\.html/);
    await page.goBack();
    await page.locator('#shadow-link').click();
    await page.waitForURL(/warning\.html/);
    await page.goBack();
    await page.locator('#late-link').click();
    await page.waitForURL(/warning\.html/);
    expect(server.received('rb.gy')).toHaveLength(0);
    expect(server.received('tinyurl.com')).toHaveLength(0);
    expect(server.received('nhanqua.xyz')).toHaveLength(0);
  });

  it('catches keyboard activation, middle click and target=_blank, opening the warning in a new tab', async () => {
    const page = await openNews();
    await page.focus('#shortener');
    await page.keyboard.press('Enter');
    await page.waitForURL(/warning\.html/);
    await page.goBack();
    const viaTargetBlank = browser!.context.waitForEvent('page');
    await page.click('#new-tab');
    const newTab = await viaTargetBlank;
    await newTab.waitForURL(/warning\.html/);
    const viaMiddle = browser!.context.waitForEvent('page');
    await page.click('#homoglyph', { button: 'middle' });
    const middleTab = await viaMiddle;
    await middleTab.waitForURL(/warning\.html/);
    expect(isWarning(page)).toBe(false);
    expect(server.received('bit.ly')).toHaveLength(0);
    expect(server.received('faceb00k.com')).toHaveLength(0);
  });

  it('lets trusted, same-site, unknown and in-page links through untouched', async () => {
    const page = await openNews();
    await page.click('#in-page');
    await page.click('#anchor');
    expect(page.url()).toContain('news.example.com');
    await page.click('#trusted');
    await page.waitForURL(/www\.facebook\.com/);
    await page.goBack();
    await page.click('#same-site');
    await page.waitForURL(/sport\.example\.com/);
    await page.goBack();
    await page.click('#unknown');
    await page.waitForURL(/www\.example\.org/);
    expect(server.received('www.example.org', '/article')).toHaveLength(1);
  });
});

describe('links of unknown origin in webmail and chat', () => {
  it('warns on an unknown external link in Zalo web, but not on a trusted one', async () => {
    browser = await launchBrowser({ policy: POLICY });
    const page = await browser.context.newPage();
    await page.goto(server.url('chat.zalo.me', '/'));
    await page.click('#chat-unknown');
    await page.waitForURL(/warning\.html/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Liên kết lạ trong thư hoặc tin nhắn');
    expect(server.received('www.example.org', '/tai-lieu')).toHaveLength(0);
    await page.goBack();
    await page.click('#chat-trusted');
    await page.waitForURL(/quangngai\.gov\.vn/);
  });
});

describe('navigations no page click started', () => {
  it('stops a shortener opened from another program before any request leaves (declarativeNetRequest)', async () => {
    browser = await launchBrowser({ policy: POLICY });
    const page = await browser.context.newPage();
    await page.goto(server.url('bit.ly', '/from-zalo-app')).catch(() => undefined);
    await landsOn(page, /warning\.html/);
    expect(await page.getByTestId('destination').textContent()).toContain('bit.ly');
    expect(server.received('bit.ly')).toHaveLength(0);
    await page.getByTestId('continue').click();
    await page.waitForURL((url) => url.host.startsWith('bit.ly'));
    expect(server.received('bit.ly', '/from-zalo-app')).toHaveLength(1);
  });

  it('sends a lookalike opened directly to the warning page', async () => {
    browser = await launchBrowser({ policy: POLICY });
    const page = await browser.context.newPage();
    await page.goto(server.url('quangngal.com.vn', '/')).catch(() => undefined);
    await landsOn(page, /warning\.html/);
    await expect.poll(() => page.locator('[data-reason="lookalike"]').count()).toBe(1);
  });

  it('checks window.open from a page script', async () => {
    const page = await openNews();
    const popup = browser!.context.waitForEvent('page');
    await page.click('#open-window');
    const opened = await popup;
    await landsOn(opened, /warning\.html/);
    expect(server.received('free-gift.click')).toHaveLength(0);
  });
});

describe('blocked hosts', () => {
  it('never reach the server: typed in the address bar, clicked, or loaded as an image', async () => {
    const page = await openNews();
    await page.click('#blocked');
    await page.waitForURL(/blocked\.html/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đã chặn truy cập');
    const typed = await browser!.context.newPage();
    await typed.goto(server.url('botnet-c2.example.net', '/typed')).catch(() => undefined);
    await landsOn(typed, /blocked\.html/);
    await expect.poll(() => typed.getByTestId('destination').textContent()).toContain('botnet-c2.example.net');
    const byIp = await browser!.context.newPage();
    await byIp.goto(server.url('127.0.0.1', '/by-ip', 'http')).catch(() => undefined);
    await landsOn(byIp, /blocked\.html/);
    expect(server.received('botnet-c2.example.net')).toHaveLength(0);
    expect(server.received('127.0.0.1')).toHaveLength(0);
    expect(await page.goBack().then(() => page.evaluate(() => (document.getElementById('blocked-image') as HTMLImageElement).naturalWidth))).toBe(0);
    const log = await browser!.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog);
    expect(log.filter((event: { type: string }) => event.type === 'linkBlocked').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the downloadable blocklist (blockedHostsUrl)', () => {
  it('blocks the hosts of the list the administrator publishes', async () => {
    const listUrl = server.url('cntt.quangngai.gov.vn', '/botnet.txt');
    browser = await launchBrowser({ policy: { blockedHostsUrl: listUrl } });
    await expect
      .poll(() => browser!.inWorker(async () => (await chrome.storage.local.get('downloadedBlocklist')).downloadedBlocklist?.entries.split('\n')))
      .toEqual(['c2.mirai-variant.example', '127.0.0.1']);
    const page = await browser.context.newPage();
    await page.goto(server.url('c2.mirai-variant.example', '/bot')).catch(() => undefined);
    await landsOn(page, /blocked\.html/);
    expect(server.received('c2.mirai-variant.example')).toHaveLength(0);
  });

  it('reads a messy list, says on the options page what it skipped, and keeps the last good copy when a download fails', async () => {
    published = {
      type: 'text/plain; charset=utf-8',
      status: 200,
      body: [
        '# Danh sách botnet – Sở TT&TT', 'C2.Mirai-Variant.Example', 'c2.mirai-variant.example', '0.0.0.0 loader.botnet.example # hosts-file line',
        '203.0.113.0/24', '203.0.113.128/25', '203.0.113.7', 'bücher-botnet.example', '', 'not a host!!', '999.1.1.1', '10.0.0.0/99',
        '\u0000\u0007\u00ff garbage',
      ].join('\n'),
    };
    browser = await launchBrowser({ policy: { blockedHostsUrl: server.url('lists.quangngai.gov.vn', '/botnet.txt') } });
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    await expect.poll(() => options.getByTestId('blocklist-entries').textContent()).toMatch(/^Đang áp dụng 6 mục, tải lúc/);
    expect(await options.getByTestId('blocklist-bad-lines').textContent()).toBe('4 dòng không đọc được nên bị bỏ qua. Các dòng đầu tiên:');
    const status = await options.getByTestId('blocklist-status').textContent();
    expect(status).toContain('Dòng 10: not a host!!Dòng 11: 999.1.1.1Dòng 12: 10.0.0.0/99Dòng 13: ��ÿ garbage'); // control bytes shown as �
    const blockedNow = async () => {
      const page = await browser!.context.newPage();
      await page.goto(server.url('xn--bcher-botnet-dlb.example', '/')).catch(() => undefined);
      await landsOn(page, /blocked\.html/);
      await page.close();
    };
    await blockedNow();

    // the list server now answers with an error page: the last good copy stays in force, and the page says so
    published = { type: 'text/html', status: 200, body: '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>' };
    await options.getByTestId('blocklist-refresh').click();
    await expect.poll(() => options.getByTestId('blocklist-error').textContent()).toMatch(/không thành công \(not a blocklist.*\)\. Tiện ích vẫn dùng bản tải được gần nhất\./);
    expect(await options.getByTestId('blocklist-entries').textContent()).toMatch(/^Đang áp dụng 6 mục/);
    await blockedNow();
    expect(server.received('xn--bcher-botnet-dlb.example')).toEqual([]);
  });
});
