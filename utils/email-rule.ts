// The official e-mail rule for one page: where the address belongs it passes; on restricted sites and sign-up pages
// it is blocked (or only warned with `emailProtection: warn`); anywhere else a warning explains the rule.
import type { SiteKind } from './detectors/site-kind';
import type { Protection } from './settings';

export type EmailAction = 'allow' | 'warn' | 'block';

export function decideEmail(mode: Protection, siteKind: SiteKind, signUp: boolean): EmailAction {
  if (mode === 'off' || siteKind === 'official') return 'allow';
  if (siteKind === 'restricted' || signUp) return mode === 'block' ? 'block' : 'warn';
  return 'warn';
}
