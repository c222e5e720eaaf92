import { createElement, useEffect, useState } from 'react';
import type { CombinedError } from 'urql';
import { errorCode } from './errors';
import { keepCopy, lastCopy } from './outbox';

/** Calls fn when the device's connection comes back. */
export function useOnline(fn: () => void) {
  useEffect(() => {
    window.addEventListener('online', fn);
    return () => window.removeEventListener('online', fn);
  }, [fn]);
}

/**
 * A page's data that survives a dead network: every answer from the
 * server is kept on the device for this user (IndexedDB); when the network
 * fails, the last kept copy is shown, marked offline. A page of another
 * user is never shown (copies are per user and forgotten at sign-out).
 */
export function useKeptCopy<T>(userID: string | undefined | null, key: string, res: { data?: T; error?: CombinedError }): { data?: T; offline: boolean } {
  const [copy, setCopy] = useState<{ key: string; data: T }>();
  useEffect(() => {
    if (userID && res.data) void keepCopy(userID, key, res.data);
  }, [userID, key, res.data]);
  const down = !res.data && errorCode(res.error) === 'NETWORK';
  useEffect(() => {
    if (!userID || !down) return;
    let live = true;
    void lastCopy<T>(userID, key).then((d) => { if (live && d) setCopy({ key, data: d }); });
    return () => { live = false; };
  }, [userID, key, down]);
  if (res.data) return { data: res.data, offline: false };
  const kept = copy?.key === key && down ? copy.data : undefined;
  return { data: kept, offline: kept !== undefined };
}

/**
 * Tells the service worker which code this page has loaded (on a first
 * visit it was loaded before the worker could keep it). Called again once
 * the phone pages' code has loaded in the background.
 */
export function keepLoadedCode() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((reg) => {
    const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('/assets/'));
    reg.active?.postMessage({ type: 'keep', urls });
  });
}

/** The plain mark of a page shown from the copy kept on the phone. */
export function OfflineNote({ text }: { text: string }) {
  return createElement('p', { className: 'offline-note', role: 'status', 'data-testid': 'offline-copy' }, text);
}
