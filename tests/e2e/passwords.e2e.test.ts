import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { roleText } from '../support/accessibility';
import { launchBrowser } from '../support/browser.mjs';
import { useDemoServer } from '../support/demo-server';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const server = useDemoServer();
let browser: Browser | undefined;

const OFFICIAL_PASSWORD = 'Bien-Sa-Huynh-Gio-Chuong-7!';
const STRONG_NEW = 'Tra-Khuc-chieu-mua-ngang-Thien-An-42!';

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function open(host: string, path: string): Promise<Page> {
  browser ??= await launchBrowser({ policy: { supportContact: 'CNTT' } });
  const page = await browser.context.newPage();
  await page.goto(server.url(host, path));
  return page;
}

describe('the password meter', () => {
  it('appears beside a new password, ticks the rule as the user types and gives the strength in Vietnamese', async () => {
    const page = await open('dichvucong.quangngai.gov.vn', '/doi-mat-khau');
    await page.locator('#new-password').pressSequentially('abc');
    await expect.poll(() => roleText(page, 'status')).toContain('Độ mạnh mật khẩu mới');
    expect(await roleText(page, 'status')).toContain('Ít nhất 8 ký tự');
    await page.locator('#new-password').fill('Matkhau@123');
    // passes the 8-character rule, but the Vietnamese word list makes it weak
    await expect.poll(() => roleText(page, 'status')).toContain('cần ít nhất 3/4');
    const text = await roleText(page, 'status');
    expect(text).toMatch(/Độ mạnh: (Rất yếu|Yếu|Trung bình)/);
    expect(text).toContain('matkhau');
    expect(text).toContain('độ dài và sự khó đoán');
    await page.locator('#new-password').fill(STRONG_NEW);
    await expect.poll(() => roleText(page, 'status')).toMatch(/Độ mạnh: (Mạnh|Rất mạnh)/);
  });

  it('stops a weak new password on an official site; a strong one goes through', async () => {
    const page = await open('dichvucong.quangngai.gov.vn', '/doi-mat-khau');
    await page.fill('input[name=old]', OFFICIAL_PASSWORD);
    await page.fill('#new-password', 'abc12345');
    await page.fill('#confirm-password', 'abc12345');
    await page.click('#submit');
    await page.waitForTimeout(400);
    expect(server.received('dichvucong.quangngai.gov.vn', '/doi-mat-khau/luu')).toEqual([]);
    await expect.poll(() => roleText(page, 'alert')).toContain('mật khẩu mới chưa đạt quy tắc');
    await page.fill('#new-password', STRONG_NEW);
    await page.fill('#confirm-password', STRONG_NEW);
    await page.waitForTimeout(400); // the estimate arrives
    await page.click('#submit');
    await page.waitForURL(/luu/);
    expect(server.received('dichvucong.quangngai.gov.vn', '/doi-mat-khau/luu')).toHaveLength(1);
    const log = await browser!.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog);
    expect(log.filter((e: { type: string }) => e.type === 'weakPassword').map((e: { detail: { action: string } }) => e.detail.action)).toEqual(['block']);
  });

  it('only warns about a weak new password on other sites', async () => {
    const page = await open('facebook.com', '/r.php');
    await page.fill('#firstname', 'An');
    await page.fill('#password', 'abc');
    await page.click('#signup');
    await expect.poll(() => server.received('facebook.com', '/ajax/register').length).toBe(1);
    expect(await roleText(page, 'alert')).toContain('chưa đạt quy tắc');
  });
});

describe('the official password stays on official sites', () => {
  it('raises the alarm when the official password is typed on another site, without storing it', async () => {
    const login = await open('mail.quangngai.gov.vn', '/');
    await login.fill('#email', 'nguyenvana@quangngai.gov.vn');
    await login.fill('#password', OFFICIAL_PASSWORD);
    await login.click('#submit');
    await login.waitForURL(/login/);
    await expect.poll(async () => (await browser!.inWorker(async () => (await chrome.storage.local.get('officialPasswordFingerprints')).officialPasswordFingerprints ?? [])).length).toBe(1);

    const other = await open('facebook.com', '/r.php');
    await other.fill('#password', 'something-else-9!');
    await other.waitForTimeout(700);
    expect(await roleText(other, 'alert')).not.toContain('mật khẩu công vụ');
    await other.fill('#password', OFFICIAL_PASSWORD);
    await expect.poll(() => roleText(other, 'alert')).toContain('Đây là mật khẩu công vụ của bạn!');
    expect(await roleText(other, 'alert')).toContain('facebook.com');
    const storage = JSON.stringify(await browser!.inWorker(async () => ({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) })));
    expect(storage).toContain('passwordReuse');
    expect(storage).not.toContain(OFFICIAL_PASSWORD);
    expect(storage).not.toContain('something-else-9!');
  });
});
