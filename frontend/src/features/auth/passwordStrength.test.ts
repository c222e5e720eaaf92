import { describe, expect, it } from 'vitest';
import { passwordStrength } from './ChangePassword';

describe('passwordStrength', () => {
  it('rises with length and kinds of characters', () => {
    expect(passwordStrength('')).toBe(0);
    expect(passwordStrength('abc')).toBe(0);
    expect(passwordStrength('abcdefgh')).toBe(1);
    expect(passwordStrength('tree5678')).toBe(2);
    expect(passwordStrength('Tree5678')).toBe(3);
    expect(passwordStrength('Tree5678!xyz')).toBe(4);
  });
  it('keeps repeats and keyboard runs weak', () => {
    expect(passwordStrength('aaaaaaaaaaaaaa')).toBeLessThanOrEqual(1);
    expect(passwordStrength('12345678Ab!x')).toBeLessThanOrEqual(1);
  });
});
