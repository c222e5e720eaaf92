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
  let pending: Promise<unknown> | undefined;
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  Component.preload = () => (pending ??= load());
  Component.isLoaded = () => loaded !== undefined;
  return Component;
}

export const AdminShell = preloadable(() => import('./AdminShell'));
export const Dashboard = preloadable(() => import('../features/report/Dashboard'));
export const EChart = preloadable(() => import('../components/EChart'));

let home: Promise<void> = Promise.resolve();

/**
 * Whether a user gets the enterprise's phone shell (the accounts of an
 * enterprise) or the desktop shell (everyone else). Presentation only: what
 * each may do there comes from the API (me.can, viewerCan).
 */
export function enterpriseShell(user: { enterpriseID?: string | null }): boolean {
  return !!user.enterpriseID;
}

/** Starts loading the code of a user's home (the enterprise home is in the main bundle). */
export function preloadHome(user: { enterpriseID?: string | null }): Promise<void> {
  if (!enterpriseShell(user)) {
    home = Promise.all([AdminShell.preload(), Dashboard.preload(), EChart.preload()]).then(() => undefined, () => undefined);
  }
  return home;
}

/** Resolves when the home's code started by preloadHome is in. */
export function homeLoaded(): Promise<void> {
  return home;
}
