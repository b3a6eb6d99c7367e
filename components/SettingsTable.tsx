import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../utils/i18n';
import { SETTING_KEYS, isUserEditable, type SettingKey, type SettingsState } from '../utils/settings';
import { formatSettingValue } from './format';
import { SettingEditor } from './SettingEditor';

/** Every setting: its effective value, where it came from, and whether the user may change it. */
export function SettingsTable({ state, t }: { state: SettingsState; t: Translate }) {
  const [editing, setEditing] = useState<SettingKey>();
  const [status, setStatus] = useState('');
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <p>{state.managed ? t('managedNotice') : t('unmanagedNotice')}</p>
      <p role="status" aria-live="polite" data-testid="settings-status">{status}</p>
      <table data-testid="settings">
        <thead>
          <tr><th scope="col">{t('settingColumn')}</th><th scope="col">{t('valueColumn')}</th><th scope="col">{t('sourceColumn')}</th><th scope="col"><span class="visually-hidden">{t('editLabel')}</span></th></tr>
        </thead>
        <tbody>
          {SETTING_KEYS.map((key) => {
            const editable = isUserEditable(state, key);
            return (
              <tr key={key} data-key={key} data-source={state.sources[key]} data-locked={String(!editable)}>
                <th scope="row">{t(`setting_${key}` as MessageKey)}<br /><code class="key">{key}</code></th>
                <td class="value">
                  {editing === key ? (
                    <SettingEditor settingKey={key} value={state.settings[key]} t={t} onDone={(message) => { setEditing(undefined); setStatus(message); }} />
                  ) : (
                    formatSettingValue(key, state.settings[key], t)
                  )}
                </td>
                <td>{t(`source_${state.sources[key]}`)}</td>
                <td>
                  {editable ? (
                    editing !== key && <button type="button" onClick={() => setEditing(key)} aria-label={`${t('editLabel')}: ${t(`setting_${key}` as MessageKey)}`}>{t('editLabel')}</button>
                  ) : (
                    <span class="locked"><LockIcon /> {t('lockedLabel')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** A padlock drawn inline: emoji fonts are missing on many office PCs. */
function LockIcon() {
  return (
    <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
      <rect x="1" y="6" width="10" height="8" rx="1" fill="currentColor" />
      <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}
