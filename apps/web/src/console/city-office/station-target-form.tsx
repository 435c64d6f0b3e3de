import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { type TargetForm, targetFormSchema, targetOf } from './city-office-forms';
import { useDistricts } from './city-office-queries';
import { ActionForm, ActionOutcome, SelectField, TextField, useCityOfficeAction } from './form-parts';

/** A district's target for a year (the "1,090 planned" of the programme), replacing any earlier one. */
export function StationTargetForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const districts = useDistricts();
  const form = useForm<TargetForm>({
    resolver: zodResolver(targetFormSchema),
    defaultValues: { districtCode: '', year: String(year), plannedCount: '' },
  });
  const setTarget = useCityOfficeAction(
    async (values: TargetForm) => dataOf(await api.POST('/api/v1/station-targets', { body: targetOf(values) })),
    [['station-progress']],
  );
  const { errors } = form.formState;

  return (
    <ActionForm id="set-target" title={t('cityOffice.setTarget')} onSubmit={form.handleSubmit((values) => setTarget.mutate(values))}>
      <SelectField
        id="target-district"
        label={t('cityOffice.district')}
        error={errors.districtCode?.message}
        options={[
          { value: '', label: t('cityOffice.chooseDistrict') },
          ...districts.items.map((district) => ({ value: district.code, label: districts.nameOf(district.code) })),
        ]}
        {...form.register('districtCode')}
      />
      <TextField
        id="target-year"
        label={t('cityOffice.year')}
        inputMode="numeric"
        error={errors.year?.message}
        {...form.register('year')}
      />
      <TextField
        id="target-count"
        label={t('cityOffice.plannedCount')}
        inputMode="numeric"
        error={errors.plannedCount?.message}
        {...form.register('plannedCount')}
      />
      <button type="submit" disabled={setTarget.isPending}>
        {t('cityOffice.setTargetSubmit')}
      </button>
      <ActionOutcome action={setTarget} done={t('cityOffice.targetSet')} />
    </ActionForm>
  );
}
