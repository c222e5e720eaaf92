import { act, render } from '@testing-library/react';
import { BrowserRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { useListState, type ListState } from './useListState';

const keys = ['receipt', 'q'] as const;
const pushed = { field: 'PUSHED_AT', direction: 'ASC' } as const;

describe('a filter set from an earlier render', () => {
  it('changes the address as it is now, not as that render saw it', () => {
    window.history.replaceState(null, '', '/warnings/1?receipt=NOT_ACKNOWLEDGED');
    let list: ListState | undefined;
    let search = '';
    function Probe() {
      list = useListState({ keys, defaultSort: pushed });
      search = useLocation().search;
      return null;
    }
    render(<BrowserRouter><Probe /></BrowserRouter>);
    const stale = list!; // the closures of the render that saw receipt=…
    act(() => list!.set({ receipt: null })); // a figure clears the receipt
    expect(search).toBe('');
    // The search box still holds the earlier render's setter (a navigation
    // rendering as a transition while typing): it must not bring the receipt back.
    act(() => stale.set({ q: '星城' }));
    expect(new URLSearchParams(search).get('receipt')).toBeNull();
    expect(new URLSearchParams(search).get('q')).toBe('星城');
  });
});
