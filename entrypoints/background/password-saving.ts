// Applies the disablePasswordSaving setting to the browser (privacy.services.passwordSavingEnabled).
import { browser } from 'wxt/browser';
import type { PasswordSavingState } from '../../utils/messages';
import { describePasswordSaving, passwordSavingAction, type BrowserSettingDetails } from '../../utils/password-saving';

async function readDetails(): Promise<BrowserSettingDetails | undefined> {
  try {
    return (await browser.privacy.services.passwordSavingEnabled.get({})) as BrowserSettingDetails;
  } catch {
    return undefined; // no privacy API (a browser without it, or the permission missing)
  }
}

export async function applyPasswordSaving(required: boolean): Promise<void> {
  const action = passwordSavingAction(await readDetails(), required);
  if (action === 'turnOff') await browser.privacy.services.passwordSavingEnabled.set({ value: false });
  if (action === 'release') await browser.privacy.services.passwordSavingEnabled.clear({});
}

export async function readPasswordSavingState(required: boolean): Promise<PasswordSavingState> {
  return describePasswordSaving(await readDetails(), required);
}
