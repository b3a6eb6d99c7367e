import { render } from 'preact';
import '../../components/base.css';
import { AuditLogView } from '../../components/AuditLogView';
import { AwarenessTips, Quiz } from '../../components/Awareness';
import { BlocklistStatus } from '../../components/BlocklistStatus';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PasswordSavingStatus } from '../../components/PasswordSavingStatus';
import { RejectedList } from '../../components/RejectedList';
import { SavedPasswordsSteps } from '../../components/SavedPasswordsSteps';
import { SettingsTable } from '../../components/SettingsTable';
import { useSettingsState, useTranslate } from '../../components/use-settings';
import { isUserEditable } from '../../utils/settings';

function OptionsPage() {
  const state = useSettingsState();
  const t = useTranslate(state);
  if (!state) return null;
  document.title = t('optionsTitle');
  return (
    <main>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <LanguageSwitch language={state.settings.language} locked={!isUserEditable(state, 'language')} t={t} />
      </header>
      <PasswordSavingStatus t={t} />
      <AwarenessTips language={state.settings.language} t={t} supportContact={state.settings.supportContact} />
      <SavedPasswordsSteps t={t} />
      <Quiz language={state.settings.language} t={t} />
      <SettingsTable state={state} t={t} />
      <RejectedList rejected={state.rejected} t={t} />
      <BlocklistStatus url={state.settings.blockedHostsUrl} language={state.settings.language} t={t} />
      <AuditLogView t={t} canClear={state.settings.allowLogClear} />
    </main>
  );
}

render(<OptionsPage />, document.getElementById('app')!);
