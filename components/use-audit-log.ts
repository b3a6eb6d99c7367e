import { useEffect, useState } from 'preact/hooks';
import { auditLogItem, type AuditEvent } from '../utils/audit-log';

/** The audit log, kept current as events arrive. */
export function useAuditLog(): AuditEvent[] {
  const [log, setLog] = useState<AuditEvent[]>([]);
  useEffect(() => {
    void auditLogItem.getValue().then(setLog);
    return auditLogItem.watch((next) => setLog(next ?? []));
  }, []);
  return log;
}
