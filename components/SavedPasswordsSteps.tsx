import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { Translate } from '../utils/i18n';

/** Set once the user says the passwords saved earlier are deleted: the pop-up then stops reminding. */
export const savedPasswordsDoneItem = storage.defineItem<boolean>('local:savedPasswordsReminderDone', { fallback: false });

/** Steps to delete passwords the browser saved before the extension turned saving off. */
export function SavedPasswordsSteps({ t, reminder = false }: { t: Translate; reminder?: boolean }) {
  const [done, setDone] = useState<boolean>();
  useEffect(() => {
    void savedPasswordsDoneItem.getValue().then(setDone);
  }, []);
  if (reminder && done !== false) return null;
  return (
    <section aria-labelledby="saved-passwords-heading" data-testid="saved-passwords" class={reminder ? 'reminder' : undefined}>
      <h2 id="saved-passwords-heading">{t('savedPasswordsHeading')}</h2>
      <p>{t('savedPasswordsIntro')}</p>
      <ul>
        <li>{t('savedPasswordsChrome')}</li>
        <li>{t('savedPasswordsEdge')}</li>
        <li>{t('savedPasswordsFirefox')}</li>
      </ul>
      {reminder && (
        <button type="button" onClick={() => void savedPasswordsDoneItem.setValue(true).then(() => setDone(true))}>
          {t('savedPasswordsDone')}
        </button>
      )}
    </section>
  );
}
