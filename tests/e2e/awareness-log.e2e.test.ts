import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, ROOT } from '../support/browser.mjs';
import { useDemoServer } from '../support/demo-server';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
let browser: Browser | undefined;
let collectorDown = false;
/** Bodies of the batches the collector accepted (answered 200). */
let acceptedBatches: { schema: string; version: number; device: { label: string }; events: { id: string }[] }[] = [];
const SHOTS = join(ROOT, 'test-output/screenshots');

// A report collector next to the demo sites: down (503) or up, keeping what it accepted.
const server = useDemoServer((request) => {
  if (request.host !== 'collector.quangngai.gov.vn') return undefined;
  if (collectorDown) return { status: 503, body: 'down' };
  acceptedBatches.push(JSON.parse(request.body));
  return { status: 200, type: 'application/json', body: '{"ok":true}' };
});
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
beforeEach(() => {
  collectorDown = false;
  acceptedBatches = [];
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const auditLog = () => browser!.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog ?? []);

describe('pop-up', () => {
  it('shows the status of the current page, recent warnings, a tip, the badge, and reports a page', async () => {
    browser = await launchBrowser({ policy: { supportContact: 'CNTT' } });
    const page = await browser.context.newPage();
    await page.goto(server.url('news.example.com', '/'));
    await page.click('#shortener');
    await page.waitForURL(/warning\.html/);
    const tabId = await browser.inWorker(async () => (await chrome.tabs.query({ url: 'chrome-extension://*/warning.html*' }))[0].id);
    await expect.poll(() => browser!.inWorker(async (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!');
    await page.goto(server.url('www.facebook.com', '/quangngai'));
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(browser.pageUrl('popup.html'));
    const status = popup.getByTestId('page-status');
    await expect.poll(() => status.getAttribute('data-kind')).toBe('restricted');
    expect(await status.textContent()).toContain('www.facebook.com');
    expect(await popup.getByTestId('recent').textContent()).toContain('Cảnh báo liên kết: bit.ly');
    expect(await popup.getByTestId('tip').textContent()).toMatch(/Mẹo hôm nay: .+/);
    await popup.screenshot({ path: join(SHOTS, 'popup.png'), fullPage: true });
    // keyboard: Tab to "report this page", Enter
    const report = popup.getByRole('button', { name: 'Báo trang này đáng ngờ' });
    await report.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Đã ghi nhận báo cáo' }).count()).toBe(1);
    const reports = (await auditLog()).filter((event: { type: string }) => event.type === 'pageReport');
    expect(reports).toMatchObject([{ host: 'www.facebook.com', url: expect.stringContaining('/quangngai') }]);
  });
});

describe('options page', () => {
  it('teaches with tips, runs the quiz with immediate feedback and keeps the last result', async () => {
    browser = await launchBrowser({ policy: { supportContact: 'Phòng CNTT 0255 3822 000', linkWarnings: 'block' } });
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('options.html'));
    const tips = page.getByTestId('tips');
    await expect.poll(() => tips.textContent()).toContain('Liên kết lạ qua Zalo, Facebook, e-mail, SMS');
    expect(await tips.textContent()).toContain('Phòng CNTT 0255 3822 000');
    const quiz = page.getByTestId('quiz');
    // wrong, then right answers, each with its explanation at once
    await quiz.locator('fieldset[data-question="q-password"] input').nth(0).check();
    expect(await quiz.locator('fieldset[data-question="q-password"] [data-testid="quiz-feedback"]').textContent()).toMatch(/^Chưa đúng\./);
    await quiz.locator('fieldset[data-question="q-email"] input').nth(1).check();
    expect(await quiz.locator('fieldset[data-question="q-email"] [data-testid="quiz-feedback"]').textContent()).toMatch(/^Đúng!/);
    // keyboard: focus a radio, arrow to the next option, which selects it
    await quiz.locator('fieldset[data-question="q-link"] input').nth(0).focus();
    await page.keyboard.press('ArrowDown');
    expect(await quiz.locator('fieldset[data-question="q-link"] [data-testid="quiz-feedback"]').textContent()).toMatch(/^Đúng!/);
    await quiz.locator('fieldset[data-question="q-lookalike"] input').nth(1).check();
    await quiz.locator('fieldset[data-question="q-after"] input').nth(1).check();
    expect(await page.getByTestId('quiz-score').textContent()).toContain('Kết quả: 4/5 câu đúng.');
    // locked settings show as locked
    expect(await page.locator('tr[data-key="linkWarnings"]').getAttribute('data-locked')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await page.reload();
    await expect.poll(() => page.getByTestId('quiz-last').textContent()).toContain('Lần làm trước: 4/5');
  });

  it('filters the audit log, exports CSV and JSON, and clears it only where policy allows', async () => {
    browser = await launchBrowser({ policy: { allowLogClear: true } });
    await browser.inWorker(async () => {
      const day = 86_400_000;
      const now = Date.now();
      const events = [
        { id: 'e1', time: now - 3 * day, type: 'linkWarning', host: 'bit.ly', url: 'https://bit.ly/x' },
        { id: 'e2', time: now - day, type: 'emailBlocked', host: 'facebook.com', detail: { address: 'n***@quangngai.gov.vn' } },
        { id: 'e3', time: now, type: 'linkBlocked', host: 'botnet.example', url: 'https://botnet.example/"a,b"' },
      ];
      await chrome.storage.local.set({ auditLog: events });
    });
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('options.html'));
    const log = page.getByTestId('audit-log');
    await expect.poll(() => log.getByTestId('log-count').textContent()).toBe('3 sự kiện');
    await log.getByTestId('log-type').selectOption('emailBlocked');
    expect(await log.getByTestId('log-count').textContent()).toBe('1 sự kiện');
    expect(await log.locator('tbody tr').textContent()).toContain('n***@quangngai.gov.vn');
    await log.getByTestId('log-type').selectOption('');
    await log.getByTestId('log-from').fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
    await expect.poll(() => log.getByTestId('log-count').textContent()).toBe('2 sự kiện');
    const csvDownload = page.waitForEvent('download');
    await log.getByRole('button', { name: 'Xuất CSV' }).click();
    const csv = await (await csvDownload).createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += chunk;
      return text;
    });
    expect(csv.split('\r\n')[0]).toBe('id,time,type,host,url,detail');
    expect(csv).toContain('"https://botnet.example/""a,b"""');
    expect(csv.split('\r\n')).toHaveLength(3);
    const jsonDownload = page.waitForEvent('download');
    await log.getByRole('button', { name: 'Xuất JSON' }).click();
    const json = JSON.parse(await (await jsonDownload).createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += chunk;
      return text;
    }));
    expect(json.map((event: { id: string }) => event.id)).toEqual(['e3', 'e2']);
    page.once('dialog', (dialog) => void dialog.accept());
    await log.getByRole('button', { name: 'Xóa nhật ký', exact: true }).click();
    await expect.poll(() => log.getByTestId('log-count').textContent()).toBe('0 sự kiện');
  });

  it('offers no way to clear the log by default', async () => {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('options.html'));
    await expect.poll(() => page.getByTestId('audit-log').textContent()).toContain('không được xóa nhật ký');
    expect(await page.getByRole('button', { name: 'Xóa nhật ký', exact: true }).count()).toBe(0);
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ attt: 'clearAuditLog' }))).toEqual({ ok: false });
  });
});

