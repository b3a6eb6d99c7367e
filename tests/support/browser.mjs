// @ts-check
// Real Chromium (Debian's package) with the built extension, driven by playwright-core. Policies are written where
// Chromium reads them on Linux (/etc/chromium/policies/managed, needs root) and removed again on close.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** Fixed by the public key in wxt.config.ts. */
export const EXTENSION_ID = 'encfpbmniimnjhamoljjcfeeaggkjpnh';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"].find((path) => existsSync(path)) ?? "/usr/bin/chromium";
export const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Writes a Chromium policy file; returns the function that removes it.
 * @param {Record<string, unknown> | undefined} extensionPolicy settings for ATTT Guard (3rdparty)
 * @param {Record<string, unknown>} [browserPolicy] the browser's own policies
 */
export function writePolicy(extensionPolicy, browserPolicy = {}, extensionId = EXTENSION_ID) {
  const file = join(POLICY_DIR, `attt-guard-test-${process.pid}.json`);
  const policy = { ...browserPolicy, ...(extensionPolicy ? { '3rdparty': { extensions: { [extensionId]: extensionPolicy } } } : {}) };
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return () => rmSync(file, { force: true });
}

/**
 * Launches Chromium with the unpacked build, every host name resolved to 127.0.0.1.
 * With `installByPolicy` nothing is loaded by hand: the extension is force-installed from `updateUrl`, as IT does.
 * With `profile`, that profile directory is used and kept (to restart the browser on it); else a fresh one.
 * @param {{ policy?: Record<string, unknown>, browserPolicy?: Record<string, unknown>, headless?: boolean, extensionDir?: string, args?: string[], installByPolicy?: { id: string, updateUrl: string }, profile?: string }} [options]
 */
export async function launchBrowser(options = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const byPolicy = options.installByPolicy;
  if (!byPolicy && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No build in ${extensionDir}: run "npm run build" first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium".`);
  const browserPolicy = byPolicy
    ? { ...options.browserPolicy, ExtensionInstallForcelist: [`${byPolicy.id};${byPolicy.updateUrl}`], DeveloperToolsAvailability: 1 }
    : options.browserPolicy;
  const removePolicy = options.policy || browserPolicy ? writePolicy(options.policy, browserPolicy, byPolicy?.id) : () => {};
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'attt-profile-'));
  const cleanUp = () => {
    removePolicy();
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  };
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      ignoreHTTPSErrors: true,
      locale: 'en-US', // an English browser: the extension must still speak Vietnamese by default
      viewport: { width: 1100, height: 800 },
      // Installed by policy, Chromium must be allowed extensions and the network to fetch the update manifest.
      ...(byPolicy ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
      args: [
        ...(options.headless === false ? [] : ['--headless=new']),
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        ...(byPolicy ? [] : ['--disable-background-networking']),
        '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
        '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
        ...(byPolicy ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
        ...(options.args ?? []),
      ],
    });
    const wanted = (/** @type {import('playwright-core').Worker} */ w) => !byPolicy || w.url().includes(byPolicy.id);
    const worker = context.serviceWorkers().find(wanted) ?? (await context.waitForEvent('serviceworker', { predicate: wanted, timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    // The worker may be stopped and started again (the browser does it when idle; tests do it on purpose).
    let latestWorker = worker;
    context.on('serviceworker', (started) => {
      if (wanted(started)) latestWorker = started;
    });
    // Wait until the extension has applied its settings (and the policy, when there is one) and its network rules,
    // as a staff member's browser would be long before the first click.
    const expectPolicy = Boolean(options.policy);
    for (let waited = 0; ; waited += 100) {
      const ready = await worker.evaluate(async (/** @type {boolean} */ policy) => {
        // @ts-ignore chrome exists in the service worker
        const { settingsState, networkRulesFingerprint } = await chrome.storage.local.get(['settingsState', 'networkRulesFingerprint']);
        return Boolean(settingsState && networkRulesFingerprint && (!policy || settingsState.managed));
      }, expectPolicy).catch(() => false);
      if (ready) break;
      if (waited > 20_000) throw new Error('The extension did not apply its settings within 20 s.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      context,
      extensionId,
      /** chrome-extension:// URL of one of the extension's pages. */
      pageUrl: (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path}`,
      /**
       * Runs `fn` in the service worker (the extension's own context).
       * @param {Function} fn
       * @param {unknown} [arg]
       */
      inWorker: (fn, arg) => latestWorker.evaluate(/** @type {any} */ (fn), arg),
      /** The service worker running now. */
      get worker() {
        return latestWorker;
      },
      async close() {
        try {
          await context.close();
        } finally {
          cleanUp();
        }
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

/** The same browser with no extension at all, for comparisons in benchmarks. */
export async function launchWithoutExtension() {
  const profile = mkdtempSync(join(tmpdir(), 'attt-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 800 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors', '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
