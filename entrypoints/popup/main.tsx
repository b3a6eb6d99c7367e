import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/base.css';
import { formatSettingValue } from '../../components/format';
import { PasswordSavingStatus } from '../../components/PasswordSavingStatus';
import { SavedPasswordsSteps } from '../../components/SavedPasswordsSteps';
import { useSettingsState, useTranslate } from '../../components/use-settings';

function Popup() {
  const state = useSettingsState();
  const t = useTranslate(state);
  if (!state) return null;
  const { settings } = state;
  return (
    <main style={{ minWidth: '22rem' }}>
      <h1>{t('popupTitle')}</h1>
      <h2>{t('statusHeading')}</h2>
      <ul data-testid="protection-status">
        <li>{t('status_links', { mode: formatSettingValue('linkWarnings', settings.linkWarnings, t) })}</li>
        <li>{t('status_email', { mode: formatSettingValue('emailProtection', settings.emailProtection, t) })}</li>
        <li>{t('status_blocked', { count: settings.blockedHosts.length })}</li>
      </ul>
      <PasswordSavingStatus t={t} />
      <SavedPasswordsSteps t={t} reminder />
      <p>{state.managed ? t('managedNotice') : t('unmanagedNotice')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('openOptions')}</button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
