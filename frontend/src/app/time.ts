import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

// Times are stored in UTC and always shown in Asia/Shanghai, wherever the
// browser is.
export const ZONE = 'Asia/Shanghai';

export function formatDate(t?: string | null): string {
  return t ? dayjs(t).tz(ZONE).format('YYYY-MM-DD') : '';
}

export function formatDateTime(t?: string | null): string {
  return t ? dayjs(t).tz(ZONE).format('YYYY-MM-DD HH:mm') : '';
}

/** Whole days from now until t in Shanghai (negative when past). */
export function daysUntil(t: string, now: Date = new Date()): number {
  const due = dayjs(t).tz(ZONE).startOf('day');
  const today = dayjs(now).tz(ZONE).startOf('day');
  return due.diff(today, 'day');
}

/** The end of a calendar day (YYYY-MM-DD) in Shanghai, as an RFC 3339 UTC time. */
export function endOfDayShanghai(date: string): string {
  return `${date}T15:59:59Z`;
}

/**
 * A date-time picked in a form, read as Shanghai wall-clock time whatever
 * the browser's zone, as an RFC 3339 UTC time: "20:00" means 20:00 in
 * Changsha on a laptop set to another zone too.
 */
export function shanghaiInstant(v: { format(f: string): string } | null | undefined): string | null {
  return v ? dayjs.tz(v.format('YYYY-MM-DD HH:mm:ss'), ZONE).toISOString() : null;
}

/**
 * Today in Shanghai as a date for a picker (its calendar day, midnight in
 * the browser's zone): a laptop in another zone offers Changsha's today.
 */
export function todayShanghai(): dayjs.Dayjs {
  return dayjs(dayjs().tz(ZONE).format('YYYY-MM-DD'));
}
