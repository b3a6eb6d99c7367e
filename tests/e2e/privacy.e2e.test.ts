// Privacy: after a working session that typed passwords and the official address in every place the extension
// watches (official login, new-password form, the official password on another site, a weak password, the address
// on a social network, in a URL), nothing the extension stored and nothing it reported holds them in plaintext.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { roleText } from '../support/accessibility';
import { launchBrowser } from '../support/browser.mjs';
import { useDemoServer } from '../support/demo-server';
import { hostileSites } from '../support/hostile-sites.mjs';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const reports: string[] = [];
const server = useDemoServer((request) => {
  if (request.host === 'collector.quangngai.gov.vn') {
    reports.push(request.body);
    return { type: 'application/json', body: '{"ok":true}' };
  }
  return hostileSites(server)(request);
});
let browser: Browser;

const OFFICIAL_ADDRESS = 'tranthib.thcs@quangngai.gov.vn';
const OFFICIAL_PASSWORD = 'Song-Tra-Khuc-Nui-An-9!';
const NEW_PASSWORD = 'Nui-Thien-An-Song-Ve-2026#';
const WEAK_PASSWORD = 'matkhau123';
const SECRETS = [OFFICIAL_ADDRESS, OFFICIAL_PASSWORD, NEW_PASSWORD, WEAK_PASSWORD];
/** The secret as it may appear when written down in storage or JSON: as is, URL-encoded, lower-cased. */
const forms = (secret: string) => [secret, encodeURIComponent(secret), secret.toLowerCase(), JSON.stringify(secret).slice(1, -1)];

beforeAll(async () => {
  browser = await launchBrowser({ policy: { reportUrl: server.url('collector.quangngai.gov.vn', '/events'), supportContact: 'Phòng CNTT' } });
});
afterAll(() => browser?.close());

async function open(host: string, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(host, path));
  return page;
}

describe('privacy', () => {
  it('stores and reports no password and no full official address, in any form', async () => {
    const login = await open('mail.quangngai.gov.vn', '/');
    await login.fill('#email', OFFICIAL_ADDRESS);
    await login.fill('#password', OFFICIAL_PASSWORD);
    await login.click('#submit');
    await login.waitForURL(/login/);

    const change = await open('dichvucong.quangngai.gov.vn', '/doi-mat-khau');
    await change.fill('#new-password', WEAK_PASSWORD);
    await change.fill('#confirm-password', WEAK_PASSWORD);
    await change.click('#submit'); // stopped: too weak
    await change.fill('#new-password', NEW_PASSWORD);
    await change.fill('#confirm-password', NEW_PASSWORD);
    await change.click('#submit');
    await change.waitForURL(/luu/);

    const forum = await open('voz.vn', '/register');
    await forum.fill('input[name=password]', NEW_PASSWORD);
    await forum.fill('#email', OFFICIAL_ADDRESS);
    await forum.click('#submit');

    const social = await open('facebook.com', '/r.php');
    await social.fill('#email', OFFICIAL_ADDRESS);
    await social.fill('#password', OFFICIAL_PASSWORD);
    await expect.poll(() => roleText(social, 'alert')).toContain('mật khẩu công vụ');
    await social.click('#signup');

    const hostile = await open('webtretho.com', '/dang-ky');
    await hostile.fill('#email', OFFICIAL_ADDRESS);
    await hostile.click('#locationHref');
    await hostile.waitForURL(/blocked\.html/);

    // every kind of event was recorded, and reported
    const types = ['emailBlocked', 'passwordReuse', 'weakPassword'];
    const logged = async () => (await browser.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog ?? [])).map((event: { type: string }) => event.type);
    for (const type of types) await expect.poll(logged).toContain(type);
    await expect.poll(() => browser.inWorker(async () => ((await chrome.storage.local.get('reportQueue')).reportQueue ?? []).length), { timeout: 20_000 }).toBe(0);
    for (const type of types) expect(reports.join('\n')).toContain(type);

    const everything = JSON.stringify(await browser.inWorker(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    })));
    expect(everything).toContain('t***@quangngai.gov.vn'); // masked, as the administrator sees it
    for (const secret of SECRETS) {
      for (const form of forms(secret)) {
        expect(everything, `storage holds ${form}`).not.toContain(form);
        for (const report of reports) expect(report, `a report holds ${form}`).not.toContain(form);
      }
    }
  });
});
