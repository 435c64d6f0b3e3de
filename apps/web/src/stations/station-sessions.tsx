import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';

type Session = Schemas['SessionPageDto_Output']['items'][number];
type SignUp = Schemas['MySignUpPageDto_Output']['items'][number];

const SIGN_UP_PROBLEMS = {
  'sign-up-not-allowed': 'sessions.errors.notAllowed',
  'session-already-started': 'sessions.errors.alreadyStarted',
  'session-not-found': 'sessions.errors.notFound',
  'sign-up-not-found': 'sessions.errors.notFound',
};

/** The station's coming sessions (clinics, legal aid, events): places left, and signing up or cancelling. */
export function StationSessions({ stationId, signedIn }: { stationId: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const sessions = useQuery({
    queryKey: ['sessions', stationId],
    queryFn: async () =>
      dataOf(await api.GET('/api/v1/stations/{id}/sessions', { params: { path: { id: stationId }, query: { limit: 50 } } })),
  });
  const mine = useQuery({
    queryKey: ['sessions', 'mine'],
    queryFn: async () => dataOf(await api.GET('/api/v1/me/session-sign-ups', { params: { query: { limit: 100 } } })),
    enabled: signedIn,
  });
  const signUpFor = (session: Session) =>
    mine.data?.items.find((signUp) => signUp.sessionId === session.id && signUp.status !== 'cancelled');

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.title')}</h2>
      {sessions.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : !sessions.data ? (
        <p role="status">{t('sessions.loading')}</p>
      ) : sessions.data.items.length === 0 ? (
        <p>{t('sessions.none')}</p>
      ) : (
        <ul className="sessions" aria-label={t('sessions.list')}>
          {sessions.data.items.map((session) => (
            <li key={session.id}>
              <SessionCard session={session} signUp={signUpFor(session)} signedIn={signedIn} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionCard({ session, signUp, signedIn }: { session: Session; signUp: SignUp | undefined; signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['sessions'] });
  const join = useMutation({
    mutationFn: async () => dataOf(await api.POST('/api/v1/station-sessions/{id}/sign-ups', { params: { path: { id: session.id } } })),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: async (id: string) => dataOf(await api.POST('/api/v1/me/session-sign-ups/{id}/cancel', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const title = i18n.language === 'en' && session.title.en ? session.title.en : session.title.zh;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const until = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const failed = join.error ?? cancel.error;

  return (
    <article aria-labelledby={headingId} className="session">
      <h3 id={headingId}>{title}</h3>
      <p>
        <time dateTime={session.startsAt}>{when.format(new Date(session.startsAt))}</time>–
        <time dateTime={session.endsAt}>{until.format(new Date(session.endsAt))}</time>
      </p>
      <p>
        {session.freePlaces > 0
          ? t('sessions.freePlaces', { free: session.freePlaces, places: session.places })
          : t('sessions.full', { waiting: session.waitlisted })}
      </p>
      {signUp ? (
        <>
          <p role="status">
            {signUp.status === 'waitlisted' ? t('sessions.waitlisted', { position: signUp.waitlistPosition ?? 1 }) : t('sessions.signedUp')}
          </p>
          <button type="button" onClick={() => cancel.mutate(signUp.id)} disabled={cancel.isPending}>
            {t('sessions.cancel')}
          </button>
        </>
      ) : (
        signedIn && (
          <button type="button" onClick={() => join.mutate()} disabled={join.isPending}>
            {session.freePlaces > 0 ? t('sessions.signUp') : t('sessions.joinWaitlist')}
          </button>
        )
      )}
      {failed && (
        <p role="alert" className="problem">
          {t(problemMessageKey(failed, SIGN_UP_PROBLEMS))}
        </p>
      )}
    </article>
  );
}
