// The colours of the warning levels (GB/T 27967 colour scheme used by the
// warning notices themselves): the banner, tags and charts share them.
export const levelColor: Record<string, { bg: string; fg: string }> = {
  YELLOW: { bg: '#fadb14', fg: '#262626' },
  ORANGE: { bg: '#fa8c16', fg: '#ffffff' },
  RED: { bg: '#f5222d', fg: '#ffffff' },
};

/** A lifting is no alarm: resume production, in the platform's green. */
export const liftColor = { bg: '#389e0d', fg: '#ffffff' };

/** "3 小时 12 分" / "3 h 12 min" until t, or null once t has passed. */
export function countdown(t: string, now: number, en: boolean): string | null {
  const ms = new Date(t).getTime() - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60000);
  const d = Math.floor(minutes / 1440), h = Math.floor((minutes % 1440) / 60), m = minutes % 60;
  const parts = en
    ? [d && `${d} d`, (d || h) && `${h} h`, `${m} min`]
    : [d && `${d} 天`, (d || h) && `${h} 小时`, `${m} 分`];
  return parts.filter(Boolean).join(' ');
}
