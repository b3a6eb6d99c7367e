// What the pop-up and options page ask of the background: the current page's status, "report this page", clearing
// the log where policy allows it.
import { auditLogItem } from '../../utils/audit-log';
import { classifySite } from '../../utils/detectors/site-kind';
import type { Handlers } from '../../utils/messages';
import { getSettingsState } from '../../utils/settings-store';
import { recordEvent } from './events';
import { classifyForStatus } from './links';

export function statusHandlers(): Handlers {
  return {
    async getPageStatus({ url }) {
      if (!/^https?:/.test(url)) return { kind: 'internal', host: '', reasons: [] };
      const { settings } = await getSettingsState();
      const verdict = await classifyForStatus(url);
      if (verdict.level === 'blocked' || verdict.level === 'suspicious') return { kind: verdict.level, host: verdict.host, reasons: verdict.reasons };
      const site = classifySite(verdict.host, settings);
      if (site === 'official' || site === 'restricted') return { kind: site, host: verdict.host, reasons: [] };
      return { kind: verdict.level === 'trusted' ? 'trusted' : 'unknown', host: verdict.host, reasons: [] };
    },
    async reportPage({ url, tabId }) {
      if (!/^https?:/.test(url)) return { ok: false };
      await recordEvent({ type: 'pageReport', host: new URL(url).hostname, url }, tabId);
      return { ok: true };
    },
    async clearAuditLog() {
      const { settings } = await getSettingsState();
      if (!settings.allowLogClear) return { ok: false };
      await auditLogItem.setValue([]);
      return { ok: true };
    },
  };
}
