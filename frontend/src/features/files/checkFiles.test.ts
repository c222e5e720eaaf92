import { describe, expect, it } from 'vitest';
import { checkFiles, MAX_FILE_BYTES } from './checkFiles';

const file = (name: string, size: number, type: string) => new File([new Uint8Array(size)], name, { type });

describe('checkFiles', () => {
  it('accepts photos and PDFs within the limits', () => {
    expect(checkFiles([file('a.jpg', 1000, 'image/jpeg'), file('b.pdf', 1000, 'application/pdf')], 0)).toBeNull();
  });
  it('refuses more than nine files in all', () => {
    expect(checkFiles([file('a.jpg', 10, 'image/jpeg'), file('b.jpg', 10, 'image/jpeg')], 8)?.key).toBe('tooMany');
  });
  it('refuses a file over 10 MB', () => {
    expect(checkFiles([file('big.png', MAX_FILE_BYTES + 1, 'image/png')], 0)).toEqual({ key: 'tooLarge', args: { name: 'big.png' } });
  });
  it('refuses an obviously wrong type', () => {
    expect(checkFiles([file('setup.exe', 10, 'application/x-msdownload')], 0)?.key).toBe('wrongType');
  });
});
