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

describe('useCursorPages with a key (the list address)', () => {
  it('remembers the page per address for the tab, and starts other addresses at page 1', () => {
    sessionStorage.clear();
    const { result, rerender } = renderHook(({ k }) => useCursorPages(20, k), { initialProps: { k: '/findings?status=X' } });
    act(() => result.current.next('c1'));
    act(() => result.current.next('c2'));
    expect(result.current.page).toBe(3);
    rerender({ k: '/findings?status=Y' });
    expect(result.current.page).toBe(1);
    expect(result.current.after).toBeNull();
    rerender({ k: '/findings?status=X' });
    expect(result.current.page).toBe(3);
    expect(result.current.after).toBe('c2');
    // A fresh mount (back from a detail page) lands on the page left.
    const again = renderHook(() => useCursorPages(20, '/findings?status=X'));
    expect(again.result.current.after).toBe('c2');
    act(() => again.result.current.reset());
    expect(renderHook(() => useCursorPages(20, '/findings?status=X')).result.current.page).toBe(1);
  });

  it('ignores what it did not store', () => {
    sessionStorage.setItem('pages:/x', '{"not":"cursors"}');
    sessionStorage.setItem('pages:/y', '["c1"]');
    expect(renderHook(() => useCursorPages(20, '/x')).result.current.page).toBe(1);
    expect(renderHook(() => useCursorPages(20, '/y')).result.current.page).toBe(1);
  });
});
