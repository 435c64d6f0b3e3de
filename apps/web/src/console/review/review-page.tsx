import { useInfiniteQuery } from '@tanstack/react-query';
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
  // Oldest first, a page at a time: a busy community's newest reports are a few pages in.
  const queue = useInfiniteQuery({
    queryKey: ['review-queue'],
    queryFn: async ({ pageParam }) =>
      dataOf(await api.GET('/api/v1/review-queue', { params: { query: { cursor: pageParam, limit: 50 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const counts = queue.data?.pages[0].counts;
  const reports = queue.data?.pages.flatMap((page) => page.items) ?? [];

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
            <p>{t('review.counts', { total: counts?.total, duplicates: counts?.duplicates })}</p>
            {reports.length === 0 ? (
              <p>{t('review.empty')}</p>
            ) : (
              <ul className="queue" aria-label={t('review.queue')}>
                {reports.map((report) => (
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
            {queue.hasNextPage && (
              <button type="button" className="secondary" onClick={() => void queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
                {t('review.more')}
              </button>
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
