// The administrator's downloadable blocklist: plain text, one entry a line (domain, IP or CIDR), "#" or "//"
// comments, blank lines ignored. Pure, so malformed input is tested without a network.
import { parseHostEntry } from './host-list';

export interface ParsedBlocklist {
  entries: string[];
  /** Lines that are not entries, with their line number (shown to administrators). */
  errors: { line: number; text: string }[];
}

const MAX_LINES = 500_000;

export function parseBlocklist(text: string): ParsedBlocklist {
  const entries = new Set<string>();
  const errors: ParsedBlocklist['errors'] = [];
  const lines = text.split(/\r?\n/, MAX_LINES);
  lines.forEach((raw, index) => {
    const line = (raw.includes('#') || raw.includes('//') ? raw.replace(/(^|\s)(#|\/\/).*$/, '') : raw).trim();
    if (!line) return;
    // hosts-file format ("0.0.0.0 evil.example") is common for such lists: take the name
    const hostsFile = /^(?:0\.0\.0\.0|127\.0\.0\.1)\s+(\S+)$/.exec(line);
    const entry = parseHostEntry(hostsFile ? hostsFile[1] : line);
    // shown to the administrator as text: control bytes become "�"
    if ('error' in entry) errors.push({ line: index + 1, text: raw.slice(0, 80).replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd') });
    else entries.add(entry.value);
  });
  return { entries: [...entries], errors };
}

/**
 * Whether a download looks like a blocklist at all: an HTML error page or a random file would otherwise replace the
 * last good copy with nothing.
 */
export function looksLikeBlocklist(parsed: ParsedBlocklist): boolean {
  const total = parsed.entries.length + parsed.errors.length;
  return parsed.entries.length > 0 && parsed.errors.length <= total / 2;
}
