import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { hashKey, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { accountsApi, type Session, type User } from '../api/accounts';
import { getSessionToken, onSessionEnded, setSessionToken } from '../api/client';

interface SessionState {
  /** The signed-in user; undefined while loading, null when signed out. */
  user: User | null | undefined;
  signIn: (session: Session) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
export const meQueryKey = ['users', 'me'] as const;

/**
 * Forgets everything cached for the previous user and records the new one. The `me` query itself
 * is kept (only its data changes): removing it would leave this provider observing a dead query.
 */
function resetCache(queryClient: QueryClient, user: User | null) {
  const meHash = hashKey(meQueryKey);
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
  queryClient.setQueryData(meQueryKey, user);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  // The user is React state, set in the same render as the navigation that follows a sign-in or
  // sign-out (the query cache tells its observers only later), and kept in step with `me` after.
  const [user, setUser] = useState<User | null | undefined>(getSessionToken() ? undefined : null);
  const me = useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => (getSessionToken() ? accountsApi.me(signal) : null),
    staleTime: 60_000,
    retry: false,
  });

  useEffect(() => {
    if (me.data !== undefined) setUser(me.data);
    else if (me.isError) setUser(null);
  }, [me.data, me.isError]);

  useEffect(
    () =>
      onSessionEnded(() => {
        resetCache(queryClient, null);
        setUser(null);
      }),
    [queryClient],
  );

  const signIn = useCallback(
    (session: Session) => {
      setSessionToken(session.token);
      resetCache(queryClient, session.user);
      setUser(session.user);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await accountsApi.logout();
    } catch {
      // The session may already be gone on the server; signing out here still must succeed.
    }
    setSessionToken(null);
    resetCache(queryClient, null);
    setUser(null);
  }, [queryClient]);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user, for pages behind RequireRole (which guarantees one). */
export function useCurrentUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser without a signed-in user');
  return user;
}
