// Lookalike domains, after Chromium's checks (components/lookalikes/core/lookalike_url_util.cc) but aimed at the
// official .gov.vn / .edu.vn domains that the browser's own checks skip:
// - same skeleton: letters that look alike are folded (Cyrillic "а", "0" for "o", "rn" for "m") and diacritics
//   dropped, so "faceb00k.com" and "quảngngãi.vn" fold onto "facebook" and "quangngai";
// - edit distance one: "quangngal.com.vn" for "quangngai", "vietcombamk" for "vietcombank";
// - the same name under another ending: "quangngai.com.vn" for the official "quangngai.gov.vn";
// - combosquatting: the protected name plus words, "quangngai-gov.vn", "facebook-security.com";
// - target embedding: the whole protected domain inside another one, "quangngai.gov.vn.secure-login.top".
import confusables from 'confusables';
import { registrableDomain } from '../registrable-domain';

export interface ProtectedDomain {
  /** Registrable domain, e.g. "quangngai.gov.vn". */
  domain: string;
  /** The distinctive part: the registrable domain without its public suffix, e.g. "quangngai". */
  name: string;
  /** Official domains are also protected against the same name under another ending. */
  official: boolean;
}

export type LookalikeFinding = { kind: 'lookalike' | 'embeddedDomain'; target: string };

export interface LookalikeIndex {
  byDomain: Map<string, ProtectedDomain>;
  byName: Map<string, ProtectedDomain>;
  bySkeleton: Map<string, ProtectedDomain>;
  all: ProtectedDomain[];
}

const MIN_NAME_FOR_EDIT_DISTANCE = 5;
const MIN_NAME_FOR_COMBO = 5;
// Words that scam domains glue to a brand: "quangngai-gov", "facebook-support", "zalo-verify".
const COMBO_WORDS = /^(gov|check|confirm|recovery|alert|notice|team|center|centre|pay|payment|bank|vip|gift|promo|event|khuyenmai|quatang|govvn|vn|edu|mail|email|webmail|login|signin|secure|security|verify|verification|account|accounts|support|help|update|online|portal|service|services|official|id|auth|cskh|xacthuc|xacminh|dangnhap|baomat|hotro|taikhoan|thongbao|app|web|www|my)$/;

/** Folds look-alike characters onto the Latin letters they imitate and drops diacritics. */
export function skeletonOf(text: string): string {
  // Plain ASCII names (nearly all of them) need no Unicode folding, which is by far the slowest step.
  const folded = /^[\x00-\x7f]*$/.test(text)
    ? text.toLowerCase()
    : confusables(text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')).toLowerCase();
  return folded
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[0]/g, 'o')
    .replace(/[1|]/g, 'l')
    .replace(/3/g, 'e')
    .replace(/5/g, 's')
    .replace(/\$/g, 's')
    .replace(/@/g, 'a');
}

export function nameOf(domain: string): string | undefined {
  const registrable = registrableDomain(domain);
  if (!registrable) return undefined;
  return registrable.split('.')[0];
}

export function buildLookalikeIndex(domains: Iterable<{ domain: string; official: boolean }>): LookalikeIndex {
  const index: LookalikeIndex = { byDomain: new Map(), byName: new Map(), bySkeleton: new Map(), all: [] };
  for (const { domain, official } of domains) {
    const registrable = registrableDomain(domain);
    const name = nameOf(domain);
    if (!registrable || !name) continue;
    const entry: ProtectedDomain = { domain: registrable, name, official };
    index.all.push(entry);
    if (name.length >= 3 && !index.byDomain.has(registrable)) index.byDomain.set(registrable, entry);
    // The first official domain of a name wins (the e-mail domain, e.g. quangngai.gov.vn, comes first).
    const prefer = (existing: ProtectedDomain | undefined) => !existing || (official && !existing.official);
    if (prefer(index.byName.get(name))) index.byName.set(name, entry);
    const skeleton = skeletonOf(name);
    if (prefer(index.bySkeleton.get(skeleton))) index.bySkeleton.set(skeleton, entry);
  }
  return index;
}

/** True when a and b differ by at most one insertion, deletion or substitution (linear time). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * What `host` imitates, if anything. `host` is canonical (punycode) and `registrable` its registrable domain;
 * `unicodeHost` is given for internationalised names. The caller has already ruled out hosts that belong to a
 * protected or trusted domain.
 */
export function findLookalike(host: string, registrable: string, unicodeHost: string | undefined, index: LookalikeIndex): LookalikeFinding | undefined {
  if (!registrable || registrable === host && !host.includes('.')) return undefined;

  // Target embedding: the protected domain's labels appear in the subdomain part ("quangngai.gov.vn.evil.top",
  // "quangngai-gov-vn.evil.top").
  const subdomainPart = host.slice(0, host.length - registrable.length).replace(/\.$/, '');
  if (subdomainPart && subdomainPart !== 'www') {
    const labels = subdomainPart.split(/[.-]/);
    for (let start = 0; start < labels.length; start++) {
      for (let end = start + 2; end <= labels.length; end++) {
        const embedded = index.byDomain.get(labels.slice(start, end).join('.'));
        if (embedded) return { kind: 'embeddedDomain', target: embedded.domain };
      }
    }
  }

  const unicodeRegistrable = unicodeHost ? registrableDomain(unicodeHost) ?? unicodeHost : registrable;
  const name = unicodeRegistrable.split('.')[0];
  const skeleton = skeletonOf(name);

  const sameName = index.byName.get(name) ?? index.bySkeleton.get(skeleton);
  if (sameName && sameName.domain !== registrable) {
    // Same letters under another ending: only official domains are protected this way, since brands own many
    // endings (google.com.vn) while a province has one official domain.
    const imitates = name !== sameName.name || skeleton !== name || sameName.official;
    if (imitates) return { kind: 'lookalike', target: sameName.domain };
  }

  if (skeleton.length >= MIN_NAME_FOR_EDIT_DISTANCE) {
    for (const entry of index.all) {
      if (entry.name.length >= MIN_NAME_FOR_EDIT_DISTANCE && entry.name !== skeleton && withinOneEdit(skeleton, entry.name)) {
        return { kind: 'lookalike', target: entry.domain };
      }
    }
  }

  // Combosquatting: the protected name joined by hyphens to words scams like to add.
  const parts = skeleton.split('-').filter(Boolean);
  if (parts.length > 1) {
    const matches = index.all.filter((entry) =>
      (entry.name.length >= MIN_NAME_FOR_COMBO || entry.official) &&
      parts.includes(entry.name) && parts.every((part) => part === entry.name || COMBO_WORDS.test(part)));
    // "quangngai-gov" imitates quangngai.gov.vn rather than quangngai.edu.vn: prefer the domain the extra words name.
    const best = matches.find((entry) => entry.domain.split('.').some((label) => label !== entry.name && parts.includes(label))) ?? matches[0];
    if (best) return { kind: 'lookalike', target: best.domain };
  }
  // Glued combos of an official name and "gov"/"vn": "quangngaigov.vn", "quangngaigovvn.com".
  for (const entry of index.all) {
    if (entry.official && skeleton.startsWith(entry.name) && skeleton !== entry.name && COMBO_WORDS.test(skeleton.slice(entry.name.length))) {
      return { kind: 'lookalike', target: entry.domain };
    }
  }
  return undefined;
}
