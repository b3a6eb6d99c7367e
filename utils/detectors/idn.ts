// Internationalised host names. Punycode ("xn--") labels can spell a familiar name with letters from another
// script (Cyrillic "а" for Latin "a"); a label that mixes scripts is the classic homograph attack.
import { toUnicode } from 'punycode/punycode.es6.js';

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew', 'Thai', 'Cherokee'] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

export type IdnFinding = { kind: 'mixedScript' | 'idn'; unicodeHost: string };

/** Scripts used by the letters of one label. */
function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const char of label) {
    if (/[0-9-]/.test(char)) continue;
    const match = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char));
    found.add(match ? match[0] : 'Other');
  }
  // Japanese mixes Han with kana by design.
  if (found.has('Han') && (found.has('Hiragana') || found.has('Katakana'))) found.delete('Han');
  return found;
}

export function checkIdn(host: string): IdnFinding | undefined {
  if (!host.split('.').some((label) => label.startsWith('xn--'))) return undefined;
  let unicodeHost: string;
  try {
    unicodeHost = toUnicode(host);
  } catch {
    return { kind: 'idn', unicodeHost: host };
  }
  const mixed = unicodeHost.split('.').some((label) => scriptsOf(label).size > 1);
  return { kind: mixed ? 'mixedScript' : 'idn', unicodeHost };
}
