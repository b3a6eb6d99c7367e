// @ts-check
// Real Firefox (Debian's firefox-esr) with the built extension, driven over WebDriver BiDi by puppeteer-core. The
// extension's settings come from an enterprise policies.json, as IT deploys them (/etc/firefox/policies, needs
// root), and every host name resolves to 127.0.0.1. Firefox gives the extension a fixed internal UUID here, so
// its pages have a known address.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT } from './browser.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path)) ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const GECKO_ID = 'attt-guard@attt-guard';
const UUID = '6f1d3c2a-7b54-4e0f-9a61-0c5e2b8d4a17';
const POLICY_DIR = '/etc/firefox/policies';

/**
 * @param {{ policy?: Record<string, unknown> }} [options] settings for ATTT Guard (3rdparty)
 */
export async function launchFirefox(options = {}) {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install it with "apt-get install -y firefox-esr".`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run "npm run build:firefox" first.');
  mkdirSync(POLICY_DIR, { recursive: true });
  const policyFile = join(POLICY_DIR, 'policies.json');
  writeFileSync(policyFile, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: options.policy ?? {} } } } }, null, 2));
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        'network.dns.forceResolve': '127.0.0.1',
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'intl.locale.requested': 'en-US', // an English browser: the extension must still speak Vietnamese
      },
    });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const origin = `moz-extension://${UUID}`;
    return {
      browser,
      origin,
      pageUrl: (/** @type {string} */ path) => `${origin}/${path}`,
      async close() {
        try {
          await browser.close();
        } finally {
          rmSync(policyFile, { force: true });
        }
      },
    };
  } catch (error) {
    rmSync(policyFile, { force: true });
    throw error;
  }
}

/**
 * Where a tab is now. puppeteer's page.url() does not follow navigations to moz-extension:// pages over BiDi, so
 * the page itself is asked (a navigation in progress answers "").
 * @param {import('puppeteer-core').Page} page
 */
export const locationOf = (page) => page.evaluate(() => location.href).catch(() => '');

/**
 * Opens an address that ends on one of the extension's pages (its options page, or a site it redirects): puppeteer
 * waits for such a navigation for ever over BiDi, so the wait is short and the tab is then asked where it is.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function openEndingOnExtensionPage(page, url) {
  await page.goto(url, { timeout: 2000 }).catch(() => undefined);
}
