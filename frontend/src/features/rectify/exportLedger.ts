import { download } from '../../app/download';
import type { FindingFilters } from './FindingList';

/** The ledger export's address for the list's filters (the same filters, server-side). */
export function ledgerURL(f: FindingFilters): string {
  const q = new URLSearchParams();
  if (f.status) q.set('status', f.status);
  if (f.severity) q.set('severity', f.severity);
  if (f.districtID) q.set('districtID', f.districtID);
  if (f.taskID) q.set('taskID', f.taskID);
  if (f.enterpriseID) q.set('enterpriseID', f.enterpriseID);
  if (f.overdue) q.set('overdue', '1');
  if (f.open !== undefined) q.set('open', f.open ? '1' : '0');
  if (f.q?.trim()) q.set('q', f.q.trim());
  const s = q.toString();
  return `/exports/ledger.xlsx${s ? `?${s}` : ''}`;
}

/** Downloads the 整改台账 workbook with the session's token. */
export function downloadLedger(f: FindingFilters): Promise<void> {
  return download(ledgerURL(f));
}
