// Link text that shows one address while the link goes elsewhere ("vietcombank.com.vn" -> evil.top): the text is
// what people read, the target is what they get.
import { normalizeDomain } from '../domains';
import { registrableDomain as registrableDomainOf } from '../registrable-domain';

// Something that reads like a web address: labels separated by dots, not part of an e-mail address.
const SHOWN_HOST = /(?<![@\p{L}\p{N}.-])(https?:\/\/|www\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})(?=[/:?#\s)\]]|$)/giu;
// Without "http://" or "www.", only endings that people read as web addresses count: "baocao.zip" or "readme.md"
// are file names, not sites.
const WEB_TLDS = new Set(['com', 'net', 'org', 'vn', 'info', 'biz', 'io', 'co', 'me', 'gov', 'edu', 'asia', 'app', 'dev', 'xyz', 'top', 'online', 'site', 'link']);

/** The domain the text shows, when it differs from where the link goes; undefined otherwise. */
export function shownDomainMismatch(linkText: string, targetHost: string): string | undefined {
  if (!linkText || linkText.length > 500) return undefined;
  const target = registrableDomainOf(targetHost) ?? targetHost;
  for (const match of linkText.matchAll(SHOWN_HOST)) {
    const shown = normalizeDomain(match[2]);
    if (!shown) continue;
    if (!match[1] && !WEB_TLDS.has(shown.slice(shown.lastIndexOf('.') + 1))) continue;
    const shownSite = registrableDomainOf(shown);
    if (shownSite && shownSite !== target) return shown;
  }
  return undefined;
}
