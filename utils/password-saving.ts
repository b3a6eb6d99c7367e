// The browser's own password saving (privacy.services.passwordSavingEnabled): the circular says passwords must not
// be kept in the browser. The pure part reads what the browser reports; the background applies it.
import type { PasswordSavingState } from './messages';

export interface BrowserSettingDetails {
  value: boolean;
  levelOfControl: 'not_controllable' | 'controlled_by_other_extensions' | 'controllable_by_this_extension' | 'controlled_by_this_extension';
}

export function describePasswordSaving(details: BrowserSettingDetails | undefined, required: boolean): PasswordSavingState {
  if (!details || typeof details.value !== 'boolean') return { state: 'unknown' };
  const { value, levelOfControl } = details;
  if (!value) {
    if (levelOfControl === 'controlled_by_this_extension') return { state: 'off', controlledBy: 'extension' };
    if (levelOfControl === 'not_controllable') return { state: 'off', controlledBy: 'policy' };
    return { state: 'off', controlledBy: 'user' };
  }
  if (levelOfControl === 'controlled_by_other_extensions') return { state: 'on', controlledBy: 'otherExtension', required };
  if (levelOfControl === 'not_controllable') return { state: 'on', controlledBy: 'policy', required };
  return { state: 'on', controlledBy: 'user', required };
}

/** What the extension should do: take control and turn it off, hand control back, or nothing. */
export function passwordSavingAction(details: BrowserSettingDetails | undefined, required: boolean): 'turnOff' | 'release' | 'none' {
  if (!details) return 'none';
  const ours = details.levelOfControl === 'controlled_by_this_extension';
  const canControl = ours || details.levelOfControl === 'controllable_by_this_extension';
  if (required) return canControl && (details.value || !ours) ? 'turnOff' : 'none';
  return ours ? 'release' : 'none';
}
