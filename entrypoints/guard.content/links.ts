// Link guard: runs in every page and frame, idle until the user points at, focuses or clicks a link. The verdict
// is asked of the background ahead of the click (hover, focus, pointer down), so the click itself is decided at
// once; a click on a link not yet judged waits for the verdict and then goes on, or goes to the warning page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { dispositionOf, isInPageLink, linkFromEvent, visibleTextOf } from '../../utils/link-events';
import { handleMessages, sendMessage } from '../../utils/messages';
import type { LinkAction } from '../../utils/link-classifier';

export function setupLinkGuard(ctx: ContentScriptContext): void {
  const verdicts = new Map<string, Promise<LinkAction>>();
  const keyOf = (href: string, text: string) => `${href}\n${text}`;

  function verdictFor(href: string, text: string): Promise<LinkAction> {
    const key = keyOf(href, text);
    let verdict = verdicts.get(key);
    if (!verdict) {
      if (verdicts.size > 300) verdicts.clear(); // bounded: pages with thousands of links stay cheap
      // If the background cannot answer (extension reloading), the link is not held hostage.
      verdict = sendMessage('checkLink', { url: href, text }).catch((): LinkAction => 'allow');
      verdicts.set(key, verdict);
    }
    return verdict;
  }
  const settled = new Map<string, LinkAction>();
  /** Addresses judged safe and being opened now: their navigate event goes through without asking again. */
  const passing = new Set<string>();

  function prefetch(event: Event) {
    const link = linkFromEvent(event);
    if (!link || isInPageLink(link, location.href)) return;
    const text = visibleTextOf(link);
    void verdictFor(link.href, text).then((action) => settled.set(keyOf(link.href, text), action));
  }

  function onActivate(event: MouseEvent) {
    // Synthetic clicks too: a page may answer the user's click on something harmless with link.click() elsewhere.
    if (event.defaultPrevented) return;
    if (event.type === 'auxclick' && event.button !== 1) return;
    if (event.type === 'click' && event.button !== 0) return;
    const link = linkFromEvent(event);
    if (!link || isInPageLink(link, location.href) || link.hasAttribute('download') || !/^https?:/i.test(link.href)) return;
    const href = link.href;
    const text = visibleTextOf(link);
    const known = settled.get(keyOf(href, text));
    if (known === 'allow') {
      passing.add(href); // already judged: its navigate event must not ask again
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const disposition = dispositionOf(event, link);
    void verdictFor(href, text).then((action) => {
      if (action !== 'allow') return sendMessage('openWarning', { url: href, text, disposition });
      settled.set(keyOf(href, text), action);
      passing.add(href);
      if (disposition === 'sameTab') location.assign(href);
      else return sendMessage('openLink', { url: href, disposition });
    });
  }

  // Navigations a page script starts (location.href = …, navigation.navigate, a form sent by GET) go through the
  // Navigation API's "navigate" event, which can be cancelled before any request leaves: the destination is judged
  // like a link. Same-origin destinations, reloads, history moves and POST forms are left alone.
  function onNavigate(event: NavigateEvent) {
    const url = event.destination.url;
    if (passing.delete(url)) return;
    if (!event.cancelable || event.hashChange || event.downloadRequest !== null || event.formData) return;
    if (event.navigationType !== 'push' && event.navigationType !== 'replace') return;
    if (!/^https?:/i.test(url) || new URL(url).origin === location.origin) return;
    if (settled.get(keyOf(url, '')) === 'allow') return;
    event.preventDefault();
    const replace = event.navigationType === 'replace';
    void verdictFor(url, '').then((action) => {
      if (action !== 'allow') return sendMessage('openWarning', { url, text: '', disposition: 'sameTab' });
      settled.set(keyOf(url, ''), action);
      passing.add(url);
      if (replace) location.replace(url);
      else location.assign(url);
    });
  }
  // Top-level pages only: frames (adverts, widgets) navigate themselves all the time, and the warning replaces the tab.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation && window === window.top) ctx.addEventListener(navigation as Window, 'navigate' as 'click', onNavigate as unknown as (event: Event) => void);

  // New settings (a host blocked, a site trusted) apply to links already judged on open pages. The background says
  // so: listening to storage here would hand every tab the whole downloaded blocklist at each refresh.
  const stopListening = handleMessages({
    linkSettingsChanged() {
      verdicts.clear();
      settled.clear();
      passing.clear();
    },
  });
  ctx.onInvalidated(stopListening);

  // Capture phase on the window: before the page's own handlers, and for links in open shadow roots too.
  const options = { capture: true, passive: true };
  ctx.addEventListener(window, 'pointerover', prefetch, options);
  ctx.addEventListener(window, 'focusin', prefetch, options);
  ctx.addEventListener(window, 'pointerdown', prefetch, options);
  ctx.addEventListener(window, 'click', onActivate, { capture: true });
  ctx.addEventListener(window, 'auxclick', onActivate, { capture: true });
}
