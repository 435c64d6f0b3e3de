import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { durationParts } from '../department/sla-clock';

/** The reports of the staff's communities past a department's deadline, the most overdue first as the API sorts them. */
export function EscalationsSection() {
  const { t } = useTranslation();
  const escalations = useQuery({
    queryKey: ['escalations'],
    queryFn: async () => dataOf(await api.GET('/api/v1/escalations', { params: { query: { limit: 50 } } })),
  });

  return (
    <section aria-labelledby="escalations-heading">
      <h2 id="escalations-heading">{t('review.escalations')}</h2>
      {!escalations.data ? (
        <p role={escalations.isError ? 'alert' : 'status'}>{escalations.isError ? t('errors.unexpected') : t('console.loading')}</p>
      ) : escalations.data.items.length === 0 ? (
        <p>{t('review.noEscalations')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('review.category')}</th>
              <th scope="col">{t('review.deadline')}</th>
              <th scope="col">{t('review.overdueBy')}</th>
              <th scope="col">{t('review.status')}</th>
            </tr>
          </thead>
          <tbody>
            {escalations.data.items.map((item) => (
              <tr key={`${item.reportId}-${item.kind}`}>
                <td>{item.category}</td>
                <td>{t(`review.deadlines.${item.kind}`)}</td>
                <td>{t('console.duration', durationParts(item.overdueMinutes * 60_000))}</td>
                <td>{t(`reportStatus.${item.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
