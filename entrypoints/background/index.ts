// The background wires browser events to the services in utils/; it keeps no state of its own in variables that
// matter, because the MV3 service worker may be stopped at any moment.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../../utils/messages';
import { checkUserValue, isUserEditable, type SettingsState } from '../../utils/settings';
import { getSettingsState, refreshSettingsState, settingsStateItem, userSettingsItem, watchSettingsState } from '../../utils/settings-store';
import { refreshBlocklist, scheduleBlocklistRefresh, syncBlocklistUrl } from './blocklist-download';
import { blockEmailRequestsWhereAllowed, emailHandlers } from './email';
import { passwordHandlers } from './passwords';
import { scheduleReporting } from './reporting';
import { statusHandlers } from './status';
import { recordEvent } from './events';
import { applyNetworkRules, blockNavigationsWhereAllowed, linkHandlers, watchLinkSettings, watchNavigations } from './links';
import { guardOpenTabs } from './open-tabs';
import { applyPasswordSaving, readPasswordSavingState } from './password-saving';

export default defineBackground(() => {
  const refresh = () => void refreshSettingsState();
  const applySettings = (state: SettingsState) =>
    Promise.all([applyPasswordSaving(state.settings.disablePasswordSaving), applyNetworkRules(), syncBlocklistUrl()]);

  // The worker starts for many reasons (install, browser start, a message, an event): what the settings demand is
  // applied at once from the stored state, and the settings are recomputed so that a policy changed while the
  // browser was closed takes effect too. Every new state is applied as it is stored.
  void getSettingsState().then(applySettings);
  watchSettingsState(applySettings);
  watchLinkSettings();
  watchNavigations();
  blockNavigationsWhereAllowed();
  blockEmailRequestsWhereAllowed();
  scheduleBlocklistRefresh();
  scheduleReporting();
  // Every change of the effective settings (policy or user) is an audit event naming the keys that changed.
  settingsStateItem.watch((next, previous) => {
    if (!next || !previous) return;
    const changed = (Object.keys(next.settings) as (keyof typeof next.settings)[])
      .filter((key) => JSON.stringify(next.settings[key]) !== JSON.stringify(previous.settings[key]));
    if (changed.length) void recordEvent({ type: 'settingsChange', detail: { keys: changed.join(' '), sources: changed.map((key) => next.sources[key]).join(' ') } });
  });
  refresh();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    refresh();
    if (reason === 'install' || reason === 'update') void guardOpenTabs();
  });
  // A new version (a fix, a new rule) applies at once rather than at the next browser start.
  browser.runtime.onUpdateAvailable?.addListener(() => browser.runtime.reload());
  browser.runtime.onStartup.addListener(refresh);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && 'userSettings' in changes)) refresh();
  });
  // Another extension or the user may turn password saving back on: put it back.
  browser.privacy?.services.passwordSavingEnabled.onChange.addListener(() => void getSettingsState().then(applySettings));

  handleMessages({
    ...linkHandlers(),
    ...emailHandlers(),
    ...passwordHandlers(),
    ...statusHandlers(),
    getSettingsState: () => getSettingsState(),
    async setUserSetting({ key, value }) {
      const state = await getSettingsState();
      if (!isUserEditable(state, key)) return { ok: false, reason: 'notAllowed' };
      const checked = checkUserValue(key, value);
      if ('reason' in checked) return { ok: false, reason: checked.reason };
      await userSettingsItem.setValue({ ...(await userSettingsItem.getValue()), [key]: checked.value });
      await refreshSettingsState();
      return { ok: true };
    },
    async resetUserSetting({ key }) {
      const { [key]: _removed, ...rest } = await userSettingsItem.getValue();
      await userSettingsItem.setValue(rest);
      await refreshSettingsState();
      return { ok: true };
    },
    async refreshBlocklist() {
      await refreshBlocklist();
      return { ok: true };
    },
    async getPasswordSavingState() {
      const { settings } = await getSettingsState();
      return readPasswordSavingState(settings.disablePasswordSaving);
    },
  });
});
