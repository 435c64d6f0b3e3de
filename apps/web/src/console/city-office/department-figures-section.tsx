import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { localized } from '../console-types';
import { FiguresSection } from './figures-section';
import { jsonAnswer } from './json-answer';

/** Each department's reports: dispatched, open, overdue, and how fast it acknowledges and resolves them. */
export function DepartmentFiguresSection() {
  const { t, i18n } = useTranslation();
  const figures = useQuery({
    queryKey: ['department-figures'],
    queryFn: async () => jsonAnswer(dataOf(await api.GET('/api/v1/department-figures'))),
  });
  return (
    <FiguresSection
      id="department-figures"
      title={t('cityOffice.departmentFigures')}
      columns={[
        t('cityOffice.department'),
        t('cityOffice.dispatched'),
        t('cityOffice.open'),
        t('cityOffice.overdue'),
        t('cityOffice.acknowledged'),
        t('cityOffice.medianToAcknowledge'),
        t('cityOffice.resolved'),
        t('cityOffice.medianToResolve'),
      ]}
      rows={figures.data?.departments.map((row) => [
        localized(row.name, i18n.language),
        row.dispatched,
        row.open,
        row.overdue,
        row.acknowledged,
        row.medianMinutesToAcknowledge,
        row.resolved,
        row.medianMinutesToResolve,
      ])}
      failed={figures.isError}
      filename="department-figures.csv"
      csv={async () => dataOf(await api.GET('/api/v1/department-figures', { params: { query: { format: 'csv' } }, parseAs: 'text' }))}
    />
  );
}
