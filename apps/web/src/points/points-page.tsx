import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import { transactionReasonKey } from './transaction-reason';

/** The worker's points: what they may spend, what is pending, what expires soon, and every posting so far. */
export function PointsPage() {
  const { t, i18n } = useTranslation();
  const balance = useQuery({
    queryKey: ['points', 'balance'],
    queryFn: async () => dataOf(await api.GET('/api/v1/me/points')),
  });
  const history = useInfiniteQuery({
    queryKey: ['points', 'transactions'],
    queryFn: async ({ pageParam }) =>
      dataOf(await api.GET('/api/v1/me/points/transactions', { params: { query: { cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <main className="page">
      <h1>{t('points.title')}</h1>
      <p>
        <Link to="/rewards">{t('points.toRewards')}</Link>
      </p>
      {balance.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : balance.data ? (
        <section aria-labelledby="balance-heading" className="summary">
          <h2 id="balance-heading" className="visually-hidden">
            {t('points.balanceHeading')}
          </h2>
          <dl>
            <div>
              <dt>{t('points.balance')}</dt>
              <dd data-testid="points-balance">{balance.data.balance}</dd>
            </div>
            <div>
              <dt>{t('points.pending')}</dt>
              <dd data-testid="points-pending">{balance.data.pending}</dd>
            </div>
          </dl>
          {balance.data.expiringSoon > 0 && (
            <p>{t('points.expiringSoon', { points: balance.data.expiringSoon, date: date.format(new Date(balance.data.expiringBy)) })}</p>
          )}
        </section>
      ) : (
        <p role="status">{t('points.loading')}</p>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('points.history')}</h2>
        {history.isError ? (
          <p role="alert">{t('errors.unexpected')}</p>
        ) : !history.data ? (
          <p role="status">{t('points.loading')}</p>
        ) : history.data.pages[0].items.length === 0 ? (
          <p>{t('points.noHistory')}</p>
        ) : (
          <ol className="history" aria-label={t('points.history')}>
            {history.data.pages
              .flatMap((page) => page.items)
              .map((entry) => (
                <li key={entry.id}>
                  <span>{t(transactionReasonKey(entry.reason))}</span>
                  {entry.note && <span className="meta">{entry.note}</span>}
                  <span className="meta">{dateTime.format(new Date(entry.createdAt))}</span>
                  <strong className={entry.amount < 0 ? 'debit' : 'credit'}>
                    {t(entry.amount < 0 ? 'points.debit' : 'points.credit', { points: Math.abs(entry.amount) })}
                  </strong>
                </li>
              ))}
          </ol>
        )}
        {history.hasNextPage && (
          <button type="button" onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
            {t('points.more')}
          </button>
        )}
      </section>
    </main>
  );
}
