import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useCursorPages } from './useCursorPages';

describe('useCursorPages', () => {
  it('walks forward and back by cursors, and resets', () => {
    const { result } = renderHook(() => useCursorPages(20));
    expect(result.current.page).toBe(1);
    expect(result.current.after).toBeNull();
    act(() => result.current.next('c1'));
    act(() => result.current.next('c2'));
    expect(result.current.page).toBe(3);
    expect(result.current.after).toBe('c2');
    act(() => result.current.prev());
    expect(result.current.after).toBe('c1');
    act(() => result.current.next(null));
    expect(result.current.page).toBe(2);
    act(() => result.current.reset());
    expect(result.current.page).toBe(1);
  });
});
