// Pure helpers for the link guard content script: which link an event is about and how the user asked to open it.
import type { LinkDisposition } from './messages';

type LinkElement = HTMLAnchorElement | HTMLAreaElement;

/** The link an event happened on, looking through open shadow roots (composedPath) and nested elements. */
export function linkFromEvent(event: Event): LinkElement | undefined {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    const tag = node.localName;
    if ((tag === 'a' || tag === 'area') && (node as LinkElement).href) return node as LinkElement;
  }
  return undefined;
}

/** Links that run the page's own script (javascript:void(0), "#") are part of the page, not a destination. */
export function isInPageLink(link: LinkElement, pageUrl: string): boolean {
  const href = link.href;
  if (/^javascript:/i.test(href)) return true;
  try {
    const target = new URL(href);
    const page = new URL(pageUrl);
    return target.hash !== '' && target.origin === page.origin && target.pathname === page.pathname && target.search === page.search;
  } catch {
    return false;
  }
}

export function dispositionOf(event: MouseEvent | KeyboardEvent, link: LinkElement): LinkDisposition {
  const middle = event instanceof MouseEvent && event.button === 1;
  if (event.shiftKey && !event.ctrlKey && !event.metaKey) return 'newWindow';
  if (middle || event.ctrlKey || event.metaKey) return event.shiftKey ? 'newTab' : 'backgroundTab';
  const target = link.target.toLowerCase();
  if (target && target !== '_self' && target !== '_top' && target !== '_parent') return 'newTab';
  return 'sameTab';
}

/** The text a person sees for the link (bounded: only used to compare it with the destination). */
export function visibleTextOf(link: LinkElement): string {
  return (link.textContent ?? '').trim().slice(0, 300);
}
