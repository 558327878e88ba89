import { createContext, useContext } from 'react';
import type { Session } from './session.js';

export interface SessionState {
  session: Session | null;
  setSession(session: Session | null): void;
}

export const SessionContext = createContext<SessionState>({ session: null, setSession: () => undefined });

export const useSession = () => useContext(SessionContext);
