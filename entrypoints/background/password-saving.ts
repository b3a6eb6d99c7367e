// Applies the disablePasswordSaving setting to the browser (privacy.services.passwordSavingEnabled).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { recordEvent } from './events';
import type { PasswordSavingState } from '../../utils/messages';
import { describePasswordSaving, passwordSavingAction, type BrowserSettingDetails } from '../../utils/password-saving';

async function readDetails(): Promise<BrowserSettingDetails | undefined> {
  try {
    return (await browser.privacy.services.passwordSavingEnabled.get({})) as BrowserSettingDetails;
  } catch {
    return undefined; // no privacy API (a browser without it, or the permission missing)
  }
}

/** The last state recorded, so that each change (and only a change) becomes one audit event. */
const lastStateItem = storage.defineItem<string>('local:passwordSavingLastState', { fallback: '' });

let running: Promise<void> = Promise.resolve();

/** One at a time: start-up and settings changes can ask at once, and each change must be recorded once. */
export function applyPasswordSaving(required: boolean): Promise<void> {
  running = running.catch(() => undefined).then(() => apply(required));
  return running;
}

async function apply(required: boolean): Promise<void> {
  const action = passwordSavingAction(await readDetails(), required);
  if (action === 'turnOff') await browser.privacy.services.passwordSavingEnabled.set({ value: false });
  if (action === 'release') await browser.privacy.services.passwordSavingEnabled.clear({});
  const state = describePasswordSaving(await readDetails(), required);
  const summary = state.state === 'unknown' ? 'unknown' : `${state.state}:${state.controlledBy}`;
  if (summary !== (await lastStateItem.getValue())) {
    await lastStateItem.setValue(summary);
    await recordEvent({ type: 'passwordSavingState', detail: { state: state.state, controlledBy: 'controlledBy' in state ? state.controlledBy : 'unknown' } });
  }
}

export async function readPasswordSavingState(required: boolean): Promise<PasswordSavingState> {
  return describePasswordSaving(await readDetails(), required);
}
