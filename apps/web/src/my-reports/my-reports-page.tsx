import '../report/report.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import { reportQueue, useQueuedReports } from '../offline/use-report-queue';
import type { QueuedReport } from '../offline/report-queue';
import { localized } from '../report/localized';
import { reportProblemKey } from '../report/report-problem';

/** The worker's reports: those still on the phone waiting for a signal, then those the city has, newest first. */
export function MyReportsPage() {
  const { t, i18n } = useTranslation();
  const reports = useQuery({
    queryKey: ['my-reports'],
    queryFn: async () => dataOf(await api.GET('/api/v1/reports', { params: { query: { limit: 50 } } })).items,
  });
  const queued = useQueuedReports();

  return (
    <main className="page">
      <h1>{t('myReports.title')}</h1>
      <p>
        <Link to="/report">{t('myReports.newReport')}</Link>
      </p>
      {queued && queued.length > 0 && <QueuedList queued={queued} />}
      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">{t('myReports.sent')}</h2>
        {reports.isError ? (
          <p role="alert">{t('errors.unexpected')}</p>
        ) : !reports.data ? (
          <p role="status">{t('myReports.loading')}</p>
        ) : reports.data.length === 0 ? (
          <p>{t('myReports.none')}</p>
        ) : (
          <ul className="my-reports" aria-label={t('myReports.sent')}>
            {reports.data.map((report) => (
              <li key={report.id}>
                <Link to={`/reports/${report.id}`}>{localized(report.category.name, i18n.language)}</Link>
                <span className="meta">
                  {t(`reportStatus.${report.status}`)} · {new Date(report.submittedAt).toLocaleString(i18n.language)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function QueuedList({ queued }: { queued: QueuedReport[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="queued-heading">
      <h2 id="queued-heading">{t('myReports.onThisPhone')}</h2>
      <ul className="queued" aria-label={t('myReports.onThisPhone')}>
        {queued.map((entry) => (
          <li key={entry.idempotencyKey}>
            {entry.report.description} · {new Date(entry.capturedAt).toLocaleString(i18n.language)}
            {entry.refusal ? (
              <>
                <span className="meta problem" role="alert">
                  {t('myReports.refused')} {t(reportProblemKey(entry.refusal))}
                </span>
                <button type="button" onClick={() => void reportQueue.dismiss(entry.idempotencyKey)}>
                  {t('myReports.dismiss')}
                </button>
              </>
            ) : (
              <span className="meta" data-testid="queued-state">
                {t('myReports.queued')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
