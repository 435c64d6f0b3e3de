import { Navigate, Outlet } from 'react-router';
import { useSession, useWorkerSession } from './use-session';

/** The worker's screens behind sign-in: without a session, the sign-in screen; staff signed in here go to their console. */
export function RequireSession() {
  const session = useSession();
  const worker = useWorkerSession();
  if (worker) return <Outlet />;
  return <Navigate to={session ? '/console' : '/sign-in'} replace />;
}
