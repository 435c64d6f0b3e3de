import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import {
  CATEGORY_GROUPS,
  EARNING_EVENT_TYPES,
  eventTypeKey,
  type EarningRuleForm,
  earningRuleFormSchema,
  earningRuleOf,
} from './city-office-forms';
import { FiguresSection } from './figures-section';
import { ActionForm, ActionOutcome, SelectField, TextField, useCityOfficeAction } from './form-parts';

const RULES = ['earning-rules'];

/** How points are earned: every version of every rule (the one in force marked), and a form to add a version. */
export function EarningRulesSection() {
  const { t } = useTranslation();
  const rules = useQuery({ queryKey: RULES, queryFn: async () => dataOf(await api.GET('/api/v1/earning-rules')) });
  return (
    <FiguresSection
      id="earning-rules"
      title={t('cityOffice.earningRules')}
      columns={[
        t('cityOffice.event'),
        t('cityOffice.group'),
        t('cityOffice.points'),
        t('cityOffice.dailyCap'),
        t('cityOffice.monthlyCap'),
        t('cityOffice.effectiveFrom'),
        t('cityOffice.inForce'),
      ]}
      rows={rules.data?.items.map((rule) => [
        t(eventTypeKey(rule.eventType)),
        rule.group ? t(`cityOffice.categoryGroup.${rule.group}`) : t('cityOffice.everyGroup'),
        rule.points,
        rule.dailyCap,
        rule.monthlyCap,
        rule.effectiveFrom.slice(0, 10),
        rule.current ? t('cityOffice.yes') : '',
      ])}
      failed={rules.isError}
      filename="earning-rules.csv"
      actions={<AddEarningRuleForm />}
    />
  );
}

function AddEarningRuleForm() {
  const { t } = useTranslation();
  const form = useForm<EarningRuleForm>({
    resolver: zodResolver(earningRuleFormSchema),
    defaultValues: {
      eventType: EARNING_EVENT_TYPES[0],
      group: 'environment',
      points: '',
      dailyCap: '',
      monthlyCap: '',
      effectiveFrom: '',
      note: '',
    },
  });
  const add = useCityOfficeAction(
    async (values: EarningRuleForm) => dataOf(await api.POST('/api/v1/earning-rules', { body: earningRuleOf(values) })),
    [RULES],
  );
  const { errors } = form.formState;

  return (
    <ActionForm
      id="add-earning-rule"
      title={t('cityOffice.addEarningRule')}
      onSubmit={form.handleSubmit((values) => add.mutate(values, { onSuccess: () => form.reset() }))}
    >
      <SelectField
        id="earning-event"
        label={t('cityOffice.event')}
        options={EARNING_EVENT_TYPES.map((type) => ({ value: type, label: t(eventTypeKey(type)) }))}
        {...form.register('eventType')}
      />
      <SelectField
        id="earning-group"
        label={t('cityOffice.group')}
        error={errors.group?.message}
        options={[
          { value: '', label: t('cityOffice.noGroup') },
          ...CATEGORY_GROUPS.map((group) => ({ value: group, label: t(`cityOffice.categoryGroup.${group}`) })),
        ]}
        {...form.register('group')}
      />
      <TextField
        id="earning-points"
        label={t('cityOffice.points')}
        inputMode="numeric"
        error={errors.points?.message}
        {...form.register('points')}
      />
      <TextField
        id="earning-daily-cap"
        label={t('cityOffice.dailyCapOptional')}
        inputMode="numeric"
        error={errors.dailyCap?.message}
        {...form.register('dailyCap')}
      />
      <TextField
        id="earning-monthly-cap"
        label={t('cityOffice.monthlyCapOptional')}
        inputMode="numeric"
        error={errors.monthlyCap?.message}
        {...form.register('monthlyCap')}
      />
      <TextField
        id="earning-from"
        type="datetime-local"
        label={t('cityOffice.effectiveFromCity')}
        error={errors.effectiveFrom?.message}
        {...form.register('effectiveFrom')}
      />
      <TextField id="earning-note" label={t('cityOffice.noteOptional')} error={errors.note?.message} {...form.register('note')} />
      <button type="submit" disabled={add.isPending}>
        {t('cityOffice.addEarningRuleSubmit')}
      </button>
      <ActionOutcome action={add} done={t('cityOffice.earningRuleAdded')} />
    </ActionForm>
  );
}
