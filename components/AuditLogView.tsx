// The audit log on the options page: filter by type and date, export as CSV or JSON, clear where policy allows.
import { useMemo, useState } from 'preact/hooks';
import type { AuditEvent, AuditEventType } from '../utils/audit-log';
import type { MessageKey, Translate } from '../utils/i18n';
import { sendMessage } from '../utils/messages';
import { useAuditLog } from './use-audit-log';

const TYPES: AuditEventType[] = ['linkWarning', 'linkContinue', 'linkBlocked', 'emailWarning', 'emailBlocked', 'weakPassword', 'passwordReuse', 'pageReport', 'settingsChange', 'passwordSavingState'];

export function detailText(event: AuditEvent): string {
  return Object.entries(event.detail ?? {}).map(([key, value]) => `${key}: ${value}`).join('; ');
}

/** CSV with a header row; every cell quoted, so commas and quotes in URLs stay in their cell. */
export function toCsv(events: AuditEvent[]): string {
  const quote = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;
  const rows = events.map((event) => [event.id, new Date(event.time).toISOString(), event.type, event.host, event.url, detailText(event)].map(quote).join(','));
  return ['id,time,type,host,url,detail', ...rows].join('\r\n');
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AuditLogView({ t, canClear }: { t: Translate; canClear: boolean }) {
  const log = useAuditLog();
  const [type, setType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const shown = useMemo(() => {
    const start = from ? new Date(`${from}T00:00:00`).getTime() : -Infinity;
    const end = to ? new Date(`${to}T23:59:59.999`).getTime() : Infinity;
    return log.filter((event) => (!type || event.type === type) && event.time >= start && event.time <= end).reverse();
  }, [log, type, from, to]);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="log-heading" data-testid="audit-log">
      <h2 id="log-heading">{t('logHeading')}</h2>
      <div class="filters">
        <label>{t('logFilterType')}{' '}
          <select value={type} onChange={(e) => setType(e.currentTarget.value)} data-testid="log-type">
            <option value="">{t('logAllTypes')}</option>
            {TYPES.map((value) => <option key={value} value={value}>{t(`event_${value}` as MessageKey)}</option>)}
          </select>
        </label>{' '}
        <label>{t('logFilterFrom')} <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} data-testid="log-from" /></label>{' '}
        <label>{t('logFilterTo')} <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} data-testid="log-to" /></label>
      </div>
      <p aria-live="polite" data-testid="log-count">{t('logCount', { count: shown.length })}</p>
      <div class="buttons">
        <button type="button" onClick={() => download(`attt-guard-log-${stamp}.csv`, 'text/csv', toCsv(shown))}>{t('logExportCsv')}</button>{' '}
        <button type="button" onClick={() => download(`attt-guard-log-${stamp}.json`, 'application/json', JSON.stringify(shown, null, 2))}>{t('logExportJson')}</button>{' '}
        {canClear ? (
          <button type="button" onClick={() => confirm(t('logClearConfirm')) && void sendMessage('clearAuditLog')}>{t('logClear')}</button>
        ) : (
          <small>{t('logClearNotAllowed')}</small>
        )}
      </div>
      {shown.length === 0 ? <p>{t('logEmpty')}</p> : (
        <table data-testid="log-table">
          <thead><tr><th scope="col">{t('logTime')}</th><th scope="col">{t('logType')}</th><th scope="col">{t('logSite')}</th><th scope="col">{t('logDetail')}</th></tr></thead>
          <tbody>
            {shown.slice(0, 500).map((event) => (
              <tr key={event.id} data-type={event.type}>
                <td>{new Date(event.time).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN')}</td>
                <td>{t(`event_${event.type}` as MessageKey)}</td>
                <td>{event.host ?? ''}</td>
                <td>{detailText(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
