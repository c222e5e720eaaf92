import { describe, expect, it } from 'vitest';
import { checkChar, isValidCreditCode } from './uscc';

describe('credit code', () => {
  it('accepts published codes and refuses a wrong check character', () => {
    expect(isValidCreditCode('914403001922038216')).toBe(true);
    expect(isValidCreditCode('9144030071526726XG')).toBe(true);
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    expect(isValidCreditCode('91430100MA4LU1Y56I')).toBe(false);
    expect(isValidCreditCode('123')).toBe(false);
  });
  it('computes the check character', () => {
    expect(checkChar('91110000100010433')).toBe('L');
    expect(checkChar('9111000010001043')).toBeNull();
  });
});
