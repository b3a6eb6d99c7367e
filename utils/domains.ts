// Pure helpers for host names and domain lists. No browser API: used by settings validation, detectors and tests.

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A name already in canonical form (what nearly every list line is): taken as it is, without the work below. */
const CANONICAL = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `input` is already a canonical domain name (lower-case ASCII, valid labels, a letter to start the last). */
export function isCanonicalDomain(input: string): boolean {
  return input.length <= 253 && CANONICAL.test(input);
}

/**
 * Turns what an administrator or a page may write for a domain into its canonical ASCII form
 * (lower case, punycode, no scheme, path, port, leading "*." or trailing dot). Returns null if it is not a
 * domain name with at least two labels. IP addresses are not domains here.
 */
export function normalizeDomain(input: string): string | null {
  if (isCanonicalDomain(input)) return input;
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (text.startsWith('mailto:')) text = text.slice(7);
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*\./, '').replace(/^\./, '');
  text = text.split(/[/?#]/, 1)[0].replace(/:\d+$/, '').replace(/\.$/, '');
  if (!text || /[\s@:[\]\\,;*]/.test(text)) return null;
  // The URL parser applies IDNA (Unicode -> punycode) the same way the browser does for navigation; plain ASCII
  // names, nearly all of them, are left as they are without it.
  const ascii = /^[a-z0-9.-]+$/.test(text) ? text : toAsciiHost(text);
  if (!ascii) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || labels.some((label) => !LABEL.test(label))) return null;
  if (/^\d+$/.test(labels[labels.length - 1])) return null; // an IPv4 address, not a domain
  if (ascii.length > 253) return null;
  return ascii;
}

function toAsciiHost(text: string): string | null {
  try {
    return new URL(`http://${text}/`).hostname;
  } catch {
    return null;
  }
}

/** True when `host` is `domain` or one of its subdomains (both already canonical). */
export function hostMatchesDomain(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/** The first domain of `domains` that `host` falls under, or undefined. */
export function findMatchingDomain(host: string, domains: readonly string[]): string | undefined {
  return domains.find((domain) => hostMatchesDomain(host, domain));
}

/** Canonical host of a URL (punycode, lower case, no brackets for IPv6), or null for URLs without a host. */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^\[|\]$/g, '') : null;
  } catch {
    return null;
  }
}

/** A set of domains that also matches their subdomains, in time proportional to the number of labels. */
export class DomainSet {
  private readonly domains: Set<string>;

  constructor(domains: Iterable<string>) {
    this.domains = new Set(domains);
  }

  /** The listed domain that `host` is, or falls under. */
  match(host: string): string | undefined {
    let candidate = host;
    for (;;) {
      if (this.domains.has(candidate)) return candidate;
      const dot = candidate.indexOf('.');
      if (dot < 0) return undefined;
      candidate = candidate.slice(dot + 1);
    }
  }

  get values(): string[] {
    return [...this.domains];
  }
}
