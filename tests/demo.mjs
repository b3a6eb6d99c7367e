// `npm run demo`: serves the demo sites on 127.0.0.1 and opens Chromium with the built extension, so a person can
// try the warnings. With --headless (or without a display) it saves a screenshot of each warning instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, ROOT, writePolicy } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { demoSites } from './support/sites.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const policy = {
  blockedHosts: ['botnet-c2.example.net', '203.0.113.0/24'],
  supportContact: 'Phòng CNTT – 0255 3822 000 – cntt@quangngai.gov.vn',
};

const server = await startServer((request) => demoSites(server)(request));
// Policy needs root (Chromium reads /etc/chromium/policies); otherwise the same values go in as the user's choices.
let canWritePolicy = true;
try {
  writePolicy(policy)();
} catch {
  canWritePolicy = false;
}
const browser = await launchBrowser({ headless, policy: canWritePolicy ? policy : undefined });
if (!canWritePolicy) {
  await browser.inWorker(async (values) => chrome.storage.local.set({ userSettings: values }), policy);
}
const start = server.url('news.example.com', '/');
console.log(`Demo sites on ${server.url('news.example.com', '/')} (every host name maps to 127.0.0.1 in this browser).`);

if (!headless) {
  const page = await browser.context.newPage();
  await page.goto(start);
  for (const path of ['facebook.com/r.php', 'voz.vn/register', 'chat.zalo.me/', 'dichvucong.quangngai.gov.vn/doi-mat-khau']) {
    const [host, ...rest] = path.split('/');
    await (await browser.context.newPage()).goto(server.url(host, `/${rest.join('/')}`));
  }
  await (await browser.context.newPage()).goto(browser.pageUrl('options.html'));
  console.log('Chromium is open with ATTT Guard. Close the browser window or press Ctrl+C to stop.');
  await new Promise((resolve) => {
    browser.context.on('close', resolve);
    process.on('SIGINT', resolve);
  });
} else {
  const out = join(ROOT, 'test-output/demo');
  mkdirSync(out, { recursive: true });
  const page = await browser.context.newPage();
  const shots = [];
  const shot = async (name) => {
    await page.waitForTimeout(300);
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };
  await page.goto(start);
  await shot('1-news-page');
  await page.click('#lookalike');
  await page.waitForURL(/warning\.html/);
  await shot('2-warning-lookalike');
  await page.goto(start);
  await page.click('#shortener');
  await page.waitForURL(/warning\.html/);
  await shot('3-warning-shortener');
  await page.goto(server.url('chat.zalo.me', '/'));
  await page.click('#chat-unknown');
  await page.waitForURL(/warning\.html/);
  await shot('4-warning-chat-link');
  await page.goto(server.url('botnet-c2.example.net', '/')).catch(() => undefined);
  await page.waitForURL(/blocked\.html/);
  await shot('5-blocked-botnet');
  for (const [name, path] of [['6-facebook-signup', '/r.php'], ['7-forum-register', '/register']]) {
    await page.goto(server.url(name.includes('facebook') ? 'facebook.com' : 'voz.vn', path));
    await page.fill('#email', 'nguyenvana@quangngai.gov.vn');
    await shot(name);
  }
  await page.goto(server.url('dichvucong.quangngai.gov.vn', '/doi-mat-khau'));
  await page.fill('#new-password', 'Matkhau@123');
  await shot('8-change-password');
  await page.goto(browser.pageUrl('options.html'));
  await shot('9-options');
  await page.goto(browser.pageUrl('popup.html'));
  await page.setViewportSize({ width: 420, height: 600 });
  await shot('10-popup');
  console.log(`Screenshots:\n${shots.join('\n')}`);
}
await browser.close();
await server.close();
