import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.mjs';
import { useDemoServer } from '../support/demo-server';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const server = useDemoServer();
let browser: Browser | undefined;

const OFFICIAL = 'nguyenvana@quangngai.gov.vn';
const PERSONAL = 'nguyenvana.gv@gmail.com';
const carriesOfficial = (body: string) => decodeURIComponent(body.replace(/\+/g, ' ')).toLowerCase().includes('@quangngai.gov.vn');

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function open(host: string, path: string, policy: Record<string, unknown> = { supportContact: 'CNTT' }): Promise<Page> {
  browser ??= await launchBrowser({ policy });
  const page = await browser.context.newPage();
  await page.goto(server.url(host, path));
  return page;
}

/** The text a screen reader gets from our in-page alert (it lives in a closed shadow root). */
async function alertText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const alert = nodes.find((node: { role?: { value?: string } }) => node.role?.value === 'alert');
  if (!alert) return '';
  const texts = nodes
    .filter((node: { role?: { value?: string }; name?: { value?: string } }) => node.role?.value === 'StaticText')
    .map((node: { name?: { value?: string } }) => node.name?.value ?? '');
  await cdp.detach();
  return texts.join(' ');
}

const warningShown = (page: Page) => page.evaluate(() => {
  const host = document.querySelector('attt-guard-warning');
  if (!host) return false;
  const box = host.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(host).visibility === 'visible';
});

describe('the official e-mail on a social network sign-up (single-page app)', () => {
  it('warns next to the field and lets nothing carrying the address reach the server', async () => {
    const page = await open('facebook.com', '/r.php');
    await page.fill('#firstname', 'An');
    await page.fill('#email', OFFICIAL);
    await page.locator('#email').blur(); // the page's own "check e-mail" request fires on change
    await expect.poll(() => warningShown(page)).toBe(true);
    await expect.poll(() => alertText(page)).toContain('Đây là e-mail công vụ');
    expect(await alertText(page)).toContain('n***@quangngai.gov.vn');
    await page.click('#signup');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(server.received('facebook.com', '/ajax').filter((r) => carriesOfficial(r.body) || carriesOfficial(r.path))).toEqual([]);
    expect(await page.textContent('#result')).toBe('');
    expect(await alertText(page)).toContain('đã chặn việc gửi biểu mẫu');
    // with a personal address the sign-up goes through
    await page.fill('#email', PERSONAL);
    await page.click('#signup');
    await expect.poll(() => page.textContent('#result')).toBe('Đã gửi');
    expect(server.received('facebook.com', '/ajax/register').map((r) => JSON.parse(r.body).email)).toEqual([PERSONAL]);
    expect(await warningShown(page)).toBe(false);
  });

  it('records the block with the address masked, never in full', async () => {
    const page = await open('facebook.com', '/r.php');
    await page.fill('#email', OFFICIAL);
    await page.click('#signup');
    await expect.poll(async () => (await browser!.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog ?? [])).map((e: { type: string }) => e.type)).toContain('emailBlocked');
    const everything = JSON.stringify(await browser!.inWorker(async () => chrome.storage.local.get(null)));
    expect(everything).toContain('n***@quangngai.gov.vn');
    expect(everything).not.toContain(OFFICIAL);
  });
});

describe('full addresses in the log', () => {
  it('are kept only when policy asks (logFullAddresses)', async () => {
    const page = await open('facebook.com', '/r.php', { logFullAddresses: true });
    await page.fill('#email', OFFICIAL);
    await page.click('#signup');
    await expect.poll(async () => (await browser!.inWorker(async () => (await chrome.storage.local.get('auditLog')).auditLog ?? []))
      .filter((e: { type: string }) => e.type === 'emailBlocked').map((e: { detail: { address: string } }) => e.detail.address)).toContain(OFFICIAL);
  });
});

