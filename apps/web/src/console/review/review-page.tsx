import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { localized } from '../console-types';
import { DispatchQueueSection } from './dispatch-queue-section';
import { EscalationsSection } from './escalations-section';
import { ReportReview } from './report-review';
import { RerouteSection } from './reroute-section';

/** Community staff: the review queue of their communities, one report at a time, then the re-routing and the overdue. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const queue = useQuery({
    queryKey: ['review-queue'],
    queryFn: async () => dataOf(await api.GET('/api/v1/review-queue', { params: { query: { limit: 50 } } })),
  });

  return (
    <main className="console-page" aria-labelledby="review-title">
      <h1 id="review-title">{t('review.title')}</h1>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t('review.queue')}</h2>
        {queue.isError ? (
          <p role="alert">{t('errors.unexpected')}</p>
        ) : !queue.data ? (
          <p role="status">{t('console.loading')}</p>
        ) : (
          <>
            <p>{t('review.counts', { total: queue.data.counts.total, duplicates: queue.data.counts.duplicates })}</p>
            {queue.data.items.length === 0 ? (
              <p>{t('review.empty')}</p>
            ) : (
              <ul className="queue" aria-label={t('review.queue')}>
                {queue.data.items.map((report) => (
                  <li key={report.id}>
                    <button
                      type="button"
                      className="queue-item"
                      aria-pressed={selected === report.id}
                      onClick={() => setSelected(report.id)}
                    >
                      <strong>{localized(report.category.name, i18n.language)}</strong> {report.description}
                      {report.duplicateOf && <span className="tag"> {t('review.likelyDuplicate')}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {selected && <ReportReview key={selected} reportId={selected} onDone={() => setSelected(null)} />}
      <DispatchQueueSection />
      <RerouteSection />
      <EscalationsSection />
    </main>
  );
}
