// Preact hook: the effective settings state, kept current when policy or the user changes something.
import { useEffect, useState } from 'preact/hooks';
import { translator, type Translate } from '../utils/i18n';
import { sendMessage } from '../utils/messages';
import type { SettingsState } from '../utils/settings';
import { watchSettingsState } from '../utils/settings-store';

export function useSettingsState(): SettingsState | undefined {
  const [state, setState] = useState<SettingsState>();
  useEffect(() => {
    let live = true;
    void sendMessage('getSettingsState').then((first) => live && setState(first));
    const stop = watchSettingsState((next) => live && setState(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

/** Translator for the configured language; also keeps <html lang> right for screen readers. */
export function useTranslate(state: SettingsState | undefined): Translate {
  const language = state?.settings.language ?? 'vi';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return translator(language);
}
