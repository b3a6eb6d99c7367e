// The background's one way to record an event: the local audit log (utils/audit-log.ts), the report queue when the
// administrator set `reportUrl` (written with the log in one step), and the toolbar badge of the tab concerned.
import { browser } from 'wxt/browser';
import { recordEvents, type NewAuditEvent } from '../../utils/audit-log';
import { getSettingsState } from '../../utils/settings-store';
import { reportSoon } from './reporting';

const WARNING_TYPES = new Set(['linkWarning', 'linkBlocked', 'emailWarning', 'emailBlocked', 'weakPassword', 'passwordReuse']);

export async function recordEvent(event: NewAuditEvent, tabId?: number): Promise<void> {
  const { settings } = await getSettingsState();
  await recordEvents([event], settings.logRetentionDays, Boolean(settings.reportUrl));
  if (settings.reportUrl) reportSoon();
  if (tabId !== undefined && tabId >= 0 && WARNING_TYPES.has(event.type)) await markTab(tabId);
}

/** The toolbar badge shows that this page raised a warning (Chromium clears it when the tab navigates away). */
async function markTab(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#c8102e' });
    await browser.action.setBadgeText({ tabId, text: '!' });
  } catch {
    // the tab is gone
  }
}
