// The official e-mail rule, background side: tells each page its rule and wording, and records warnings and blocks
// (with the address masked: the administrator sees "n***@quangngai.gov.vn", never the full address).
import { classifySite } from '../../utils/detectors/site-kind';
import { hostOf } from '../../utils/domains';
import { translator } from '../../utils/i18n';
import type { Handlers } from '../../utils/messages';
import { getSettingsState } from '../../utils/settings-store';
import { recordEvent } from './events';

export function emailHandlers(): Handlers {
  return {
    async getEmailPolicy(_data, sender) {
      const { settings } = await getSettingsState();
      const t = translator(settings.language);
      const host = hostOf(sender.url ?? '') ?? '';
      return {
        mode: settings.emailProtection,
        siteKind: host ? classifySite(host, settings) : 'other',
        domains: settings.officialEmailDomains,
        logFull: settings.logFullAddresses,
        text: { title: t('emailWarningTitle'), body: t('emailWarningBody'), blocked: t('emailBlocked'), warnOnly: t('emailWarnOnly') },
      };
    },
    async recordEmailEvent({ action, fieldKind, masked, address, via }, sender) {
      const { settings } = await getSettingsState();
      const host = hostOf(sender.url ?? '') ?? undefined;
      const logged = settings.logFullAddresses && address ? address : masked;
      await recordEvent({ type: action === 'block' ? 'emailBlocked' : 'emailWarning', host, url: sender.url, detail: { fieldKind, address: logged, via } }, sender.tab?.id);
    },
  };
}
