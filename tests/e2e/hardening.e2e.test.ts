// Hostile and odd pages: each attack a page script can make on the official e-mail rule and on the link warnings,
// in real Chromium with the extension loaded unpacked (the weakest way it runs: no blocking webRequest). What the
// page sends is read off the server: nothing carrying the address, and no request to a suspicious host, may arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.mjs';
import { useDemoServer } from '../support/demo-server';
import { hostileSites } from '../support/hostile-sites.mjs';
import { roleText } from '../support/accessibility';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const server = useDemoServer((request) => hostileSites(server)(request));
let browser: Browser;

const OFFICIAL = 'nguyenvana@quangngai.gov.vn';
const carriesOfficial = (text: string) => {
  let decoded = text;
  try {
    decoded = decodeURIComponent(decodeURIComponent(text.replace(/\+/g, ' ')));
  } catch {
    // keep as is
  }
  return decoded.toLowerCase().includes('@quangngai.gov.vn');
};
/** Every request that reached the server with the official address in its address or body. */
const leaked = () => server.requests.filter((request) => carriesOfficial(request.path) || carriesOfficial(request.body));

beforeAll(async () => {
  browser = await launchBrowser({ policy: { supportContact: 'Phòng CNTT' } });
});
afterAll(() => browser?.close());

async function open(host: string, path = '/'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(host, path));
  return page;
}

const isExtensionPage = (page: Page, name: string) => page.url().startsWith(`chrome-extension://${browser.extensionId}/${name}`);

/** The element a person sees at the centre of our in-page warning: ours, or something the page put over it. */
async function topmostAtWarning(page: Page): Promise<string> {
  const centre = await page.evaluate(() => {
    const box = document.querySelector('attt-guard-warning')?.getBoundingClientRect();
    return box && box.width > 0 ? { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) } : undefined;
  });
  if (!centre) return 'no warning';
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { backendNodeId } = await cdp.send('DOM.getNodeForLocation', { ...centre, ignorePointerEventsNone: true });
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { const root = this.getRootNode(); return (root.host ?? this.parentElement ?? this).localName + "#" + ((root.host ?? this).id ?? ""); }',
      returnByValue: true,
    });
    return String(result.value);
  } finally {
    await cdp.detach();
  }
}

describe('a hostile sign-up page and the official e-mail', () => {
  async function typeOfficial(): Promise<Page> {
    const page = await open('webtretho.com', '/dang-ky');
    await page.fill('#email', OFFICIAL);
    await page.locator('#email').blur();
    await expect.poll(() => roleText(page, 'alert')).toContain('e-mail công vụ');
    return page;
  }

  it.each([
    ['its own capture listeners on submit, click and Enter, stopping the event and sending the address itself', async (page: Page) => {
      await page.click('#submit');
      await page.focus('#email');
      await page.keyboard.press('Enter');
    }],
    ['requestSubmit() and a synthetic click on the submit button', async (page: Page) => {
      await page.click('#requestSubmit');
      await page.click('#syntheticClick');
    }],
    ['form.submit and fetch taken from a fresh frame', async (page: Page) => {
      await page.click('#frameSubmit');
      await page.click('#frameFetch');
    }],
    ['its own fetch wrapper and sendBeacon', async (page: Page) => {
      await page.click('#ownFetch');
      await page.click('#beacon');
    }],
    ['a Blob body in sendBeacon and XMLHttpRequest', async (page: Page) => {
      await page.click('#blobBeacon');
      await page.click('#blobXhr');
    }],
    ['the address in an image address', async (page: Page) => {
      await page.click('#image');
    }],
  ])('gets nothing out with %s', async (_name, attack) => {
    const page = await typeOfficial();
    await attack(page);
    await page.waitForTimeout(700);
    expect(leaked()).toEqual([]);
    expect(page.url()).toBe(server.url('webtretho.com', '/dang-ky'));
    expect(await roleText(page, 'alert')).toContain('e-mail công vụ');
    await page.close();
  });

  it('stops a navigation carrying the address (location.href) before it leaves, and says why', async () => {
    const page = await typeOfficial();
    await page.click('#locationHref');
    await expect.poll(() => isExtensionPage(page, 'blocked.html')).toBe(true);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đã chặn gửi e-mail công vụ');
    expect(await page.textContent('body')).not.toContain('quangngai.gov.vn'); // the address itself is not shown
    expect(leaked()).toEqual([]);
    await page.close();
  });

  it('keeps its warning on top of a page that covers it or closes it', async () => {
    const page = await typeOfficial();
    expect(await topmostAtWarning(page)).toBe('attt-guard-warning#');
    await page.click('#cover');
    expect(await topmostAtWarning(page)).toBe('attt-guard-warning#');
    await page.evaluate(() => document.getElementById('closePopover')!.click()); // the cover takes the pointer
    await expect.poll(() => topmostAtWarning(page)).toBe('attt-guard-warning#');
    // and the form still does not go
    await page.evaluate(() => document.querySelectorAll('#cover').forEach((cover) => cover.remove()));
    await page.click('#submit');
    await page.waitForTimeout(300);
    expect(leaked()).toEqual([]);
    await page.close();
  });

  it('lets a personal address through every one of these ways', async () => {
    const page = await open('webtretho.com', '/dang-ky');
    await page.fill('#email', 'nguyenvana.gv@gmail.com');
    await page.click('#ownFetch');
    await page.click('#beacon');
    await page.click('#blobBeacon');
    await page.click('#blobXhr');
    await expect.poll(() => server.received('webtretho.com', '/api/').map((r) => r.path).sort()).toEqual(['/api/beacon', '/api/blob-beacon', '/api/blob-xhr', '/api/own-fetch']);
    await page.close();
  });
});

