import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { type BudgetForm, budgetFormSchema, budgetOf } from './city-office-forms';
import { FiguresSection } from './figures-section';
import { ActionForm, ActionOutcome, TextField, useCityOfficeAction } from './form-parts';

/** Each community's points budget for the month beside what its workers earned, and a form to set one. */
export function BudgetsSection({ month }: { month: string }) {
  const { t } = useTranslation();
  const budgets = useQuery({
    queryKey: ['community-budgets', month],
    queryFn: async () => dataOf(await api.GET('/api/v1/community-budgets', { params: { query: { month } } })),
  });
  return (
    <FiguresSection
      id="budgets"
      title={t('cityOffice.budgets', { month })}
      columns={[t('cityOffice.community'), t('cityOffice.budget'), t('cityOffice.earned')]}
      rows={budgets.data?.items.map((budget) => [budget.communityCode, budget.points, budget.earned])}
      failed={budgets.isError}
      filename={`community-budgets-${month}.csv`}
      actions={<SetBudgetForm month={month} />}
    />
  );
}

function SetBudgetForm({ month }: { month: string }) {
  const { t } = useTranslation();
  const form = useForm<BudgetForm>({ resolver: zodResolver(budgetFormSchema), defaultValues: { communityCode: '', month, points: '' } });
  const setBudget = useCityOfficeAction(
    async (values: BudgetForm) => {
      const { path, body } = budgetOf(values);
      return dataOf(await api.PUT('/api/v1/community-budgets/{communityCode}/{month}', { params: { path }, body }));
    },
    [['community-budgets'], ['points-figures']],
  );
  const { errors } = form.formState;

  return (
    <ActionForm id="set-budget" title={t('cityOffice.setBudget')} onSubmit={form.handleSubmit((values) => setBudget.mutate(values))}>
      <TextField
        id="budget-community"
        label={t('cityOffice.communityCode')}
        inputMode="numeric"
        error={errors.communityCode?.message}
        {...form.register('communityCode')}
      />
      <TextField id="budget-month" type="month" label={t('cityOffice.month')} error={errors.month?.message} {...form.register('month')} />
      <TextField
        id="budget-points"
        label={t('cityOffice.budget')}
        inputMode="numeric"
        error={errors.points?.message}
        {...form.register('points')}
      />
      <button type="submit" disabled={setBudget.isPending}>
        {t('cityOffice.setBudgetSubmit')}
      </button>
      <ActionOutcome action={setBudget} done={t('cityOffice.budgetSet')} />
    </ActionForm>
  );
}
