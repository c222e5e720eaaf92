import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery, useClient } from 'urql';
import { graphql } from '../gql';
import { DashboardDocument, EnterpriseHomeDocument, type MeQuery } from '../gql/graphql';
import { enterpriseShell, preloadHome } from './preload';
import { loadSession, onSessionChange, refreshDelay, refreshSession, saveSession, sessionUser, type Session } from './session';
import { forgetCopies } from './outbox';
import { useKeptCopy, useOnline } from './offline';

export const MeOp = graphql(`
  query Me {
    me {
      role mustChangePassword passwordRule
      user { id username displayName enterpriseID }
      enterprise { id name }
      districts { id code nameZh nameEn }
      can { issueTask createEnterprise editChecklists reviewFindings readAuditTrail publishWarning manageWarningChannels keepEmissionPlans askQuestion planVisit scheduleTraining managePartnerKeys creatableRoles }
    }
  }
`);

export const LoginOp = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id enterpriseID } }
  }
`);

const LogoutOp = graphql(`
  mutation Logout($input: LogoutInput!) { logout(input: $input) }
`);

export type Me = NonNullable<MeQuery['me']>;

interface AuthState {
  session: Session | null;
  me: Me | null;
  loading: boolean;
  /** The session ended by itself (expired, revoked): sign in again in place. */
  expired: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export class LoginError extends Error {
  constructor(public code: string, message: string) {
    super(message);
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [expired, setExpired] = useState(false);
  const [leaving, setLeaving] = useState(false);
  // Signing out leaves the page: the session's end is not shown in it.
  const leavingRef = useRef(false);

  useEffect(
    () =>
      onSessionChange((s) => {
        if (leavingRef.current) return;
        setSession((prev) => {
          if (prev && !s) setExpired(true); // ended without a logout
          return s;
        });
      }),
    [],
  );

  // Refresh in the background a minute before the access token expires.
  useEffect(() => {
    if (!session) return;
    const id = window.setTimeout(() => void refreshSession(), refreshDelay(session));
    return () => window.clearTimeout(id);
  }, [session]);

  const [me, reexecuteMe] = useQuery({ query: MeOp, pause: !session, requestPolicy: 'network-only' });
  // Without a network the phone still opens: the viewer as last read on this device, read afresh once back online.
  const keptMe = useKeptCopy(sessionUser(session), 'me', me);
  useOnline(useCallback(() => { if (loadSession()) reexecuteMe({ requestPolicy: 'network-only' }); }, [reexecuteMe]));
  // Kept while the session is expired, so the page stays as the user left it.
  const [lastMe, setLastMe] = useState<Me | null>(null);
  // Whose pages and cached answers this tab holds.
  const shownUser = useRef<string | null>(null);
  useEffect(() => {
    const next = me.data?.me;
    if (!next) return;
    if (shownUser.current && shownUser.current !== next.user.id) {
      // Someone else signed in where the last user's pages are still shown
      // (the expired-session dialog, or another tab): start afresh, so that
      // nothing of theirs stays on screen or in the client's cache.
      window.location.assign('/');
      return;
    }
    shownUser.current = next.user.id;
    setLastMe(next);
  }, [me.data]);

  const login = useCallback(
    async (username: string, password: string) => {
      const res = await client.mutation(LoginOp, { input: { username, password } }).toPromise();
      const data = res.data?.login;
      if (!data) {
        const e = res.error?.graphQLErrors[0];
        throw new LoginError((e?.extensions?.code as string) ?? 'NETWORK', e?.message ?? '');
      }
      // The home's code loads while the viewer and the figures are fetched;
      // the shell waits for both and renders at once (see App's Shell).
      void preloadHome(data.user);
      setExpired(false);
      saveSession({ accessToken: data.accessToken, accessTokenExpiresAt: data.accessTokenExpiresAt, refreshToken: data.refreshToken });
      // The home's figures start loading with the viewer (not after it): the
      // dashboard with the page's code, the enterprise's home at once.
      void client.query(enterpriseShell(data.user) ? EnterpriseHomeDocument : DashboardDocument, {}).toPromise();
    },
    [client],
  );

  const logout = useCallback(async () => {
    const s = loadSession();
    setLeaving(true);
    leavingRef.current = true;
    if (s) await client.mutation(LogoutOp, { input: { refreshToken: s.refreshToken } }).toPromise();
    // A fresh page: no answer cached for this user is shown to the next one.
    // The page is left as it is (loading) until then: redirecting within it
    // first would race the new page's load.
    saveSession(null);
    await forgetCopies();
    window.location.assign('/login');
  }, [client]);

  const value = useMemo<AuthState>(
    () => ({
      session,
      me: session ? (me.data?.me ?? keptMe.data?.me ?? null) : expired ? lastMe : null,
      loading: (!!session && me.fetching && !me.data) || leaving,
      expired,
      login,
      logout,
    }),
    [session, me, keptMe.data, lastMe, expired, login, logout, leaving],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
