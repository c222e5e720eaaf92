import { createElement, lazy, type ComponentType } from 'react';

/**
 * A lazily loaded component that can be loaded ahead of time. Once loaded it
 * renders directly, without suspending: React reveals suspended content in
 * 300 ms steps, which nested lazy pages would pay after every sign-in.
 */
export function preloadable<P extends object>(factory: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  const load = () => factory().then((m) => { loaded = m.default; return m; });
  const Lazy = lazy(load);
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  Component.preload = load;
  return Component;
}

export const AdminShell = preloadable(() => import('./AdminShell'));
export const Dashboard = preloadable(() => import('../features/dashboard/Dashboard'));
export const EChart = preloadable(() => import('../components/EChart'));

/** Loads the code of a role's home (the enterprise home is in the main bundle). */
export async function preloadHome(role: string): Promise<void> {
  if (role === 'ENTERPRISE') return;
  await Promise.all([AdminShell.preload(), Dashboard.preload(), EChart.preload()]).catch(() => undefined);
}
