import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { v4 as uuidv4 } from 'uuid';
import { api, type Schemas } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { localized } from '../console-types';
import { REWARD_KINDS, type RewardForm, rewardFormSchema, rewardOf } from './city-office-forms';
import { FiguresSection } from './figures-section';
import { ActionForm, ActionOutcome, ChooseOneForm, SelectField, TextField, useCityOfficeAction } from './form-parts';

type Reward = Schemas['RewardViewDto_Output'];

const CATALOGUE = ['rewards', 'catalogue'];

/** What is left of a reward at every station together; null when any station has no limit. */
const remainingOf = (reward: Reward): number | null =>
  reward.stocks.reduce<number | null>((sum, { remaining }) => (remaining === null || sum === null ? null : sum + remaining), 0);

/** The rewards catalogue: what workers may redeem, a form to add a reward and one to withdraw one. */
export function RewardsSection() {
  const { t, i18n } = useTranslation();
  const rewards = useQuery({
    queryKey: CATALOGUE,
    queryFn: async () => dataOf(await api.GET('/api/v1/rewards', { params: { query: { limit: 100 } } })),
  });
  return (
    <FiguresSection
      id="rewards"
      title={t('cityOffice.rewards')}
      columns={[t('cityOffice.reward'), t('cityOffice.kind'), t('cityOffice.cost'), t('cityOffice.stock')]}
      rows={rewards.data?.items.map((reward) => [
        localized(reward.name, i18n.language),
        t(`cityOffice.rewardKind.${reward.kind}`),
        reward.cost,
        remainingOf(reward),
      ])}
      failed={rewards.isError}
      filename="rewards.csv"
      actions={
        <div className="console-columns">
          <AddRewardForm />
          <WithdrawRewardForm rewards={rewards.data?.items ?? []} />
        </div>
      }
    />
  );
}

function AddRewardForm() {
  const { t } = useTranslation();
  const form = useForm<RewardForm>({
    resolver: zodResolver(rewardFormSchema),
    defaultValues: { kind: 'gift', nameZh: '', nameEn: '', cost: '' },
  });
  const add = useCityOfficeAction(
    async (values: RewardForm) =>
      dataOf(
        await api.POST('/api/v1/rewards', {
          params: { header: { 'Idempotency-Key': `reward-${uuidv4()}` } },
          body: rewardOf(values),
        }),
      ),
    [CATALOGUE],
  );
  const { errors } = form.formState;

  return (
    <ActionForm
      id="add-reward"
      title={t('cityOffice.addReward')}
      onSubmit={form.handleSubmit((values) => add.mutate(values, { onSuccess: () => form.reset() }))}
    >
      <SelectField
        id="reward-kind"
        label={t('cityOffice.kind')}
        options={REWARD_KINDS.map((kind) => ({ value: kind, label: t(`cityOffice.rewardKind.${kind}`) }))}
        {...form.register('kind')}
      />
      <TextField id="reward-name-zh" label={t('cityOffice.nameZh')} error={errors.nameZh?.message} {...form.register('nameZh')} />
      <TextField id="reward-name-en" label={t('cityOffice.nameEn')} error={errors.nameEn?.message} {...form.register('nameEn')} />
      <TextField
        id="reward-cost"
        label={t('cityOffice.cost')}
        inputMode="numeric"
        error={errors.cost?.message}
        {...form.register('cost')}
      />
      <button type="submit" disabled={add.isPending}>
        {t('cityOffice.addRewardSubmit')}
      </button>
      <ActionOutcome action={add} done={t('cityOffice.rewardAdded')} />
    </ActionForm>
  );
}

function WithdrawRewardForm({ rewards }: { rewards: Reward[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ChooseOneForm
      id="withdraw-reward"
      title={t('cityOffice.withdrawReward')}
      hint={t('cityOffice.withdrawRewardHint')}
      label={t('cityOffice.reward')}
      placeholder={t('cityOffice.chooseReward')}
      options={rewards.map((reward) => ({
        value: reward.id,
        label: t('cityOffice.rewardChoice', { name: localized(reward.name, i18n.language), cost: reward.cost }),
      }))}
      submit={t('cityOffice.withdrawRewardSubmit')}
      done={t('cityOffice.rewardWithdrawn')}
      act={async (id) => dataOf(await api.POST('/api/v1/rewards/{id}/withdraw', { params: { path: { id } } }))}
      changes={[CATALOGUE]}
    />
  );
}
