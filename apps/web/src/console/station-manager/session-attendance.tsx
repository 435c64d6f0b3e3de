import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { consoleProblemKey } from '../console-problem';
import { useNow } from '../use-now';

interface Session {
  id: string;
  startsAt: string;
}

/**
 * Who signed up for a session, in the order taken, and who came: once the session has started the manager marks
 * each confirmed worker present. Workers appear by the end of their account id, which is all a manager may see.
 */
export function SessionAttendance({ session, title }: { session: Session; title: string }) {
  const { t, i18n } = useTranslation();
  const started = useNow(5_000) >= Date.parse(session.startsAt);
  const signUps = useQuery({
    queryKey: ['session-sign-ups', session.id],
    queryFn: async () =>
      dataOf(await api.GET('/api/v1/station-sessions/{id}/sign-ups', { params: { path: { id: session.id }, query: { limit: 100 } } })),
  });
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: 'Asia/Shanghai' });

  return (
    <details className="attendance">
      <summary>{t('stationManager.signUpsOf', { session: title })}</summary>
      {!signUps.data ? (
        <p role={signUps.isError ? 'alert' : 'status'}>{signUps.isError ? t('errors.unexpected') : t('console.loading')}</p>
      ) : signUps.data.items.length === 0 ? (
        <p>{t('stationManager.noSignUps')}</p>
      ) : (
        <table aria-label={t('stationManager.signUpsOf', { session: title })}>
          <thead>
            <tr>
              <th scope="col">{t('stationManager.participant')}</th>
              <th scope="col">{t('stationManager.signUpStatus')}</th>
              <th scope="col">{t('stationManager.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {signUps.data.items.map((signUp) => {
              const participant = t('stationManager.worker', { id: signUp.workerId.slice(-6) });
              return (
                <tr key={signUp.id}>
                  <th scope="row">{participant}</th>
                  <td>{t(`stationManager.signUpStatuses.${signUp.status}`, { position: signUp.waitlistPosition })}</td>
                  <td>
                    {signUp.attendedAt ? (
                      t('stationManager.attendedAt', { time: time.format(Date.parse(signUp.attendedAt)) })
                    ) : signUp.status === 'confirmed' && started ? (
                      <MarkPresent sessionId={session.id} workerId={signUp.workerId} participant={participant} />
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}

function MarkPresent({ sessionId, workerId, participant }: { sessionId: string; workerId: string; participant: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mark = useMutation({
    mutationFn: async () =>
      dataOf(await api.POST('/api/v1/station-sessions/{id}/attendance', { params: { path: { id: sessionId } }, body: { workerId } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['session-sign-ups', sessionId] }),
  });
  return (
    <>
      <button
        type="button"
        disabled={mark.isPending}
        onClick={() => mark.mutate()}
        aria-label={t('stationManager.markPresentOf', { participant })}
      >
        {t('stationManager.markPresent')}
      </button>
      {mark.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(mark.error))}
        </p>
      )}
    </>
  );
}
