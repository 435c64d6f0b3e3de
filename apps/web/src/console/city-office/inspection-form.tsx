import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { blankInspection, INSPECTION_RESULTS, type InspectionForm, inspectionFormSchema, inspectionOf } from './city-office-forms';
import { type Station, stationName } from './city-office-queries';
import { ActionForm, ActionOutcome, SelectField, TextField, useCityOfficeAction } from './form-parts';

type Template = Schemas['AcceptanceTemplateViewDto_Output'];

/** The checklist inspections use: the newest template the city office set. */
function useNewestTemplate() {
  return useQuery({
    queryKey: ['acceptance-templates'],
    queryFn: async () => {
      const templates = dataOf(await api.GET('/api/v1/acceptance/templates', { params: { query: { limit: 100 } } })).items;
      return templates.reduce<Template | null>(
        (newest, template) => (!newest || template.createdAt > newest.createdAt ? template : newest),
        null,
      );
    },
    staleTime: 10 * 60_000,
  });
}

/**
 * Records an acceptance inspection (验收) of a built station against the checklist: a result per item, and for a
 * failed item what to fix by when. A pass (no required item failed) makes the station accepted.
 */
export function RecordInspectionForm({ stations, onRecorded }: { stations: Station[]; onRecorded: (stationId: string) => void }) {
  const { t, i18n } = useTranslation();
  const template = useNewestTemplate();
  const form = useForm<InspectionForm>({ resolver: zodResolver(inspectionFormSchema), defaultValues: { stationId: '', results: [] } });
  const results = useFieldArray({ control: form.control, name: 'results' });
  useEffect(() => {
    if (template.data) form.reset(blankInspection('', template.data));
  }, [template.data, form]);
  const record = useCityOfficeAction(
    async (values: InspectionForm) =>
      dataOf(
        await api.POST('/api/v1/stations/{id}/inspections', { params: { path: { id: values.stationId } }, body: inspectionOf(values) }),
      ),
    [['stations'], ['inspections'], ['station-progress']],
  );
  const { errors } = form.formState;
  const chosen = useWatch({ control: form.control, name: 'results' });

  if (!template.data)
    return <p role={template.isError ? 'alert' : 'status'}>{template.isError ? t('errors.unexpected') : t('console.loading')}</p>;
  const items = template.data.items;

  return (
    <ActionForm
      id="record-inspection"
      title={t('cityOffice.recordInspection', { template: template.data.name })}
      onSubmit={form.handleSubmit((values) =>
        record.mutate(values, {
          onSuccess: (inspection) => {
            onRecorded(inspection.stationId);
            if (template.data) form.reset(blankInspection('', template.data));
          },
        }),
      )}
    >
      <SelectField
        id="inspection-station"
        label={t('cityOffice.station')}
        error={errors.stationId?.message}
        options={[
          { value: '', label: stations.length ? t('cityOffice.chooseStation') : t('cityOffice.noStationAwaiting') },
          ...stations.map((station) => ({ value: station.id, label: stationName(station, i18n.language) })),
        ]}
        {...form.register('stationId')}
      />
      {results.fields.map((field, index) => {
        const item = items.find(({ code }) => code === field.itemCode);
        const id = `inspection-${field.itemCode}`;
        const itemErrors = errors.results?.[index];
        return (
          <fieldset key={field.id} className="checklist-item">
            <legend>
              {item ? (i18n.language === 'en' ? item.label.en : item.label.zh) : field.itemCode}
              {item?.required ? ` ${t('cityOffice.requiredItem')}` : ''}
            </legend>
            <div className="choices">
              {INSPECTION_RESULTS.map((result) => (
                <span className="checkbox" key={result}>
                  <input id={`${id}-${result}`} type="radio" value={result} {...form.register(`results.${index}.result`)} />
                  <label htmlFor={`${id}-${result}`}>{t(`cityOffice.inspectionResult.${result}`)}</label>
                </span>
              ))}
            </div>
            {chosen[index]?.result === 'fail' && (
              <>
                <TextField
                  id={`${id}-action`}
                  label={t('cityOffice.rectificationAction')}
                  error={itemErrors?.action?.message}
                  {...form.register(`results.${index}.action`)}
                />
                <TextField
                  id={`${id}-deadline`}
                  type="date"
                  label={t('cityOffice.rectificationDeadline')}
                  error={itemErrors?.deadline?.message}
                  {...form.register(`results.${index}.deadline`)}
                />
              </>
            )}
          </fieldset>
        );
      })}
      <div className="field">
        <label htmlFor="inspection-notes">{t('cityOffice.inspectionNotes')}</label>
        <textarea id="inspection-notes" aria-describedby="inspection-notes-error" {...form.register('notes')} />
        <FieldError id="inspection-notes-error" message={errors.notes?.message} />
      </div>
      <button type="submit" disabled={record.isPending}>
        {t('cityOffice.recordInspectionSubmit')}
      </button>
      <ActionOutcome action={record} done={record.data?.passed ? t('cityOffice.inspectionPassed') : t('cityOffice.inspectionFailed')} />
    </ActionForm>
  );
}
