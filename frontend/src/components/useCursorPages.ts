import { useCallback, useState } from 'react';

/**
 * Server-side pages over a Relay connection: remembers the cursor that
 * starts each visited page, so "previous" and "next" need no offsets.
 */
export function useCursorPages(pageSize: number) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length; // 1-based
  const reset = useCallback(() => setCursors([null]), []);
  const next = useCallback((endCursor?: string | null) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const prev = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  return { page, pageSize, after: cursors[cursors.length - 1], next, prev, reset };
}
