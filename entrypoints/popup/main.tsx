import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/base.css';
import { TipOfTheDay } from '../../components/Awareness';
import { formatSettingValue } from '../../components/format';
import { PageStatusView } from '../../components/PageStatusView';
import { PasswordSavingStatus } from '../../components/PasswordSavingStatus';
import { SavedPasswordsSteps } from '../../components/SavedPasswordsSteps';
import { useAuditLog } from '../../components/use-audit-log';
import { useSettingsState, useTranslate } from '../../components/use-settings';
import type { MessageKey } from '../../utils/i18n';

const WARNINGS = new Set(['linkWarning', 'linkBlocked', 'emailWarning', 'emailBlocked', 'weakPassword', 'passwordReuse']);

function Popup() {
  const state = useSettingsState();
  const t = useTranslate(state);
  const log = useAuditLog();
  if (!state) return null;
  const { settings } = state;
  const recent = log.filter((event) => WARNINGS.has(event.type)).slice(-5).reverse();
  return (
    <main style={{ width: '24rem' }}>
      <h1>{t('popupTitle')}</h1>
      <p class="status ok">{t('protectionOn')}</p>
      <PageStatusView t={t} />
      <h2>{t('statusHeading')}</h2>
      <ul data-testid="protection-status">
        <li>{t('status_links', { mode: formatSettingValue('linkWarnings', settings.linkWarnings, t) })}</li>
        <li>{t('status_email', { mode: formatSettingValue('emailProtection', settings.emailProtection, t) })}</li>
        <li>{t('status_blocked', { count: settings.blockedHosts.length })}</li>
      </ul>
      <PasswordSavingStatus t={t} />
      <SavedPasswordsSteps t={t} reminder />
      <section aria-labelledby="recent-heading" data-testid="recent">
        <h2 id="recent-heading">{t('recentHeading')}</h2>
        {recent.length === 0 ? <p>{t('recentNone')}</p> : (
          <ul>
            {recent.map((event) => (
              <li key={event.id}>{new Date(event.time).toLocaleTimeString(settings.language === 'vi' ? 'vi-VN' : 'en-GB')} — {t(`event_${event.type}` as MessageKey)}{event.host ? `: ${event.host}` : ''}</li>
            ))}
          </ul>
        )}
      </section>
      <TipOfTheDay language={settings.language} t={t} />
      <p>{state.managed ? t('managedNotice') : t('unmanagedNotice')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('openOptions')}</button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