describe('audit log under load and reporting', () => {
  it('keeps every one of 1,000 events raised by 50 tabs at once', async () => {
    browser = await launchBrowser();
    const pages = await Promise.all(Array.from({ length: 50 }, () => browser!.context.newPage()));
    await Promise.all(pages.map((page) => page.goto(browser!.pageUrl('popup.html'))));
    await Promise.all(pages.map((page, tab) => page.evaluate(async (n) => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => chrome.runtime.sendMessage({ attt: 'reportPage', data: { url: `https://site${n}.example/page${i}` } })));
    }, tab)));
    const reports = (await auditLog()).filter((event: { type: string }) => event.type === 'pageReport');
    expect(reports).toHaveLength(1000);
    expect(new Set(reports.map((event: { url: string }) => event.url)).size).toBe(1000);
  });

  it('delivers every event exactly once to a collector that is down for a while', async () => {
    collectorDown = true;
    const reportUrl = server.url('collector.quangngai.gov.vn', '/events');
    browser = await launchBrowser({ policy: { reportUrl, deviceLabel: 'THCS Nghĩa Hành – máy 07' } });
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('popup.html'));
    await page.evaluate(async () => {
      for (let i = 0; i < 30; i++) await chrome.runtime.sendMessage({ attt: 'reportPage', data: { url: `https://suspicious${i}.example/` } });
    });
    await expect.poll(() => server.received('collector.quangngai.gov.vn').length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    collectorDown = false;
    const queueEmpty = async () => (await browser!.inWorker(async () => (await chrome.storage.local.get('reportQueue')).reportQueue ?? [])).length === 0;
    await expect.poll(queueEmpty, { timeout: 40_000 }).toBe(true);
    expect(acceptedBatches[0]).toMatchObject({ schema: 'attt-guard.audit-events', version: 1, device: { label: 'THCS Nghĩa Hành – máy 07' } });
    const reportIds = (await auditLog()).filter((event: { type: string }) => event.type === 'pageReport').map((event: { id: string }) => event.id);
    expect(reportIds).toHaveLength(30);
    const seen = new Map<string, number>();
    for (const batch of acceptedBatches) for (const event of batch.events) seen.set(event.id, (seen.get(event.id) ?? 0) + 1);
    for (const id of reportIds) expect(seen.get(id), id).toBe(1);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  });
});

