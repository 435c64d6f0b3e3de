import { Navigate, Outlet } from 'react-router';
import { useSession } from './use-session';

/** The screens behind sign-in: without a session, the sign-in screen. */
export function RequireSession() {
  return useSession() ? <Outlet /> : <Navigate to="/sign-in" replace />;
}
