import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettingsState, refreshSettingsState, userSettingsItem, watchSettingsState } from '../../utils/settings-store';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges managed storage (policy) and user choices into the stored state', async () => {
    await fakeBrowser.storage.managed.set({ linkWarnings: 'block', blockedHosts: ['203.0.113.9', 'nope nope'] });
    await userSettingsItem.setValue({ language: 'en', linkWarnings: 'off' });
    const state = await refreshSettingsState();
    expect(state.settings.linkWarnings).toBe('block');
    expect(state.sources.linkWarnings).toBe('policy');
    expect(state.settings.language).toBe('en');
    expect(state.settings.blockedHosts).toEqual(['203.0.113.9']);
    expect(state.rejected).toHaveLength(1);
    expect(await getSettingsState()).toEqual(state);
  });

  it('computes the state on first read and notifies watchers of changes', async () => {
    expect((await getSettingsState()).settings.language).toBe('vi');
    const seen: string[] = [];
    const stop = watchSettingsState((state) => seen.push(state.settings.emailProtection));
    await fakeBrowser.storage.managed.set({ emailProtection: 'warn' });
    await refreshSettingsState();
    stop();
    expect(seen).toEqual(['warn']);
  });
});
