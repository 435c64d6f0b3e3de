import '../report/report.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/api-client';
import { ApiProblem, dataOf } from '../api/api-problem';
import type { ReportView } from '../offline/report-queue';
import { localized } from '../report/localized';
import { ReportPhoto } from './report-photo';

/** One of the worker's reports: what was sent, what happened to it, each department's progress, and "was it fixed?". */
export function MyReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useQuery({
    queryKey: ['my-reports', id],
    queryFn: async () => dataOf(await api.GET('/api/v1/reports/{id}', { params: { path: { id } } })),
    retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
  });

  return (
    <main className="page">
      <p>
        <Link to="/reports">{t('myReports.back')}</Link>
      </p>
      {report.isError ? (
        <p role="alert">
          {report.error instanceof ApiProblem && report.error.status === 404 ? t('myReports.notFound') : t('errors.unexpected')}
        </p>
      ) : report.data ? (
        <ReportDetails report={report.data} />
      ) : (
        <p role="status">{t('myReports.loading')}</p>
      )}
    </main>
  );
}

function ReportDetails({ report }: { report: ReportView }) {
  const { t, i18n } = useTranslation();
  const when = (at: string) => new Date(at).toLocaleString(i18n.language);
  return (
    <article aria-labelledby="report-heading">
      <h1 id="report-heading">{localized(report.category.name, i18n.language)}</h1>
      <p data-testid="report-status">{t(`reportStatus.${report.status}`)}</p>
      {report.rejectionReason && <p>{t('myReports.rejectionReason', { reason: report.rejectionReason })}</p>}
      <p>{report.description}</p>
      {report.photos.length > 0 && (
        <ul className="thumbnails" aria-label={t('myReports.photos')}>
          {report.photos.map((photo, index) => (
            <li key={photo.id}>
              <ReportPhoto reportId={report.id} photoId={photo.id} alt={t('report.photoAlt', { number: index + 1 })} />
            </li>
          ))}
        </ul>
      )}
      {report.status === 'resolved' && <FixedQuestion reportId={report.id} />}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('myReports.history')}</h2>
        <ol className="report-history" aria-label={t('myReports.history')}>
          {report.history.map((entry) => (
            <li key={`${entry.at}.${entry.status}`}>
              {t(`reportStatus.${entry.status}`)} · {when(entry.at)}
              {entry.note && <> · {entry.note}</>}
            </li>
          ))}
        </ol>
      </section>
      {report.departments.length > 0 && (
        <section aria-labelledby="departments-heading">
          <h2 id="departments-heading">{t('myReports.departments')}</h2>
          {report.departments.map((department) => (
            <section key={department.code} aria-labelledby={`department-${department.code}`}>
              <h3 id={`department-${department.code}`}>
                {localized(department.name, i18n.language)}: {t(`myReports.departmentStatus.${department.status}`)}
              </h3>
              <ol className="report-history" aria-label={localized(department.name, i18n.language)}>
                {department.history.map((entry) => (
                  <li key={`${entry.at}.${entry.status}`}>
                    {t(`myReports.departmentStatus.${entry.status}`)} · {when(entry.at)}
                    {entry.note && <> · {entry.note}</>}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      )}
    </article>
  );
}

/** The department says it is resolved: the reporter says whether it was (yes closes it, no reopens it). */
function FixedQuestion({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const answer = useMutation({
    mutationFn: async (fixed: boolean) =>
      dataOf(await api.POST('/api/v1/reports/{id}/feedback', { params: { path: { id: reportId } }, body: { fixed } })),
    onSuccess: (updated) => {
      queryClient.setQueryData(['my-reports', reportId], updated);
      void queryClient.invalidateQueries({ queryKey: ['my-reports'], exact: true });
    },
  });
  return (
    <section aria-labelledby="fixed-heading">
      <h2 id="fixed-heading">{t('myReports.wasItFixed')}</h2>
      <button type="button" disabled={answer.isPending} onClick={() => answer.mutate(true)}>
        {t('myReports.fixed')}
      </button>
      <button type="button" disabled={answer.isPending} onClick={() => answer.mutate(false)}>
        {t('myReports.notFixed')}
      </button>
      {answer.isError && (
        <p role="alert" className="problem">
          {t('errors.unexpected')}
        </p>
      )}
    </section>
  );
}
