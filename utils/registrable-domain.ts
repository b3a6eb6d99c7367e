// The registrable domain ("site") by the Public Suffix List. psl carries the whole list (~160 KB), so this lives
// apart from domains.ts: content scripts must never import it.
import { get as pslGet } from 'psl';

const registrableCache = new Map<string, string | null>();

/**
 * The registrable domain ("site") of a host by the Public Suffix List: "mail.quangngai.gov.vn" -> "quangngai.gov.vn".
 * Null for IP addresses and bare suffixes. Cached: pages link to the same few hosts over and over.
 */
export function registrableDomain(host: string): string | null {
  let site = registrableCache.get(host);
  if (site === undefined) {
    site = pslGet(host);
    if (registrableCache.size >= 10_000) registrableCache.clear();
    registrableCache.set(host, site);
  }
  return site;
}

