import type { Translate } from '../utils/i18n';
import { sendMessage } from '../utils/messages';
import type { Language } from '../utils/settings';

/** Vietnamese / English switch; language is always the user's to choose unless policy fixes it. */
export function LanguageSwitch({ language, locked, t }: { language: Language; locked: boolean; t: Translate }) {
  return (
    <label class="language">
      {t('languageSwitch')}{' '}
      <select value={language} disabled={locked} onChange={(e) => void sendMessage('setUserSetting', { key: 'language', value: e.currentTarget.value })}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
