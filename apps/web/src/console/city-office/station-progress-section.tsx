import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { FiguresSection } from './figures-section';
import { jsonAnswer } from './json-answer';
import { useDistricts } from './city-office-queries';
import { ProgressChart } from './progress-chart';
import { StationTargetForm } from './station-target-form';

/** The year's programme: planned, built, accepted and operating stations per district against the targets. */
export function StationProgressSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const progress = useQuery({
    queryKey: ['station-progress', year],
    queryFn: async () => jsonAnswer(dataOf(await api.GET('/api/v1/station-progress', { params: { query: { year } } }))),
  });
  const { nameOf: districtName } = useDistricts();
  const data = progress.data;

  return (
    <FiguresSection
      id="progress"
      title={t('cityOffice.progress', { year })}
      columns={[
        t('cityOffice.district'),
        t('cityOffice.series.target'),
        t('cityOffice.series.planned'),
        t('cityOffice.underConstruction'),
        t('cityOffice.series.built'),
        t('cityOffice.accepted'),
        t('cityOffice.series.operating'),
        t('cityOffice.suspended'),
      ]}
      rows={data?.districts.map((row) => [
        districtName(row.districtCode),
        row.target,
        row.planned,
        row.underConstruction,
        row.built,
        row.accepted,
        row.operating,
        row.suspended,
      ])}
      failed={progress.isError}
      filename={`station-progress-${year}.csv`}
      csv={async () => dataOf(await api.GET('/api/v1/station-progress', { params: { query: { year, format: 'csv' } }, parseAs: 'text' }))}
      actions={<StationTargetForm year={year} />}
    >
      {data && (
        <>
          <p className="headline" data-testid="progress-headline">
            {t('cityOffice.headline', {
              target: data.city.target ?? data.city.planned,
              planned: data.city.planned,
              built: data.city.built,
            })}
          </p>
          <ProgressChart
            title={t('cityOffice.chartTitle', { year })}
            bars={data.districts.map((row) => ({ ...row, label: districtName(row.districtCode) }))}
          />
        </>
      )}
    </FiguresSection>
  );
}
