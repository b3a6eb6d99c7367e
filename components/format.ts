// How setting values read for people (shared by the options page and the pop-up).
import type { Translate, MessageKey } from '../utils/i18n';
import type { PasswordRule, SettingKey, Settings } from '../utils/settings';

export function formatPasswordRule(rule: PasswordRule, t: Translate): string {
  const parts = [t('rule_minLength', { count: rule.minLength })];
  for (const part of ['requireUpper', 'requireLower', 'requireDigit', 'requireSymbol'] as const) {
    if (rule[part]) parts.push(t(`rule_${part}`));
  }
  parts.push(t('rule_minScore', { score: rule.minScore }));
  return parts.join(', ');
}

export function formatSettingValue<K extends SettingKey>(key: K, value: Settings[K], t: Translate): string {
  if (Array.isArray(value)) return value.length ? value.join(', ') : t('value_empty');
  if (typeof value === 'boolean') return t(value ? 'value_true' : 'value_false');
  if (key === 'passwordRule') return formatPasswordRule(value as PasswordRule, t);
  if (value === '') return t('value_empty');
  const translated = `value_${String(value)}` as MessageKey;
  const text = t(translated);
  return text === translated ? String(value) : text;
}
