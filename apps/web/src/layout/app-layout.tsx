import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { api, sessionStore } from '../api/api-client';
import { LANGUAGES } from '../i18n/i18n';
import { useSendingQueuedReports } from '../offline/use-report-queue';
import { useLiveUpdates } from '../live/use-live-updates';
import { useSession, useWorkerSession } from '../session/use-session';

/** The frame of every screen: the app's name, the language, signing out, a worker's menu, then the screen. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const worker = useWorkerSession();
  const queryClient = useQueryClient();
  useSendingQueuedReports();
  useLiveUpdates();

  const signOut = async () => {
    await api.POST('/api/v1/auth/sign-out');
    sessionStore.signedOut();
    queryClient.clear();
  };

  return (
    <>
      <a className="skip-link" href="#content">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={session && !worker ? '/console' : '/'} className="brand">
          {t('layout.appName')}
        </Link>
        <label className="language">
          <span className="visually-hidden">{t('layout.language')}</span>
          <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        {session && (
          <button type="button" className="link" onClick={() => void signOut()}>
            {t('layout.signOut')}
          </button>
        )}
      </header>
      {worker && (
        <nav aria-label={t('layout.navigation')} className="app-nav">
          <Link to="/report">{t('report.link')}</Link>
          <Link to="/reports">{t('myReports.link')}</Link>
          <Link to="/points">{t('points.nav')}</Link>
          <Link to="/rewards">{t('rewards.nav')}</Link>
          <Link to="/notifications">{t('notifications.nav')}</Link>
        </nav>
      )}
      <div id="content">
        <Outlet />
      </div>
    </>
  );
}
