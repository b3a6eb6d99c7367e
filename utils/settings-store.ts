// Where settings live in the browser: policy in storage.managed, the user's choices and the computed state in
// storage.local. The background recomputes the state whenever either source changes; every other context reads the
// stored state (so nothing waits on storage.managed, and the MV3 service worker can stop at any time).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { resolveSettings, type Settings, type SettingsState } from './settings';

export const settingsStateItem = storage.defineItem<SettingsState>('local:settingsState');
export const userSettingsItem = storage.defineItem<Partial<Record<keyof Settings, unknown>>>('local:userSettings', {
  fallback: {},
});

/** The last policy read successfully, used when storage.managed cannot be read this time. */
const policySnapshotItem = storage.defineItem<Record<string, unknown>>('local:policySnapshot', { fallback: {} });

/**
 * One read of storage.managed. Chromium 156 leaves reads made while its policy service starts up pending for ever
 * (seen in the browser tests: the same call answers a second later), so each read gets a deadline.
 * Resolves undefined when the deadline passes; an empty object when there is no policy at all (Firefox throws
 * "Managed storage manifest not found" then).
 */
async function readManagedOnce(deadlineMs: number): Promise<Record<string, unknown> | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      browser.storage.managed.get().then((items) => items ?? {}),
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), deadlineMs))),
    ]);
  } catch {
    return {};
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Recomputes the effective settings from policy and user choices and stores them. While storage.managed does not
 * answer, the last policy read successfully stands in (stored at once, so protection never waits), and the read is
 * retried until it answers.
 */
export async function refreshSettingsState({ attempts = 10, deadlineMs = 1500 } = {}): Promise<SettingsState> {
  let provisional: SettingsState | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const policy = await readManagedOnce(deadlineMs);
    if (policy) {
      await policySnapshotItem.setValue(policy);
      return storeState(policy);
    }
    provisional ??= await storeState(await policySnapshotItem.getValue());
  }
  return provisional ?? storeState(await policySnapshotItem.getValue());
}

async function storeState(policy: Record<string, unknown>): Promise<SettingsState> {
  const state = resolveSettings(policy, await userSettingsItem.getValue());
  await settingsStateItem.setValue(state);
  return state;
}

/** The stored state; before the first refresh has stored one, what the last known policy gives. */
export async function getSettingsState(): Promise<SettingsState> {
  return (await settingsStateItem.getValue()) ?? resolveSettings(await policySnapshotItem.getValue(), await userSettingsItem.getValue());
}

/** Calls `onChange` with each new state; returns the function that stops watching. */
export function watchSettingsState(onChange: (state: SettingsState) => void): () => void {
  return settingsStateItem.watch((state) => {
    if (state) onChange(state);
  });
}
