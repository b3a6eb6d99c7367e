// URL shorteners hide where a link really goes: the first thing a scam message does.
const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 'rb.gy', 'tiny.cc', 't.ly', 'v.gd', 'short.io', 'shorte.st', 'adf.ly', 'bl.ink', 'lnkd.in',
  's.id', 'clck.ru', 'qr.co', 'tr.ee', 'linktr.ee', 'x.gd', 'urlz.fr', 'soo.gd', 'surl.li', 'gg.gg', 'ouo.io',
  'shrtco.de', 'dub.sh', 'u.to', 'vnshort.com', 'vn.tl', 'rutgon.vn', 'link1s.com', 'link4m.com', 'yeumoney.com',
  'zalo.link', 'shope.ee', 'shp.ee', 's.lazada.vn', 'c.lazada.vn', 'tiki.link', 'fb.me', 'm.me', 'g.co',
]);

/** True when the host (or the registrable domain it belongs to) is a link shortener. */
export function isShortener(host: string, registrableDomain: string | null): boolean {
  return SHORTENERS.has(host) || (registrableDomain !== null && SHORTENERS.has(registrableDomain));
}

export const SHORTENER_DOMAINS: readonly string[] = [...SHORTENERS];
