import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Role } from '../gql/graphql';

/** Who is signed in: kept in sessionStorage, so closing the browser (a shared phone, a county office PC) signs out. */
export interface Session {
  token: string;
  username: string;
  role: Role;
  workerId: string | null;
  organizationId: string | null;
  regionCode: string | null;
}

const KEY = 'labour-match.session';

export function storedSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

interface SessionState {
  session: Session | null;
  signIn: (session: Session) => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionState>({ session: null, signIn: () => undefined, signOut: () => undefined });

export function SessionProvider({ children, onChange }: { children: ReactNode; onChange: (session: Session | null) => void }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const state = useMemo<SessionState>(
    () => ({
      session,
      signIn(next) {
        sessionStorage.setItem(KEY, JSON.stringify(next));
        setSession(next);
        onChange(next);
      },
      signOut() {
        sessionStorage.removeItem(KEY);
        setSession(null);
        onChange(null);
      },
    }),
    [session, onChange],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

/** Where each role lands after signing in: search for job seekers, the workspace for organisations, the dashboard for bureaus. */
export function homeOf(role: Role | undefined): string {
  if (!role || role === 'WORKER') return '/';
  return role === 'BUREAU' ? '/bureau' : '/workspace';
}
