import type { MessageKey, Translate } from '../utils/i18n';
import type { Rejection } from '../utils/settings';

/** Policy (and user) values that were not accepted, with the reason, so an administrator can fix them. */
export function RejectedList({ rejected, t }: { rejected: Rejection[]; t: Translate }) {
  return (
    <section aria-labelledby="rejected-heading" data-testid="rejected">
      <h2 id="rejected-heading">{t('rejectedHeading')}</h2>
      {rejected.length === 0 ? (
        <p>{t('rejectedNone')}</p>
      ) : (
        <>
          <p>{t('rejectedIntro')}</p>
          <ul>
            {rejected.map((rejection, index) => (
              <li key={index} data-key={rejection.key}>
                <code>{rejection.key}</code>: <code>{rejection.value}</code> — {t(`reason_${rejection.reason}` as MessageKey)}
                {rejection.source === 'user' ? ` ${t('rejectedFromUser')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
