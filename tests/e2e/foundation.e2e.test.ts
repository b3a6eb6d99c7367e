import { afterEach, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launchBrowser, writePolicy } from '../support/browser.mjs';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('the built extension in real Chromium', () => {
  it('loads with the documented, stable extension ID', async () => {
    browser = await launchBrowser();
    expect(browser.extensionId).toBe(EXTENSION_ID);
    const manifest = await browser.inWorker(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('ATTT Guard');
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
  });

  it('renders the options page in Vietnamese on an English browser, with defaults and nothing rejected', async () => {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('options.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('ATTT Guard – Cài đặt và hướng dẫn an toàn');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('tr[data-key="officialEmailDomains"] td.value').textContent()).toBe('quangngai.gov.vn, quangngai.edu.vn');
    expect(await page.locator('tr[data-key="logRetentionDays"] td.value').textContent()).toBe('180');
    expect(await page.locator('tr[data-key="linkWarnings"]').getAttribute('data-source')).toBe('default');
    await expect.poll(() => page.getByTestId('rejected').textContent()).toContain('Không có giá trị nào bị bỏ qua.');
    await expect.poll(() => page.getByTestId('password-saving').textContent()).toContain('Đã tắt (do ATTT Guard).');
  });

  it('applies the administrator policy, locks those settings and lists the rejected values with reasons', async () => {
    browser = await launchBrowser({
      policy: {
        linkWarnings: 'block',
        officialEmailDomains: ['BinhDinh.gov.vn'],
        blockedHosts: ['203.0.113.9', '10.0.0.0/33', 'c2.example.net'],
        logRetentionDays: 30,
      },
    });
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('options.html'));
    const row = page.locator('tr[data-key="linkWarnings"]');
    await expect.poll(() => row.getAttribute('data-source')).toBe('policy');
    expect(await row.getAttribute('data-locked')).toBe('true');
    expect(await row.locator('td.value').textContent()).toBe('Chặn');
    expect(await row.textContent()).toContain('Bộ phận CNTT (khóa)');
    expect(await page.locator('tr[data-key="officialEmailDomains"] td.value').textContent()).toBe('binhdinh.gov.vn');
    expect(await page.locator('tr[data-key="blockedHosts"] td.value').textContent()).toBe('203.0.113.9, c2.example.net');
    const rejected = page.getByTestId('rejected');
    expect(await rejected.locator('li').count()).toBe(1);
    expect(await rejected.locator('li').textContent()).toBe('blockedHosts: 10.0.0.0/33 — dải địa chỉ IP (CIDR) không hợp lệ');
    // a setting the policy does not set stays editable by the user
    expect(await page.locator('tr[data-key="emailProtection"]').getAttribute('data-locked')).toBe('false');
  });

  it('applies a policy change to an open page without a reload', async () => {
    browser = await launchBrowser({ policy: { emailProtection: 'block' } });
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('options.html'));
    const row = page.locator('tr[data-key="emailProtection"]');
    await expect.poll(() => row.getAttribute('data-source')).toBe('policy');
    writePolicy({ emailProtection: 'warn', language: 'en' });
    // Chromium notices changed policy files by itself (file watcher); the page must follow without a reload.
    await expect.poll(() => row.locator('td.value').textContent(), { timeout: 30_000 }).toBe('Warn only');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
  });

  it('lets the user change an unlocked setting, which reaches the stored settings at once', async () => {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(browser.pageUrl('options.html'));
    const row = page.locator('tr[data-key="trustedLinkDomains"]');
    await row.getByRole('button').click();
    await row.locator('textarea').fill('Intranet.Example.org\nbad domain');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('settings-status').textContent()).toBe('Không lưu được: tên miền không hợp lệ');
    await row.getByRole('button').first().click();
    await row.locator('textarea').fill('Intranet.Example.org');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => row.locator('td.value').textContent()).toBe('intranet.example.org');
    expect(await row.getAttribute('data-source')).toBe('user');
    const stored = await browser.inWorker(async () => (await chrome.storage.local.get('settingsState')).settingsState.settings.trustedLinkDomains);
    expect(stored).toEqual(['intranet.example.org']);
  });

  it('turns the browser password saving off at start-up, with the extension in control', async () => {
    browser = await launchBrowser();
    await expect
      .poll(() => browser!.inWorker(() => chrome.privacy.services.passwordSavingEnabled.get({})))
      .toEqual({ value: false, levelOfControl: 'controlled_by_this_extension' });
    const popup = await browser.context.newPage();
    await popup.goto(browser.pageUrl('popup.html'));
    await expect.poll(() => popup.getByTestId('password-saving').textContent()).toContain('Đã tắt (do ATTT Guard).');
    expect(await popup.getByTestId('protection-status').textContent()).toContain('E-mail công vụ: Chặn');
    // the state is recorded once in the audit log
    const log = await browser.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog);
    expect(log.filter((e: { type: string }) => e.type === 'passwordSavingState').map((e: { detail: unknown }) => e.detail)).toEqual([{ state: 'off', controlledBy: 'extension' }]);
  });

  it('reminds once to delete passwords saved before, with the steps for each browser', async () => {
    browser = await launchBrowser();
    const popup = await browser.context.newPage();
    await popup.goto(browser.pageUrl('popup.html'));
    const reminder = popup.getByTestId('saved-passwords');
    await expect.poll(() => reminder.textContent()).toContain('chrome://password-manager/passwords');
    expect(await reminder.textContent()).toContain('edge://wallet/passwords');
    expect(await reminder.textContent()).toContain('about:logins');
    await reminder.getByRole('button', { name: 'Tôi đã xóa xong' }).click();
    await popup.reload();
    await popup.getByTestId('protection-status').waitFor();
    expect(await popup.getByTestId('saved-passwords').count()).toBe(0);
  });
});
