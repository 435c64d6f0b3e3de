import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { consoleProblemKey } from '../console-problem';
import { localized, type Report } from '../console-types';
import { type RerouteForm, rerouteFormSchema, rerouteOf } from './review-forms';

/** The states in which a report is in the departments' hands, and staff may still send it elsewhere. */
const WITH_DEPARTMENTS = ['dispatched', 'acknowledged', 'in-progress', 'reopened'] as const;

/** Reports the departments hold: staff recategorise one, send it to another department or take it from one. */
export function RerouteSection() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<(typeof WITH_DEPARTMENTS)[number]>('dispatched');
  const reports = useQuery({
    queryKey: ['reports', 'with-departments', status],
    queryFn: async () => dataOf(await api.GET('/api/v1/reports', { params: { query: { status, limit: 20 } } })),
  });

  return (
    <section aria-labelledby="reroute-heading">
      <h2 id="reroute-heading">{t('review.reroute')}</h2>
      <label htmlFor="reroute-status">{t('review.status')}</label>
      <select id="reroute-status" value={status} onChange={(event) => setStatus(event.target.value as typeof status)}>
        {WITH_DEPARTMENTS.map((value) => (
          <option key={value} value={value}>
            {t(`reportStatus.${value}`)}
          </option>
        ))}
      </select>
      {!reports.data ? (
        <p role={reports.isError ? 'alert' : 'status'}>{reports.isError ? t('errors.unexpected') : t('console.loading')}</p>
      ) : reports.data.items.length === 0 ? (
        <p>{t('review.rerouteEmpty')}</p>
      ) : (
        <ul className="queue">
          {reports.data.items.map((report) => (
            <li key={report.id}>
              <article aria-label={report.description}>
                <p>
                  <strong>{localized(report.category.name, i18n.language)}</strong> {report.description}
                </p>
                <ul>
                  {report.departments.map((department) => (
                    <li key={department.code}>
                      {localized(department.name, i18n.language)}: {t(`myReports.departmentStatus.${department.status}`)}
                    </li>
                  ))}
                </ul>
                <RerouteReport report={report} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RerouteReport({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: async () => dataOf(await api.GET('/api/v1/departments')),
    staleTime: 10 * 60_000,
  });
  const categories = useQuery({
    queryKey: ['report-categories'],
    queryFn: async () => dataOf(await api.GET('/api/v1/report-categories')).items,
    staleTime: 60 * 60_000,
  });
  const form = useForm<RerouteForm>({
    resolver: zodResolver(rerouteFormSchema),
    defaultValues: { category: '', add: '', remove: [], reason: '' },
  });
  const reroute = useMutation({
    mutationFn: async (values: RerouteForm) =>
      dataOf(await api.POST('/api/v1/reports/{id}/dispatch', { params: { path: { id: report.id } }, body: rerouteOf(values) })),
    onSuccess: () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['reports', 'with-departments'] });
    },
  });
  const { errors } = form.formState;
  const field = (name: string) => `reroute-${name}-${report.id}`;
  const holding = new Set(report.departments.filter(({ status }) => status !== 'withdrawn').map(({ code }) => code));
  // Only a department that has not taken the report on may lose it; one that acknowledged answers for itself.
  const removable = report.departments.filter(({ status }) => status === 'dispatched');

  return (
    <form onSubmit={form.handleSubmit((values) => reroute.mutate(values))} noValidate>
      <label htmlFor={field('category')}>{t('review.newCategory')}</label>
      <select id={field('category')} {...form.register('category')}>
        <option value="">{t('review.keepCategory')}</option>
        {categories.data
          ?.filter(({ code }) => code !== report.category.code)
          .map((category) => (
            <option key={category.code} value={category.code}>
              {localized(category.name, i18n.language)}
            </option>
          ))}
      </select>
      <label htmlFor={field('add')}>{t('review.addDepartment')}</label>
      <select id={field('add')} aria-describedby={field('add-error')} {...form.register('add')}>
        <option value="">{t('review.noDepartmentAdded')}</option>
        {departments.data?.items
          .filter(({ code }) => !holding.has(code))
          .map((department) => (
            <option key={department.code} value={department.code}>
              {localized(department.name, i18n.language)}
            </option>
          ))}
      </select>
      <FieldError id={field('add-error')} message={errors.add?.message} />
      {removable.length > 0 && (
        <fieldset>
          <legend>{t('review.removeDepartments')}</legend>
          {removable.map((department) => (
            <div className="checkbox" key={department.code}>
              <input id={field(`remove-${department.code}`)} type="checkbox" value={department.code} {...form.register('remove')} />
              <label htmlFor={field(`remove-${department.code}`)}>{localized(department.name, i18n.language)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <label htmlFor={field('reason')}>{t('review.rerouteReason')}</label>
      <input id={field('reason')} aria-describedby={field('reason-error')} {...form.register('reason')} />
      <FieldError id={field('reason-error')} message={errors.reason?.message} />
      {reroute.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(reroute.error))}
        </p>
      )}
      <button type="submit" disabled={reroute.isPending}>
        {t('review.rerouteSubmit')}
      </button>
    </form>
  );
}
