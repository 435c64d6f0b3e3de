import { useSyncExternalStore } from 'react';
import { sessionStore } from '../api/api-client';
import type { Session } from './session-store';

/** The signed-in worker's session, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (onChange) => sessionStore.subscribe(onChange),
    () => sessionStore.session,
  );
}
