import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FieldError } from '../../layout/field-error';
import { consoleProblemKey } from '../console-problem';
import { localized, REJECTION_REASONS, type Report, SEVERITIES } from '../console-types';
import { ReportPhoto } from '../report-photo';
import { type ConfirmForm, confirmFormSchema, noteOrNothing, type RejectForm, rejectFormSchema } from './review-forms';

const ReportMap = lazy(() => import('../report-map'));

/** One report under review: its photos and place, its likely duplicates beside it, and the decisions staff can take. */
export function ReportReview({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const report = useQuery({
    queryKey: ['report', reportId],
    queryFn: async () => dataOf(await api.GET('/api/v1/reports/{id}', { params: { path: { id: reportId } } })),
  });
  const duplicates = useQuery({
    queryKey: ['report-duplicates', reportId],
    queryFn: async () => dataOf(await api.GET('/api/v1/reports/{id}/duplicates', { params: { path: { id: reportId } } })),
  });
  const queryClient = useQueryClient();
  const decided = () => {
    void queryClient.invalidateQueries({ queryKey: ['review-queue'] });
    void queryClient.invalidateQueries({ queryKey: ['report', reportId] });
    onDone();
  };

  if (report.isError) return <p role="alert">{t(consoleProblemKey(report.error))}</p>;
  if (!report.data) return <p role="status">{t('console.loading')}</p>;
  const candidates = duplicates.data?.candidates ?? [];
  return (
    <section aria-labelledby="report-heading" className="report-review">
      <h2 id="report-heading">{t('review.reportHeading')}</h2>
      <div className="side-by-side">
        <ReportCard report={report.data} heading={t('review.thisReport')} />
        {candidates.map((candidate) => (
          <div key={candidate.id}>
            <ReportCard report={candidate} heading={t('review.candidate')} />
            <DecisionButton
              label={t('review.mergeInto')}
              run={async () =>
                dataOf(await api.POST('/api/v1/reports/{id}/merge', { params: { path: { id: reportId } }, body: { caseId: candidate.id } }))
              }
              onDone={decided}
            />
          </div>
        ))}
      </div>
      {candidates.length > 0 && (
        <DecisionButton
          label={t('review.keepApart')}
          run={async () => dataOf(await api.POST('/api/v1/reports/{id}/keep-apart', { params: { path: { id: reportId } } }))}
          onDone={() => void duplicates.refetch()}
        />
      )}
      <Suspense fallback={<p role="status">{t('console.loading')}</p>}>
        <ReportMap
          label={t('review.map')}
          points={[report.data, ...candidates].map(({ id, location, description }) => ({ id, ...location, title: description }))}
        />
      </Suspense>
      <div className="decisions">
        <ConfirmDecision reportId={reportId} onDone={decided} />
        <RejectDecision reportId={reportId} onDone={decided} />
      </div>
    </section>
  );
}

function ReportCard({ report, heading }: { report: Report; heading: string }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="report-card" aria-label={heading}>
      <h3>{heading}</h3>
      <dl>
        <dt>{t('review.category')}</dt>
        <dd>{localized(report.category.name, i18n.language)}</dd>
        <dt>{t('review.description')}</dt>
        <dd>{report.description}</dd>
        <dt>{t('review.address')}</dt>
        <dd>{report.address ?? `${report.location.lat}, ${report.location.lng}`}</dd>
        <dt>{t('review.status')}</dt>
        <dd>{t(`reportStatus.${report.status}`)}</dd>
      </dl>
      {report.photos.map((photo, index) => (
        <ReportPhoto key={photo.id} reportId={report.id} photo={photo} alt={t('review.photo', { number: index + 1 })} />
      ))}
    </article>
  );
}

function DecisionButton({ label, run, onDone }: { label: string; run: () => Promise<unknown>; onDone: () => void }) {
  const { t } = useTranslation();
  const decision = useMutation({ mutationFn: run, onSuccess: onDone });
  return (
    <>
      <button type="button" disabled={decision.isPending} onClick={() => decision.mutate()}>
        {label}
      </button>
      {decision.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(decision.error))}
        </p>
      )}
    </>
  );
}

function ConfirmDecision({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ConfirmForm>({ resolver: zodResolver(confirmFormSchema), defaultValues: { severity: 'medium', note: '' } });
  const confirm = useMutation({
    mutationFn: async ({ severity, note }: ConfirmForm) =>
      dataOf(
        await api.POST('/api/v1/reports/{id}/confirm', {
          params: { path: { id: reportId } },
          body: { severity, note: noteOrNothing(note) },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <form onSubmit={form.handleSubmit((values) => confirm.mutate(values))} noValidate aria-labelledby="confirm-heading">
      <h3 id="confirm-heading">{t('review.confirmHeading')}</h3>
      <label htmlFor="severity">{t('review.severity')}</label>
      <select id="severity" {...form.register('severity')}>
        {SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>
            {t(`review.severities.${severity}`)}
          </option>
        ))}
      </select>
      <label htmlFor="confirm-note">{t('review.note')}</label>
      <textarea id="confirm-note" aria-describedby="confirm-note-error" {...form.register('note')} />
      <FieldError id="confirm-note-error" message={form.formState.errors.note?.message} />
      {confirm.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(confirm.error))}
        </p>
      )}
      <button type="submit" disabled={confirm.isPending}>
        {t('review.confirm')}
      </button>
    </form>
  );
}

function RejectDecision({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<RejectForm>({ resolver: zodResolver(rejectFormSchema), defaultValues: { note: '' } });
  const reject = useMutation({
    mutationFn: async ({ reasonCode, note }: RejectForm) =>
      dataOf(
        await api.POST('/api/v1/reports/{id}/reject', {
          params: { path: { id: reportId } },
          body: { reasonCode, note: noteOrNothing(note) },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <form onSubmit={form.handleSubmit((values) => reject.mutate(values))} noValidate aria-labelledby="reject-heading">
      <h3 id="reject-heading">{t('review.rejectHeading')}</h3>
      <label htmlFor="reasonCode">{t('review.reason')}</label>
      <select id="reasonCode" defaultValue="" aria-describedby="reasonCode-error" {...form.register('reasonCode')}>
        <option value="" disabled>
          {t('review.chooseReason')}
        </option>
        {REJECTION_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {t(`review.reasons.${reason}`)}
          </option>
        ))}
      </select>
      <FieldError id="reasonCode-error" message={form.formState.errors.reasonCode?.message} />
      <label htmlFor="reject-note">{t('review.noteToReporter')}</label>
      <textarea id="reject-note" aria-describedby="reject-note-error" {...form.register('note')} />
      <FieldError id="reject-note-error" message={form.formState.errors.note?.message} />
      {reject.isError && (
        <p role="alert" className="problem">
          {t(consoleProblemKey(reject.error))}
        </p>
      )}
      <button type="submit" disabled={reject.isPending}>
        {t('review.reject')}
      </button>
    </form>
  );
}