describe('the official e-mail on a forum registration form', () => {
  it('blocks the submit button and Enter, and allows a personal address', async () => {
    const page = await open('voz.vn', '/register');
    await page.fill('input[name=username]', 'thayan');
    await page.fill('#email', OFFICIAL);
    await page.click('#submit');
    await page.locator('#email').press('Enter');
    await page.waitForTimeout(500);
    expect(page.url()).toContain('/register');
    expect(server.received('voz.vn', '/register/submit')).toEqual([]);
    await expect.poll(() => warningShown(page)).toBe(true);
    await page.fill('#email', PERSONAL);
    await page.click('#submit');
    await page.waitForURL(/register\/submit/);
    expect(server.received('voz.vn', '/register/submit').map((r) => new URLSearchParams(r.body).get('email'))).toEqual([PERSONAL]);
  });

  it('catches a value filled without any event (as some password managers do)', async () => {
    const page = await open('voz.vn', '/register');
    await page.evaluate((address) => {
      (document.getElementById('email') as HTMLInputElement).value = address;
    }, OFFICIAL);
    await page.click('#submit');
    await page.waitForTimeout(400);
    expect(server.received('voz.vn', '/register/submit')).toEqual([]);
    await expect.poll(() => warningShown(page)).toBe(true);
  });

  it('only warns when policy says warn', async () => {
    const page = await open('voz.vn', '/register', { emailProtection: 'warn' });
    await page.fill('#email', OFFICIAL);
    await expect.poll(() => warningShown(page)).toBe(true);
    await page.click('#submit');
    await page.waitForURL(/register\/submit/);
    expect(server.received('voz.vn', '/register/submit')).toHaveLength(1);
  });

  it('does nothing when policy turns it off', async () => {
    const page = await open('voz.vn', '/register', { emailProtection: 'off' });
    await page.fill('#email', OFFICIAL);
    await page.click('#submit');
    await page.waitForURL(/register\/submit/);
    expect(await warningShown(page)).toBe(false);
  });
});

describe('fields in shadow roots and frames, and a page that fights the warning', () => {
  it('blocks a sign-up inside an open shadow root and a same-origin frame; the warning survives CSS and removal', async () => {
    const page = await open('tinhte.vn', '/dang-ky');
    await page.locator('#shadow-email').fill(OFFICIAL);
    await page.locator('#shadow-submit').click();
    const frame = page.frameLocator('#frame');
    await frame.locator('#frame-email').fill(OFFICIAL);
    await frame.locator('#frame-submit').click();
    await page.waitForTimeout(500);
    expect(server.received('tinhte.vn', '/dang-ky/gui')).toEqual([]);
    // the page hides our element with CSS (display: none !important): inline !important still wins
    await expect.poll(() => warningShown(page)).toBe(true);
    // a page script removes it: it comes back
    await page.evaluate(() => document.querySelector('attt-guard-warning')?.remove());
    await expect.poll(() => warningShown(page)).toBe(true);
    await page.evaluate(() => document.querySelector('attt-guard-warning')?.setAttribute('style', 'display:none'));
    await expect.poll(() => warningShown(page)).toBe(true);
    await page.locator('#shadow-submit').click();
    await page.waitForTimeout(300);
    expect(server.received('tinhte.vn', '/dang-ky/gui')).toEqual([]);
  });
});

describe('where the official e-mail belongs, and elsewhere', () => {
  it('lets the official address through on the official mail login, without a warning', async () => {
    const page = await open('mail.quangngai.gov.vn', '/');
    await page.fill('#email', OFFICIAL);
    await page.fill('#password', 'Mat-khau-Rat-Dai-2026!');
    await page.click('#submit');
    await page.waitForURL(/\/login/);
    expect(server.received('mail.quangngai.gov.vn', '/login').map((r) => new URLSearchParams(r.body).get('email'))).toEqual([OFFICIAL]);
    expect(await warningShown(page)).toBe(false);
  });

  it('explains the rule on an ordinary site but does not stop a contact form', async () => {
    const page = await open('news.example.com', '/lien-he');
    await page.fill('#email', `  ${OFFICIAL.toUpperCase()}  `);
    await expect.poll(() => warningShown(page)).toBe(true);
    await page.click('#submit');
    await page.waitForURL(/lien-he\/gui/);
    expect(server.received('news.example.com', '/lien-he/gui')).toHaveLength(1);
  });
});
