// The main browser checks again in real Firefox (Debian's firefox-esr over WebDriver BiDi), with its settings from an
// enterprise policies.json: settings from policy, link warnings and blocks, the official e-mail rule (including the
// request-body check Firefox's blocking webRequest allows), the password meter and rule, password saving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useDemoServer } from '../support/demo-server';
import { launchFirefox, locationOf, openEndingOnExtensionPage } from '../support/firefox.mjs';
import { hostileSites } from '../support/hostile-sites.mjs';

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;
const server = useDemoServer((request) => hostileSites(server)(request));
let firefox: Firefox;

const OFFICIAL = 'nguyenvana@quangngai.gov.vn';
const carriesOfficial = (text: string) => decodeURIComponent(text.replace(/\+/g, ' ')).toLowerCase().includes('@quangngai.gov.vn');
const leaked = () => server.requests.filter((request) => carriesOfficial(request.path) || carriesOfficial(request.body));

beforeAll(async () => {
  firefox = await launchFirefox({ policy: { blockedHosts: ['botnet-c2.example.net'], supportContact: 'Phòng CNTT' } });
}, 60_000);
afterAll(() => firefox?.close());

async function open(host: string, path = '/'): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(server.url(host, path));
  return page;
}
const landsOn = (page: Page, pattern: RegExp) => expect.poll(() => locationOf(page)).toMatch(pattern);
/** Whether an in-page panel of ours is shown (its text lives in a closed shadow root). */
const panelShown = (page: Page, tag: string) => page.evaluate((name) => {
  const box = document.querySelector(name)?.getBoundingClientRect();
  return Boolean(box && box.width > 0 && box.height > 0);
}, tag);

describe('in Firefox', () => {
  it('takes its settings from the enterprise policy and keeps password saving off', async () => {
    const options = await firefox.browser.newPage();
    await openEndingOnExtensionPage(options, firefox.pageUrl('options.html'));
    await expect.poll(() => options.evaluate(() => document.querySelector('tr[data-key="blockedHosts"]')?.getAttribute('data-source'))).toBe('policy');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('vi');
    await expect.poll(() => options.evaluate(() => document.querySelector('[data-testid="password-saving"]')?.textContent)).toContain('Đã tắt (do ATTT Guard).');
    await options.close();
  });

  it('shows the warning page instead of a suspicious link, and goes on only after "Continue"', async () => {
    const page = await open('news.example.com');
    await page.click('#shortener');
    await landsOn(page, /^moz-extension:\/\/.*\/warning\.html/);
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Cảnh báo: liên kết có thể không an toàn');
    expect(server.received('bit.ly')).toEqual([]);
    await page.click('[data-testid="continue"]');
    await landsOn(page, /bit\.ly.*\/3xQz/);
    expect(server.received('bit.ly', '/3xQz')).toHaveLength(1);
    await page.close();
  });

  it('stops a lookalike opened directly and a script navigation before any request leaves', async () => {
    const typed = await firefox.browser.newPage();
    await openEndingOnExtensionPage(typed, server.url('quangngal.com.vn', '/dang-nhap'));
    await landsOn(typed, /warning\.html/);
    const scripted = await open('tin-hot.example.com');
    await scripted.click('#navigationApi').catch(() => undefined);
    await scripted.evaluate(() => { location.href = document.getElementById('hidden-link')!.getAttribute('href')!; }).catch(() => undefined);
    await landsOn(scripted, /warning\.html/);
    expect(server.received('quangngal.com.vn')).toEqual([]);
    expect(server.received('quangngai-gov.vn')).toEqual([]);
    await typed.close();
    await scripted.close();
  });

  it('blocks the hosts of the policy outright', async () => {
    const page = await firefox.browser.newPage();
    await openEndingOnExtensionPage(page, server.url('botnet-c2.example.net', '/panel'));
    await landsOn(page, /blocked\.html/);
    const news = await open('news.example.com');
    await news.waitForFunction(() => document.readyState === 'complete');
    expect(server.received('botnet-c2.example.net')).toEqual([]); // nor its image on the news page
    await page.close();
    await news.close();
  });

  it('keeps the official e-mail off a social network, even from a script it cannot see', async () => {
    const signUp = await open('facebook.com', '/r.php');
    await signUp.type('#email', OFFICIAL);
    await signUp.click('#firstname');
    await expect.poll(() => panelShown(signUp, 'attt-guard-warning')).toBe(true);
    await signUp.click('#signup');
    const hostile = await open('webtretho.com', '/dang-ky');
    await hostile.type('#email', OFFICIAL);
    await hostile.click('#indexedFrameFetch'); // beyond the page-world guard: Firefox's blocking webRequest reads the body
    await hostile.click('#image');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(leaked()).toEqual([]);
    expect(await signUp.evaluate(() => document.getElementById('result')?.textContent)).toBe('');
    await signUp.close();
    await hostile.close();
  });

  it('shows the password meter and stops a weak new password on an official site', async () => {
    const page = await open('dichvucong.quangngai.gov.vn', '/doi-mat-khau');
    await page.type('#new-password', 'matkhau123');
    await expect.poll(() => panelShown(page, 'attt-guard-password-meter')).toBe(true);
    await page.type('#confirm-password', 'matkhau123');
    await page.click('#submit');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.received('dichvucong.quangngai.gov.vn', '/doi-mat-khau/luu')).toEqual([]);
    await page.close();
  });
});