describe('a page that sends the reader to a suspicious site however the click happened', () => {
  it.each([
    ['a synthetic click on a hidden link', '#syntheticLink', 'quangngai-gov.vn'],
    ['location.assign() behind its own capture listener', '#locationAssign', 'quangngai-gov.vn'],
    ['navigation.navigate()', '#navigationApi', 'faceb00k.com'],
    ['location.href from a transparent overlay over a harmless link', '#overlay', 'quangngai.gov.vn.secure-login.top'],
    ['a link whose address is swapped when pressed', '#swap', 'faceb00k.com'],
  ])('shows the warning for %s, and nothing reaches the site', async (_name, selector, host) => {
    const page = await open('tin-hot.example.com');
    await page.hover('#bait'); // the page is in use: verdicts for harmless links are already known
    await page.hover(selector);
    await page.click(selector);
    await expect.poll(() => isExtensionPage(page, 'warning.html')).toBe(true);
    expect(new URL(page.url()).searchParams.get('url')).toContain(host);
    expect(server.received(host)).toEqual([]);
    await page.close();
  });

  it('leaves alone a frame (an advert) that navigates itself', async () => {
    const page = await open('tin-hot.example.com');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/quang-cao';
      document.body.append(frame);
    });
    await expect.poll(() => server.received('free-gift.click', '/ad').length).toBe(1);
    await page.waitForTimeout(300);
    expect(page.url()).toBe(server.url('tin-hot.example.com', '/'));
    await page.close();
  });

  it('still opens a harmless link at once', async () => {
    const page = await open('tin-hot.example.com');
    await page.click('#bait');
    await page.waitForURL(/bai-viet/);
    expect(server.received('www.example.org', '/bai-viet')).toHaveLength(1);
    await page.close();
  });
});

describe('odd pages', () => {
  it('guards a page of 50,000 elements: the last link and the sign-up form', async () => {
    const page = await open('lon.example.com');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    await page.fill('#email', OFFICIAL);
    await page.click('#submit');
    await expect.poll(() => roleText(page, 'alert')).toContain('đã chặn');
    expect(leaked()).toEqual([]);
    await page.click('#last');
    await expect.poll(() => isExtensionPage(page, 'warning.html')).toBe(true);
    expect(server.received('bit.ly')).toEqual([]);
    await page.close();
  });

  it('places the warning inside the window on a right-to-left page, and blocks there too', async () => {
    const page = await open('rtl.example.com', '/register');
    await page.fill('#email', OFFICIAL);
    await page.click('#submit');
    await expect.poll(() => roleText(page, 'alert')).toContain('e-mail công vụ');
    const box = await page.evaluate(() => {
      const rect = document.querySelector('attt-guard-warning')!.getBoundingClientRect();
      return { left: rect.left, right: rect.right, width: window.innerWidth };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(leaked()).toEqual([]);
    await page.click('#link');
    await expect.poll(() => isExtensionPage(page, 'warning.html')).toBe(true);
    await page.close();
  });

  it('works on a page without a body (XHTML)', async () => {
    const page = await open('xhtml.example.com');
    expect(await page.evaluate(() => document.body)).toBeNull();
    await page.click('#link');
    await expect.poll(() => isExtensionPage(page, 'warning.html')).toBe(true);
    expect(server.received('rb.gy')).toEqual([]);
    await page.close();
  });

  it.each([
    ['about:blank', '#blank', '#blank-link', 't.ly'],
    ['data:', '#data', '#data-link', 'cutt.ly'],
  ])('catches a link inside an %s frame', async (_name, frameSelector, linkSelector, host) => {
    const page = await open('frames.example.com');
    await page.frameLocator(frameSelector).locator(linkSelector).click();
    await expect.poll(() => isExtensionPage(page, 'warning.html')).toBe(true);
    expect(server.received(host)).toEqual([]);
    await page.close();
  });
});
