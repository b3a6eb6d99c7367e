// Shown instead of a page on the authorities' blocklist, or of a request that carried the official e-mail to a
// restricted site (reason=officialEmail). No way through: the administrator decides both.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/base.css';
import '../../components/interstitial.css';
import { Destination } from '../../components/Destination';
import { translator } from '../../utils/i18n';
import { hostOf } from '../../utils/domains';
import { sendMessage } from '../../utils/messages';
import type { SettingsState } from '../../utils/settings';

function BlockedPage() {
  const query = new URLSearchParams(location.search);
  const officialEmail = query.get('reason') === 'officialEmail';
  const [url, setUrl] = useState(query.get('url') ?? '');
  const [state, setState] = useState<SettingsState>();
  useEffect(() => {
    void sendMessage('getSettingsState').then(setState);
    // A declarativeNetRequest redirect cannot carry the address: the background noted it for this tab.
    if (!url && !officialEmail) void sendMessage('getBlockedNavigation').then((answer) => answer.url && setUrl(answer.url));
  }, []);
  const language = state?.settings.language ?? 'vi';
  const t = translator(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `ATTT Guard – ${t(officialEmail ? 'blockedEmailTitle' : 'blockedTitle')}`;
  }, [language]);
  if (!state) return null;
  return (
    <main><div class="interstitial" role="alertdialog" aria-labelledby="blocked-title" aria-describedby="blocked-why">
      {officialEmail ? (
        // The address the page tried to send is not shown: it holds the official e-mail.
        <>
          <h1 id="blocked-title">{t('blockedEmailTitle')}</h1>
          <p>{t('blockedEmailIntro')}</p>
          <p id="blocked-why">{t('blockedEmailReason')}</p>
        </>
      ) : (
        <>
          <h1 id="blocked-title">{t('blockedTitle')}</h1>
          <p>{t('blockedIntro')}</p>
          {url ? <Destination url={url} host={hostOf(url) ?? ''} /> : <p class="destination">{t('blockedUnknownUrl')}</p>}
          <p id="blocked-why">{t('blockedReason')}</p>
        </>
      )}
      {state.settings.supportContact && <p>{t('supportLine', { contact: state.settings.supportContact })}</p>}
      <div class="actions">
        <button type="button" class="primary" autofocus data-testid="go-back" onClick={() => (history.length > 1 ? history.back() : void sendMessage('closeTab'))}>
          {t('warningBack')}
        </button>
      </div>
    </div></main>
  );
}

render(<BlockedPage />, document.getElementById('app')!);
