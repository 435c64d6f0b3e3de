import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FiguresSection } from './figures-section';
import { jsonAnswer } from './json-answer';

/** Each community's points in the month: reports credited, points earned, redeemed and voided, against its budget. */
export function PointsFiguresSection({ month }: { month: string }) {
  const { t } = useTranslation();
  const figures = useQuery({
    queryKey: ['points-figures', month],
    queryFn: async () => jsonAnswer(dataOf(await api.GET('/api/v1/points-figures', { params: { query: { month } } }))),
  });
  return (
    <FiguresSection
      id="points-figures"
      title={t('cityOffice.pointsFigures', { month })}
      columns={[
        t('cityOffice.community'),
        t('cityOffice.creditedReports'),
        t('cityOffice.earned'),
        t('cityOffice.redeemed'),
        t('cityOffice.voided'),
        t('cityOffice.budget'),
        t('cityOffice.budgetUsed'),
      ]}
      rows={figures.data?.communities.map((row) => [
        row.communityCode,
        row.creditedReports,
        row.earned,
        row.redeemed,
        row.voided,
        row.budget,
        row.budgetUsedPercent,
      ])}
      failed={figures.isError}
      filename={`points-figures-${month}.csv`}
      csv={async () => dataOf(await api.GET('/api/v1/points-figures', { params: { query: { month, format: 'csv' } }, parseAs: 'text' }))}
    />
  );
}
