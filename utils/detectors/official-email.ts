// Recognises the province's official e-mail address in what a page holds: a field's value, a request body, a URL.
// Case, Unicode look-alikes of "@" and ".", surrounding spaces, "mailto:" and URL encoding are normalised away;
// the domain must be an official domain or one of its subdomains ("x@quangngai.gov.vn.evil.com" is not).
import { hostMatchesDomain } from '../domains';

export interface OfficialAddress {
  address: string;
  domain: string;
  /** For logs and reports: the first letter of the local part only, e.g. "n***@quangngai.gov.vn". */
  masked: string;
}

// Local part and domain; the domain may be Unicode (IDN) and is converted below.
const ADDRESS = /([\p{L}\p{N}._%+'-]{1,64})@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63})(?![\p{L}\p{N}.-]*[\p{L}\p{N}])/gu;

function normalise(text: string): string {
  let value = text.normalize('NFKC'); // fullwidth "＠" and "．" become "@" and "."
  if (/%40/i.test(value)) {
    try {
      value = decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      value = value.replace(/%40/gi, '@');
    }
  }
  return value.replace(/\\u0040/gi, '@').replace(/mailto:/gi, ' ').replace(/[\u3002\uff0e\uff61]/g, '.').toLowerCase();
}

function toAsciiDomain(domain: string): string | null {
  if (/^[a-z0-9.-]+$/.test(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

/** The first official address found in `text`, or undefined. */
export function findOfficialAddress(text: string, officialDomains: readonly string[]): OfficialAddress | undefined {
  if (!text || officialDomains.length === 0 || text.length > 1_000_000) return undefined;
  const value = normalise(text);
  if (!value.includes('@')) return undefined;
  for (const match of value.matchAll(ADDRESS)) {
    const domain = toAsciiDomain(match[2].replace(/\.$/, ''));
    if (!domain) continue;
    const official = officialDomains.find((candidate) => hostMatchesDomain(domain, candidate));
    if (official) {
      const address = `${match[1]}@${domain}`;
      return { address, domain, masked: maskAddress(address) };
    }
  }
  return undefined;
}
