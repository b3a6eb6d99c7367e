// The circular's minimum rule for a new password: at least `minLength` characters with upper case, lower case, a
// digit and a special character. Counted in characters as people see them (an emoji is one), Unicode-aware
// (Vietnamese "Ă" is upper case, "ư" lower case). Pure and tiny: it runs in the page on every keystroke.
import type { PasswordRule } from '../settings';

export type RulePart = 'minLength' | 'requireUpper' | 'requireLower' | 'requireDigit' | 'requireSymbol';

export interface RuleCheck {
  /** Each required part and whether the password meets it. */
  parts: { part: RulePart; ok: boolean }[];
  passes: boolean;
  length: number;
}

const TESTS: Record<Exclude<RulePart, 'minLength'>, RegExp> = {
  requireUpper: /\p{Lu}/u,
  requireLower: /\p{Ll}/u,
  requireDigit: /\p{Nd}/u,
  requireSymbol: /[^\p{L}\p{N}\p{M}\s]/u,
};

export function checkPasswordRule(password: string, rule: PasswordRule): RuleCheck {
  const length = [...password.normalize('NFC')].length;
  const parts: RuleCheck['parts'] = [{ part: 'minLength', ok: length >= rule.minLength }];
  for (const part of ['requireUpper', 'requireLower', 'requireDigit', 'requireSymbol'] as const) {
    if (rule[part]) parts.push({ part, ok: TESTS[part].test(password) });
  }
  return { parts, passes: parts.every((p) => p.ok), length };
}
