import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Schemas, api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { consoleProblemKey } from '../console-problem';
import { localized } from '../console-types';
import {
  EVIDENCE_TYPES,
  type NotResponsibleForm,
  notResponsibleFormSchema,
  type ProgressForm,
  progressFormSchema,
} from './department-forms';
import { useNow } from '../use-now';
import { slaClock } from './sla-clock';
import { uploadEvidence } from './upload-evidence';

type Assignment = Schemas['DepartmentQueuePageDto_Output']['items'][number];

const OPEN = new Set<Assignment['status']>(['dispatched', 'acknowledged', 'in-progress']);

/** A department's queue: the reports routed to it, oldest first, each with its SLA clocks and the moves it can make. */
export function DepartmentPage() {
  const { t } = useTranslation();
  const queue = useQuery({
    queryKey: ['department-queue'],
    queryFn: async () => dataOf(await api.GET('/api/v1/department-queue', { params: { query: { limit: 50 } } })),
    refetchInterval: 60_000,
  });
  const open = queue.data?.items.filter(({ status }) => OPEN.has(status)) ?? [];

  return (
    <main className="console-page" aria-labelledby="department-title">
      <h1 id="department-title">{t('department.title')}</h1>
      {queue.isError ? (
        <p role="alert">{t('errors.unexpected')}</p>
      ) : !queue.data ? (
        <p role="status">{t('console.loading')}</p>
      ) : open.length === 0 ? (
        <p>{t('department.empty')}</p>
      ) : (
        <ul className="queue" aria-label={t('department.queue')}>
          {open.map((assignment) => (
            <li key={assignment.reportId}>
              <AssignmentCard assignment={assignment} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function AssignmentCard({ assignment }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation();
  const title = localized(assignment.category.name, i18n.language);
  const headingId = `assignment-${assignment.reportId}`;
  return (
    <article className="assignment" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="tag">{t(`department.status.${assignment.status}`)}</span>
      </h2>
      {assignment.description && <p>{assignment.description}</p>}
      {assignment.address && <p>{assignment.address}</p>}
      <p>
        <SlaClockText label="department.acknowledgeClock" dueAt={assignment.acknowledgeDueAt} />
        {' · '}
        <SlaClockText label="department.resolveClock" dueAt={assignment.resolveDueAt} />
      </p>
      {assignment.status === 'dispatched' ? (
        <AcknowledgeButton reportId={assignment.reportId} />
      ) : (
        <WorkForm reportId={assignment.reportId} />
      )}
      <NotResponsible reportId={assignment.reportId} />
    </article>
  );
}

function SlaClockText({ label, dueAt }: { label: string; dueAt: string | null }) {
  const { t } = useTranslation();
  const clock = slaClock(dueAt, useNow());
  return (
    <span className={clock.state === 'overdue' ? 'overdue' : undefined}>
      {t(label)}:{' '}
      {clock.state === 'none'
        ? t('department.noDeadline')
        : t(`department.clock.${clock.state}`, { hours: clock.hours, minutes: clock.minutes })}
    </span>
  );
}

/** After any move, the queue again: the report's status and clocks have changed. */
function useQueueMove<T>(move: (values: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: move, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['department-queue'] }) });
}

function AcknowledgeButton({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const acknowledge = useQueueMove(async () =>
    dataOf(await api.POST('/api/v1/department-queue/{id}/acknowledge', { params: { path: { id: reportId } }, body: {} })),
  );
  return (
    <>
      <button type="button" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate(undefined)}>
        {t('department.acknowledge')}
      </button>
      {acknowledge.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(acknowledge.error))}
        </p>
      )}
    </>
  );
}

/** Progress or resolution: what was done, with photos as evidence. */
function WorkForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const form = useForm<ProgressForm>({ resolver: zodResolver(progressFormSchema), defaultValues: { note: '' } });
  const [photos, setPhotos] = useState<File[]>([]);
  const move = useQueueMove(async ({ note, step }: ProgressForm & { step: 'progress' | 'resolve' }) => {
    const photoIds = await uploadEvidence(photos);
    const params = { path: { id: reportId } };
    return step === 'resolve'
      ? dataOf(await api.POST('/api/v1/department-queue/{id}/resolve', { params, body: { note, photoIds } }))
      : dataOf(await api.POST('/api/v1/department-queue/{id}/progress', { params, body: { note, photoIds } }));
  });
  const submit = (step: 'progress' | 'resolve') => form.handleSubmit((values) => move.mutate({ ...values, step }));
  const id = (name: string) => `${name}-${reportId}`;

  return (
    <form onSubmit={submit('resolve')} noValidate>
      <label htmlFor={id('note')}>{t('department.note')}</label>
      <textarea id={id('note')} aria-describedby={id('note-error')} {...form.register('note')} />
      <FieldError id={id('note-error')} message={form.formState.errors.note?.message} />
      <label htmlFor={id('photos')}>{t('department.photos')}</label>
      <input
        id={id('photos')}
        type="file"
        accept={EVIDENCE_TYPES.join(',')}
        multiple
        onChange={(event) => setPhotos([...(event.target.files ?? [])])}
      />
      {move.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(move.error))}
        </p>
      )}
      <div className="button-row">
        <button type="button" disabled={move.isPending} onClick={() => void submit('progress')()}>
          {t('department.recordProgress')}
        </button>
        <button type="submit" disabled={move.isPending}>
          {t('department.resolve')}
        </button>
      </div>
    </form>
  );
}

function NotResponsible({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const form = useForm<NotResponsibleForm>({ resolver: zodResolver(notResponsibleFormSchema), defaultValues: { reason: '' } });
  const decline = useQueueMove(async ({ reason }: NotResponsibleForm) =>
    dataOf(await api.POST('/api/v1/department-queue/{id}/not-responsible', { params: { path: { id: reportId } }, body: { reason } })),
  );
  const id = (name: string) => `${name}-${reportId}`;
  return (
    <details>
      <summary>{t('department.notResponsible')}</summary>
      <form onSubmit={form.handleSubmit((values) => decline.mutate(values))} noValidate>
        <label htmlFor={id('reason')}>{t('department.reason')}</label>
        <input id={id('reason')} aria-describedby={id('reason-error')} {...form.register('reason')} />
        <FieldError id={id('reason-error')} message={form.formState.errors.reason?.message} />
        {decline.isError && (
          <p role="alert" className="problem">
            {t(consoleProblemKey(decline.error))}
          </p>
        )}
        <button type="submit" disabled={decline.isPending}>
          {t('department.decline')}
        </button>
      </form>
    </details>
  );
}
