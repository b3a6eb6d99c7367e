// What kind of site a page is, for the official e-mail rule: official (the address belongs there), restricted
// (social networks, forums, public sites: never), or other.
import { findMatchingDomain } from '../domains';

export type SiteKind = 'official' | 'restricted' | 'other';

export function classifySite(host: string, lists: { officialSites: readonly string[]; restrictedSites: readonly string[] }): SiteKind {
  const bare = host.toLowerCase().replace(/\.$/, '');
  if (findMatchingDomain(bare, lists.officialSites)) return 'official';
  if (findMatchingDomain(bare, lists.restrictedSites)) return 'restricted';
  return 'other';
}
