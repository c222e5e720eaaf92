import { authFetch } from '../../app/client';
import type { FindingFilters } from './FindingList';

/** The ledger export's address for the list's filters (the same filters, server-side). */
export function ledgerURL(f: FindingFilters): string {
  const q = new URLSearchParams();
  if (f.status) q.set('status', f.status);
  if (f.severity) q.set('severity', f.severity);
  if (f.districtID) q.set('districtID', f.districtID);
  if (f.overdue) q.set('overdue', '1');
  const s = q.toString();
  return `/exports/ledger.xlsx${s ? `?${s}` : ''}`;
}

/** Downloads the 整改台账 workbook with the session's token. */
export async function downloadLedger(f: FindingFilters): Promise<void> {
  const res = await authFetch(ledgerURL(f));
  if (!res.ok) throw new Error(`${res.status}`);
  const name = decodeURIComponent((res.headers.get('Content-Disposition') ?? '').split("UTF-8''")[1] ?? 'ledger.xlsx');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
