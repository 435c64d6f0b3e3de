import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { consoleProblemKey } from '../console-problem';
import { localized, type Report } from '../console-types';
import { type DispatchForm, dispatchFormSchema } from './review-forms';

/** Confirmed reports no department holds (declined, or no rule matched): staff send each on by hand. */
export function DispatchQueueSection() {
  const { t, i18n } = useTranslation();
  const queue = useQuery({
    queryKey: ['dispatch-queue'],
    queryFn: async () => dataOf(await api.GET('/api/v1/dispatch-queue', { params: { query: { limit: 50 } } })),
  });

  return (
    <section aria-labelledby="dispatch-heading">
      <h2 id="dispatch-heading">{t('review.dispatchQueue')}</h2>
      {!queue.data ? (
        <p role={queue.isError ? 'alert' : 'status'}>{queue.isError ? t('errors.unexpected') : t('console.loading')}</p>
      ) : queue.data.items.length === 0 ? (
        <p>{t('review.dispatchEmpty')}</p>
      ) : (
        <ul className="queue">
          {queue.data.items.map((report) => (
            <li key={report.id}>
              <p>
                <strong>{localized(report.category.name, i18n.language)}</strong> {report.description}
              </p>
              <DispatchReport report={report} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DispatchReport({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: async () => dataOf(await api.GET('/api/v1/departments')),
    staleTime: 10 * 60_000,
  });
  const form = useForm<DispatchForm>({ resolver: zodResolver(dispatchFormSchema), defaultValues: { department: '', reason: '' } });
  const dispatch = useMutation({
    mutationFn: async ({ department, reason }: DispatchForm) =>
      dataOf(
        await api.POST('/api/v1/reports/{id}/dispatch', {
          params: { path: { id: report.id } },
          body: { add: [department], remove: report.departments.map(({ code }) => code).filter((code) => code !== department), reason },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dispatch-queue'] }),
  });
  const { errors } = form.formState;
  const field = (name: string) => `${name}-${report.id}`;

  return (
    <form onSubmit={form.handleSubmit((values) => dispatch.mutate(values))} noValidate>
      <label htmlFor={field('department')}>{t('review.department')}</label>
      <select id={field('department')} aria-describedby={field('department-error')} {...form.register('department')}>
        <option value="" disabled>
          {t('review.chooseDepartment')}
        </option>
        {departments.data?.items.map((department) => (
          <option key={department.code} value={department.code}>
            {localized(department.name, i18n.language)}
          </option>
        ))}
      </select>
      <FieldError id={field('department-error')} message={errors.department?.message} />
      <label htmlFor={field('reason')}>{t('review.dispatchReason')}</label>
      <input id={field('reason')} aria-describedby={field('reason-error')} {...form.register('reason')} />
      <FieldError id={field('reason-error')} message={errors.reason?.message} />
      {dispatch.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(dispatch.error))}
        </p>
      )}
      <button type="submit" disabled={dispatch.isPending}>
        {t('review.dispatch')}
      </button>
    </form>
  );
}
