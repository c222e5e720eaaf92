import { describe, expect, it } from 'vitest';
import { keyWhere } from './APIKeyList';

describe('keyWhere', () => {
  const now = '2026-12-01T08:00:00.000Z';
  it('files an expired key under 已过期, not 有效', () => {
    expect(keyWhere('', 'ACTIVE', now)).toEqual({ revokedAtIsNil: true, or: [{ expiresAtIsNil: true }, { expiresAtGT: now }] });
    expect(keyWhere('', 'EXPIRED', now)).toEqual({ revokedAtIsNil: true, expiresAtLTE: now });
    expect(keyWhere('', 'REVOKED', now)).toEqual({ revokedAtNotNil: true });
  });
  it('searches names without regard to case and trims', () => {
    expect(keyWhere('  大屏 ', undefined, now)).toEqual({ nameContainsFold: '大屏' });
    expect(keyWhere('', undefined, now)).toEqual({});
  });
});
