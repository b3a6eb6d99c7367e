// Tabs with web pages. After an install or an update, pages already open have no content script, or the previous
// version's, cut off from the extension: the guards are put into them at once, so protection does not wait for the
// user to reload each tab.
import { browser } from 'wxt/browser';

/** The tabs showing a web page: where the content scripts run. */
export function openWebTabs() {
  return browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
}

export async function guardOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await openWebTabs();
  await Promise.all(tabs.flatMap((tab) => scripts.map((script) =>
    browser.scripting.executeScript({
      target: { tabId: tab.id!, allFrames: true },
      files: (script.js ?? []) as never[],
      world: (script as { world?: 'MAIN' | 'ISOLATED' }).world ?? 'ISOLATED',
      injectImmediately: true,
    }).catch(() => undefined), // a tab the extension may not enter (the store, a browser page)
  )));
}
