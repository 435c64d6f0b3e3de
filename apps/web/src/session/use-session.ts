import { useSyncExternalStore } from 'react';
import { sessionStore } from '../api/api-client';
import type { Session } from './session-store';

/** Whoever is signed in on this device (a worker, or staff at /console), re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (onChange) => sessionStore.subscribe(onChange),
    () => sessionStore.session,
  );
}

/** The session when a worker is signed in: staff at /console get none of the worker app's menu, queue or live updates. */
export function useWorkerSession(): Session | null {
  const session = useSession();
  return session?.account.role === 'worker' ? session : null;
}
