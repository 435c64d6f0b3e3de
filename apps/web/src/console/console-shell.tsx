import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../session/use-session';
import { consoleScreensOf } from './console-screens';

/** The console's frame: who is signed in, the screens of their role, then the screen; /console opens the main one. */
export function ConsoleShell() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const screens = consoleScreensOf(session?.account.role ?? '');

  if (pathname.replace(/\/$/, '') === '/console' && screens[0]) return <Navigate to={`/console/${screens[0].path}`} replace />;
  return (
    <div className="console">
      <nav className="console-nav" aria-label={t('console.nav.label')}>
        <p>{t('console.signedInAs', { name: session?.account.displayName, role: t(`console.role.${session?.account.role}`) })}</p>
        <ul>
          {screens.map((screen) => (
            <li key={screen.path}>
              <NavLink to={`/console/${screen.path}`}>{t(screen.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
