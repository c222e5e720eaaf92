import { describe, expect, it } from 'vitest';
import { formatRate } from './chart';
import { percent } from '../home/EnterpriseHome';

describe('figures', () => {
  it('shows rates with one decimal, as published', () => {
    expect(formatRate(6206 / 6416)).toBe('96.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
  });
  it('computes self-check progress', () => {
    expect(percent(12, 51)).toBe(24);
    expect(percent(0, 0)).toBe(0);
  });
});
