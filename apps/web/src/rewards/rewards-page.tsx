import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type Schemas } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';
import { stationName } from '../stations/station-text';

type Reward = Schemas['RewardPageDto_Output']['items'][number];

const REDEEM_PROBLEMS = {
  'insufficient-points': 'rewards.errors.insufficientPoints',
  'reward-out-of-stock': 'rewards.errors.outOfStock',
  'reward-not-at-station': 'rewards.errors.notAtStation',
  'redemption-limit-reached': 'rewards.errors.limitReached',
  'reward-not-valid-now': 'rewards.errors.notValidNow',
  'redemption-not-allowed': 'rewards.errors.notAllowed',
};

/** The rewards catalogue: what each costs and where to collect it; redeeming one leads to its code. */
export function RewardsPage() {
  const { t } = useTranslation();
  const balance = useQuery({
    queryKey: ['points', 'balance'],
    queryFn: async () => dataOf(await api.GET('/api/v1/me/points')),
  });
  const rewards = useQuery({
    queryKey: ['rewards'],
    queryFn: async () => dataOf(await api.GET('/api/v1/rewards', { params: { query: { limit: 100 } } })),
  });
  const available = rewards.data?.items.filter((reward) => reward.withdrawnAt === null) ?? [];

  return (
    <main className="page">
      <h1>{t('rewards.title')}</h1>
      {balance.data && <p data-testid="rewards-balance">{t('rewards.balance', { points: balance.data.balance })}</p>}
      {rewards.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : !rewards.data ? (
        <p role="status">{t('rewards.loading')}</p>
      ) : available.length === 0 ? (
        <p>{t('rewards.empty')}</p>
      ) : (
        <ul className="rewards" aria-label={t('rewards.catalogue')}>
          {available.map((reward) => (
            <li key={reward.id}>
              <RewardCard reward={reward} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function RewardCard({ reward }: { reward: Reward }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const stationFieldId = useId();
  const headingId = useId();
  const stocked = reward.stocks.filter((stock) => stock.remaining === null || stock.remaining > 0);
  const stations = useQueries({
    queries: stocked.map(({ stationId }) => ({
      queryKey: ['station', stationId],
      queryFn: async () => dataOf(await api.GET('/api/v1/stations/{id}', { params: { path: { id: stationId } } })),
    })),
  });
  const [stationId, setStationId] = useState(stocked[0]?.stationId ?? '');
  // One key per redemption the worker means: a retry after a lost answer places it once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const redeem = useMutation({
    mutationFn: async () =>
      dataOf(
        await api.POST('/api/v1/redemptions', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { rewardId: reward.id, stationId },
        }),
      ),
    onSuccess: async () => {
      setIdempotencyKey(crypto.randomUUID());
      await queryClient.invalidateQueries({ queryKey: ['points'] });
      await queryClient.invalidateQueries({ queryKey: ['redemptions'] });
      void navigate('/redemptions');
    },
  });
  const name = i18n.language === 'en' ? reward.name.en : reward.name['zh-CN'];
  const description = reward.description && (i18n.language === 'en' ? reward.description.en : reward.description['zh-CN']);

  return (
    <article aria-labelledby={headingId} className="reward">
      <h2 id={headingId}>{name}</h2>
      {description && <p>{description}</p>}
      <p>
        {t(reward.kind === 'gift' ? 'rewards.kind.gift' : 'rewards.kind.service')} · {t('rewards.cost', { points: reward.cost })}
      </p>
      {stocked.length === 0 ? (
        <p>{t('rewards.noStock')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            redeem.mutate();
          }}
        >
          <label htmlFor={stationFieldId}>{t('rewards.collectAt')}</label>
          <select id={stationFieldId} value={stationId} onChange={(event) => setStationId(event.target.value)}>
            {stocked.map((stock, index) => {
              const station = stations[index]?.data;
              return (
                <option key={stock.stationId} value={stock.stationId}>
                  {station ? stationName(station, i18n.language) : t('rewards.stationLoading')}
                  {stock.remaining !== null && ` (${t('rewards.remaining', { count: stock.remaining })})`}
                </option>
              );
            })}
          </select>
          <button type="submit" disabled={redeem.isPending}>
            {t('rewards.redeem', { points: reward.cost })}
          </button>
          {redeem.isError && (
            <p role="alert" className="problem">
              {t(problemMessageKey(redeem.error, REDEEM_PROBLEMS))}
            </p>
          )}
        </form>
      )}
    </article>
  );
}
