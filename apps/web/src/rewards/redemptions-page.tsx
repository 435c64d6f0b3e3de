import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';

type Redemption = Schemas['RedemptionViewDto_Output'];

// The QR encoder is needed only once a code is shown: out of the first load.
const QrCode = lazy(() => import('../layout/qr-code'));

const STATUS_KEYS = {
  placed: 'rewards.status.placed',
  fulfilled: 'rewards.status.fulfilled',
  cancelled: 'rewards.status.cancelled',
  expired: 'rewards.status.expired',
} as const satisfies Record<Redemption['status'], string>;

const CANCEL_PROBLEMS = { 'redemption-not-open': 'rewards.errors.notOpen' };

/** The worker's redemptions, newest first: an open one shows its code as a QR and as text for the station manager. */
export function RedemptionsPage() {
  const { t } = useTranslation();
  const redemptions = useInfiniteQuery({
    queryKey: ['redemptions'],
    queryFn: async ({ pageParam }) =>
      dataOf(await api.GET('/api/v1/me/redemptions', { params: { query: { cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = redemptions.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <main className="page">
      <h1>{t('rewards.redemptionsTitle')}</h1>
      <p>
        <Link to="/rewards">{t('rewards.backToCatalogue')}</Link>
      </p>
      {redemptions.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : !redemptions.data ? (
        <p role="status">{t('rewards.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('rewards.noRedemptions')}</p>
      ) : (
        <ul className="redemptions" aria-label={t('rewards.redemptionsTitle')}>
          {items.map((redemption) => (
            <li key={redemption.id}>
              <RedemptionCard redemption={redemption} />
            </li>
          ))}
        </ul>
      )}
      {redemptions.hasNextPage && (
        <button type="button" onClick={() => void redemptions.fetchNextPage()} disabled={redemptions.isFetchingNextPage}>
          {t('rewards.more')}
        </button>
      )}
    </main>
  );
}

function RedemptionCard({ redemption }: { redemption: Redemption }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const cancel = useMutation({
    mutationFn: async () => dataOf(await api.POST('/api/v1/me/redemptions/{id}/cancel', { params: { path: { id: redemption.id } } })),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['redemptions'] });
      await queryClient.invalidateQueries({ queryKey: ['points'] });
    },
  });
  const name = i18n.language === 'en' ? redemption.reward.name.en : redemption.reward.name['zh-CN'];
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <article aria-labelledby={headingId} className="redemption">
      <h2 id={headingId}>{name}</h2>
      <p>
        {t(STATUS_KEYS[redemption.status])} · {t('rewards.cost', { points: redemption.cost })}
      </p>
      {redemption.status === 'placed' && (
        <>
          <p>{t('rewards.showCode', { date: dateTime.format(new Date(redemption.expiresAt)) })}</p>
          <Suspense fallback={<p role="status">{t('rewards.qrLoading')}</p>}>
            <QrCode payload={redemption.qrPayload} label={t('rewards.qrLabel', { code: redemption.code })} />
          </Suspense>
          <p>
            {t('rewards.code')}: <strong data-testid="redemption-code">{redemption.code}</strong>
          </p>
          <button type="button" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            {t('rewards.cancel')}
          </button>
          {cancel.isError && (
            <p role="alert" className="problem">
              {t(problemMessageKey(cancel.error, CANCEL_PROBLEMS))}
            </p>
          )}
        </>
      )}
    </article>
  );
}
