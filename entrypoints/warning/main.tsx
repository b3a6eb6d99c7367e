// The interstitial shown before a suspicious link (or an unknown one from webmail/chat) is opened. "Go back" is the
// default; "Continue" only where policy allows it. The verdict is recomputed by the extension, never read from the
// address, so a crafted link to this page cannot change what it says.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/base.css';
import '../../components/interstitial.css';
import { Destination } from '../../components/Destination';
import { LinkReasons } from '../../components/LinkReasons';
import { translator } from '../../utils/i18n';
import { sendMessage, type LinkDescription } from '../../utils/messages';

/** The destination: URL-encoded by the extension, or raw after "url=" when a declarativeNetRequest rule inserted it. */
function readTarget(): { url: string; from?: string; text?: string; source: string } {
  const href = location.href;
  const params = new URLSearchParams(location.search);
  if (params.get('source') === 'network') return { url: href.slice(href.indexOf('url=') + 4), source: 'network' };
  // The link's text only adds the "text shows another address" reason; it cannot take one away.
  return { url: params.get('url') ?? '', from: params.get('from') ?? undefined, text: params.get('text') ?? undefined, source: 'page' };
}

function goBack() {
  if (history.length > 1) history.back();
  else void sendMessage('closeTab');
}

function WarningPage() {
  const [{ url, from, text, source }] = useState(readTarget);
  const [description, setDescription] = useState<LinkDescription>();
  const framed = window.top !== window;
  useEffect(() => {
    if (framed) return;
    void sendMessage('describeLink', { url, from, text }).then(setDescription);
    void sendMessage('warningShown', { url, source, text });
  }, []);
  const t = translator(description?.language ?? 'vi');
  useEffect(() => {
    document.documentElement.lang = description?.language ?? 'vi';
    document.title = `ATTT Guard – ${t('warningTitle')}`;
  }, [description]);
  if (framed) return <main class="interstitial"><p>{translator('vi')('warningFramed')}</p></main>;
  if (!description) return null;
  const { decision, supportContact } = description;
  const unknownOnly = decision.verdict.reasons.length === 0;
  return (
    <main><div class="interstitial" role="alertdialog" aria-labelledby="warning-title" aria-describedby="warning-why">
      <h1 id="warning-title">{unknownOnly ? t('warningUnknownTitle') : t('warningTitle')}</h1>
      <p>{t('warningIntro')}</p>
      <Destination url={url} host={decision.verdict.host} />
      <section id="warning-why">
        <h2>{t('warningReasonsHeading')}</h2>
        {unknownOnly ? <p>{t('warningUnknownReason')}</p> : <LinkReasons reasons={decision.verdict.reasons} t={t} />}
        <p>{t('warningAdvice')}</p>
      </section>
      {supportContact && <p>{t('supportLine', { contact: supportContact })}</p>}
      <div class="actions">
        <button type="button" class="primary" autofocus onClick={goBack} data-testid="go-back">{t('warningBack')}</button>
        {decision.canContinue ? (
          <button type="button" class="secondary" data-testid="continue" onClick={async () => {
            const { ok } = await sendMessage('continueToLink', { url });
            if (ok) location.replace(url);
          }}>{t('warningContinue')}</button>
        ) : (
          <p data-testid="no-continue">{t('warningNoContinue')}</p>
        )}
      </div>
    </div></main>
  );
}

render(<WarningPage />, document.getElementById('app')!);
