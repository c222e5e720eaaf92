import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, shanghaiInstant } from './time';

describe('time in Asia/Shanghai', () => {
  it('shows UTC instants in Shanghai', () => {
    expect(formatDateTime('2026-11-28T17:30:00Z')).toBe('2026-11-29 01:30');
    expect(formatDate('2026-11-28T17:30:00Z')).toBe('2026-11-29');
    expect(formatDate(null)).toBe('');
  });

  it('counts days to a deadline by Shanghai calendar days', () => {
    const now = new Date('2026-11-28T20:00:00Z'); // 29 Nov, 04:00 in Shanghai
    expect(daysUntil('2026-11-29T10:00:00Z', now)).toBe(0);
    expect(daysUntil('2026-12-01T00:00:00Z', now)).toBe(2);
    expect(daysUntil('2026-11-27T00:00:00Z', now)).toBe(-2);
  });
});

describe('shanghaiInstant', () => {
  it('reads a picked time as Shanghai wall-clock time', () => {
    expect(shanghaiInstant({ format: () => '2026-12-04 20:00:00' })).toBe('2026-12-04T12:00:00.000Z');
    expect(shanghaiInstant(null)).toBeNull();
  });
});
