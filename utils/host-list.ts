// Parsing and matching of host lists such as the authorities' botnet list: domain names, IPv4 / IPv6 addresses and
// CIDR ranges. Pure: strings in, verdicts out.
import ipaddr from 'ipaddr.js';
import { isCanonicalDomain, normalizeDomain } from './domains';

export type HostEntry =
  | { kind: 'domain'; value: string }
  | { kind: 'ip'; value: string }
  | { kind: 'cidr'; value: string };

export type HostEntryError = 'badHost' | 'badCidr';

/** Parses one list entry into its canonical form, or explains why it is not one. */
export function parseHostEntry(input: string): HostEntry | { error: HostEntryError } {
  // Most entries are names already in canonical form: taken as they are (no IP has a letter to start its last label).
  if (isCanonicalDomain(input)) return { kind: 'domain', value: input };
  const text = input.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const v4 = IPV4_CIDR.exec(text);
  if (v4) return ipv4Cidr(v4);
  if (text.includes('/') && !text.includes('://')) {
    const [address, prefix] = text.split('/');
    if (!/^\d{1,3}$/.test(prefix ?? '') || !isStrictIp(address)) return { error: 'badCidr' };
    try {
      const [network, bits] = ipaddr.parseCIDR(`${address}/${prefix}`);
      return { kind: 'cidr', value: `${maskedKey(network, bits)}/${bits}` };
    } catch {
      return { error: 'badCidr' };
    }
  }
  if (isStrictIp(text)) return { kind: 'ip', value: canonicalIp(text) };
  const domain = normalizeDomain(text);
  return domain ? { kind: 'domain', value: domain } : { error: 'badHost' };
}

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** An IPv4 range, masked to its network, by arithmetic: lists hold thousands, and ipaddr.js takes microseconds each. */
function ipv4Cidr(match: RegExpExecArray): HostEntry | { error: HostEntryError } {
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  // "010.1.1.1" is octal to some parsers: refused, like isStrictIp does
  if (bits > 32 || octets.some((octet, i) => octet > 255 || (match[i + 1].length > 1 && match[i + 1].startsWith('0')))) return { error: 'badCidr' };
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const network = (address & mask) >>> 0;
  return { kind: 'cidr', value: `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${bits}` };
}

/** An entry already in canonical form (as the blocklist parser stores them): its kind by its shape, not parsed again. */
export function canonicalEntry(value: string): HostEntry {
  if (value.includes('/')) return { kind: 'cidr', value };
  if (value.includes(':') || /^[\d.]+$/.test(value)) return { kind: 'ip', value };
  return { kind: 'domain', value };
}

/** Only the usual dotted-quad IPv4 form and valid IPv6; ipaddr.js alone would also accept "0x7f.1". */
export function isStrictIp(text: string): boolean {
  // Cheap shape checks first: ipaddr.js validates by throwing, which costs microseconds per host name.
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(text)) return ipaddr.IPv4.isValidFourPartDecimal(text);
  return /^[0-9a-f:.]+$/i.test(text) && text.includes(':') && ipaddr.IPv6.isValid(text);
}

export function canonicalIp(text: string): string {
  const address = ipaddr.parse(text);
  // An IPv4-mapped IPv6 address (::ffff:1.2.3.4) is the IPv4 host for our purposes.
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address().toString();
  }
  return address.toString();
}

/**
 * A compiled host list with cheap lookups for any size: domains and IPs in sets (a host is checked against each of
 * its parent domains), CIDR ranges grouped by prefix length so that an address is masked once per distinct length.
 */
export class HostMatcher {
  private readonly domains = new Set<string>();
  private readonly ips = new Set<string>();
  private readonly ranges = new Map<string, Map<number, Set<string>>>(); // kind -> prefix length -> network

  constructor(entries: Iterable<HostEntry>) {
    for (const entry of entries) {
      if (entry.kind === 'domain') this.domains.add(entry.value);
      else if (entry.kind === 'ip') this.ips.add(entry.value);
      else {
        // entries are canonical (parseHostEntry): the value is already "network/bits"
        const slash = entry.value.lastIndexOf('/');
        const network = entry.value.slice(0, slash);
        const bits = Number(entry.value.slice(slash + 1));
        const kind = network.includes(':') ? 'ipv6' : 'ipv4';
        const byLength = this.ranges.get(kind) ?? new Map<number, Set<string>>();
        this.ranges.set(kind, byLength);
        const networks = byLength.get(bits) ?? new Set<string>();
        byLength.set(bits, networks);
        networks.add(network);
      }
    }
  }

  get size(): number {
    let count = this.domains.size + this.ips.size;
    for (const byLength of this.ranges.values()) for (const set of byLength.values()) count += set.size;
    return count;
  }

  /** The entry that matches `host` (a canonical host name or IP), or undefined. */
  match(host: string): string | undefined {
    const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (isStrictIp(bare)) {
      const ip = canonicalIp(bare);
      if (this.ips.has(ip)) return ip;
      const address = ipaddr.parse(ip);
      const byLength = this.ranges.get(address.kind());
      if (byLength) {
        for (const [bits, networks] of byLength) {
          const key = maskedKey(address, bits);
          if (networks.has(key)) return `${key}/${bits}`;
        }
      }
      return undefined;
    }
    let candidate = bare.replace(/\.$/, '');
    for (;;) {
      if (this.domains.has(candidate)) return candidate;
      const dot = candidate.indexOf('.');
      if (dot < 0) return undefined;
      candidate = candidate.slice(dot + 1);
    }
  }
}

function maskedKey(address: ipaddr.IPv4 | ipaddr.IPv6, bits: number): string {
  const bytes = address.toByteArray();
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    bytes[i] &= (0xff << (8 - keep)) & 0xff;
  }
  return ipaddr.fromByteArray(bytes).toString();
}
