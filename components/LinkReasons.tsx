import type { MessageKey, Translate } from '../utils/i18n';
import type { LinkReason } from '../utils/link-classifier';

/** The reasons of a link verdict, in plain words. */
export function LinkReasons({ reasons, t }: { reasons: LinkReason[]; t: Translate }) {
  return (
    <ul data-testid="reasons">
      {reasons.map((reason, index) => {
        const { code, ...details } = reason;
        return <li key={index} data-reason={code}>{t(`linkReason_${code}` as MessageKey, details as Record<string, string>)}</li>;
      })}
    </ul>
  );
}
