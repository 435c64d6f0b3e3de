import { Navigate, Outlet } from 'react-router';
import { useSession } from '../session/use-session';
import { consoleScreensOf } from './console-screens';

/** The console's screens behind a staff sign-in: without one (or signed in as a worker), the staff sign-in screen. */
export function RequireStaff() {
  const session = useSession();
  return session && consoleScreensOf(session.account.role).length > 0 ? <Outlet /> : <Navigate to="/console/sign-in" replace />;
}
