import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { SessionAttendance } from './session-attendance';

/** The station's service sessions not yet over, with how many signed up, are waiting, and the places left; then who came. */
export function StationSessions({ stationId }: { stationId: string }) {
  const { t, i18n } = useTranslation();
  const sessions = useQuery({
    queryKey: ['station-sessions', stationId],
    queryFn: async () => dataOf(await api.GET('/api/v1/stations/{id}/sessions', { params: { path: { id: stationId } } })),
  });
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const titleOf = ({ title }: { title: { zh: string; en?: string | null } }) => (i18n.language === 'en' && title.en ? title.en : title.zh);

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('stationManager.sessions')}</h2>
      {!sessions.data ? (
        <p role={sessions.isError ? 'alert' : 'status'}>{sessions.isError ? t('errors.unexpected') : t('console.loading')}</p>
      ) : sessions.data.items.length === 0 ? (
        <p>{t('stationManager.noSessions')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('stationManager.session')}</th>
              <th scope="col">{t('stationManager.when')}</th>
              <th scope="col">{t('stationManager.signedUp')}</th>
              <th scope="col">{t('stationManager.waitlisted')}</th>
              <th scope="col">{t('stationManager.freePlaces')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.items.map((session) => (
              <tr key={session.id}>
                <th scope="row">{titleOf(session)}</th>
                <td>{time.formatRange(Date.parse(session.startsAt), Date.parse(session.endsAt))}</td>
                <td>{session.confirmed}</td>
                <td>{session.waitlisted}</td>
                <td>{session.freePlaces}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sessions.data?.items.map((session) => (
        <SessionAttendance key={session.id} session={session} title={titleOf(session)} />
      ))}
    </section>
  );
}
