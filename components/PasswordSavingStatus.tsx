import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import { sendMessage, type PasswordSavingState } from '../utils/messages';

function describe(state: PasswordSavingState, t: Translate): { text: string; ok: boolean } {
  if (state.state === 'unknown') return { text: t('pwSaving_unknown'), ok: false };
  if (state.state === 'off') {
    const key = state.controlledBy === 'extension' ? 'pwSaving_offByExtension' : state.controlledBy === 'policy' ? 'pwSaving_offByPolicy' : 'pwSaving_off';
    return { text: t(key), ok: true };
  }
  if (!state.required) return { text: t('pwSaving_notRequired'), ok: true };
  const key = state.controlledBy === 'otherExtension' ? 'pwSaving_onOtherExtension' : state.controlledBy === 'policy' ? 'pwSaving_onPolicy' : 'pwSaving_on';
  return { text: t(key), ok: false };
}

/** The browser's real password-saving state and who controls it. */
export function PasswordSavingStatus({ t }: { t: Translate }) {
  const [state, setState] = useState<PasswordSavingState>();
  useEffect(() => {
    void sendMessage('getPasswordSavingState').then(setState);
  }, []);
  if (!state) return null;
  const { text, ok } = describe(state, t);
  return (
    <p class={ok ? 'status ok' : 'status problem'} data-testid="password-saving" role={ok ? undefined : 'alert'}>
      <strong>{t('pwSaving_heading')}:</strong> {text}
    </p>
  );
}
