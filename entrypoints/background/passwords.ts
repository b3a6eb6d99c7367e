// Passwords, background side: the strength estimate (zxcvbn lives here, not in pages), the official password's
// fingerprint (a salted PBKDF2 hash, never the password), reuse checks and weak-password events. Passwords arrive in
// messages from our own content scripts, are used in memory and never stored or logged.
import { storage } from 'wxt/utils/storage';
import { classifySite } from '../../utils/detectors/site-kind';
import { hostOf } from '../../utils/domains';
import { translator } from '../../utils/i18n';
import type { Handlers } from '../../utils/messages';
import { fingerprintPassword, matchesFingerprint, type PasswordFingerprint } from '../../utils/password-hash';
import { estimateStrength, organisationWords } from '../../utils/password-strength';
import { getSettingsState } from '../../utils/settings-store';
import { recordEvent } from './events';

/** Fingerprints of official passwords (the last few, for people with more than one official account). */
export const officialPasswordsItem = storage.defineItem<PasswordFingerprint[]>('local:officialPasswordFingerprints', { fallback: [] });
const MAX_FINGERPRINTS = 5;

async function isOfficialSender(url: string | undefined): Promise<{ official: boolean; host: string }> {
  const { settings } = await getSettingsState();
  const host = hostOf(url ?? '') ?? '';
  return { official: host !== '' && classifySite(host, settings) === 'official', host };
}

async function matchesAny(password: string, fingerprints: PasswordFingerprint[]): Promise<boolean> {
  for (const fingerprint of fingerprints) if (await matchesFingerprint(password, fingerprint)) return true;
  return false;
}

export function passwordHandlers(): Handlers {
  return {
    async getPasswordPolicy(_data, sender) {
      const { settings } = await getSettingsState();
      const { official } = await isOfficialSender(sender.url);
      const t = translator(settings.language);
      const rule = settings.passwordRule;
      const onWeak = settings.passwordEnforcement === 'everywhere' || (settings.passwordEnforcement === 'official' && official) ? 'block' : 'warn';
      return {
        rule,
        onWeak,
        official,
        text: {
          meterTitle: t('pwMeterTitle'),
          ruleHeading: t('pwRuleHeading'),
          parts: {
            minLength: t('rule_minLength', { count: rule.minLength }),
            requireUpper: t('rule_requireUpper'),
            requireLower: t('rule_requireLower'),
            requireDigit: t('rule_requireDigit'),
            requireSymbol: t('rule_requireSymbol'),
          },
          strengthLine: t('pwStrengthLine', { min: rule.minScore }),
          scoreLabels: [t('pwScore_0'), t('pwScore_1'), t('pwScore_2'), t('pwScore_3'), t('pwScore_4')],
          minimumNote: t('pwMinimumNote'),
          blocked: t('pwBlocked'),
          warnWeak: t('pwWarnWeak'),
          reuseTitle: t('pwReuseTitle'),
          reuseBody: t('pwReuseBody'),
        },
      };
    },
    async estimatePassword({ password }) {
      const { settings } = await getSettingsState();
      const words = organisationWords([...settings.officialEmailDomains, ...settings.officialSites]);
      const { score, advice } = estimateStrength(password, settings.language, words);
      return { score, advice };
    },
    async rememberOfficialPassword({ password }, sender) {
      if (!password || !(await isOfficialSender(sender.url)).official) return;
      const stored = await officialPasswordsItem.getValue();
      if (await matchesAny(password, stored)) return;
      await officialPasswordsItem.setValue([...stored, await fingerprintPassword(password)].slice(-MAX_FINGERPRINTS));
    },
    async checkPasswordReuse({ password }, sender) {
      const { official, host } = await isOfficialSender(sender.url);
      if (official || !password) return { reused: false };
      const reused = await matchesAny(password, await officialPasswordsItem.getValue());
      if (reused) await recordEvent({ type: 'passwordReuse', host, url: sender.url }, sender.tab?.id);
      return { reused };
    },
    async recordWeakPassword({ action, score, failed }, sender) {
      await recordEvent(
        { type: 'weakPassword', host: hostOf(sender.url ?? '') ?? undefined, url: sender.url, detail: { action, failed: failed.join(' '), ...(score === undefined ? {} : { score }) } },
        sender.tab?.id,
      );
    },
  };
}
