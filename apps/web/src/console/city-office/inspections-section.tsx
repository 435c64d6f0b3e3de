import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { type Station, stationName, useAllStations, useDistricts } from './city-office-queries';
import { FiguresSection } from './figures-section';
import { SelectField } from './form-parts';
import { RecordInspectionForm } from './inspection-form';
import { cityMinute } from './periods';

/** A station that has been built: one an inspection may have been recorded for (a passed one moved it on). */
const INSPECTED_STATUSES = new Set(['built', 'accepted', 'operating', 'suspended', 'closed']);

/** 验收: the built stations awaiting their acceptance inspection, a form to record one, and a station's inspections. */
export function InspectionsSection() {
  const { t, i18n } = useTranslation();
  const stations = useAllStations();
  const districts = useDistricts();
  const [shown, setShown] = useState('');
  const awaiting = stations.data?.filter(({ status }) => status === 'built');

  return (
    <>
      <FiguresSection
        id="awaiting-acceptance"
        title={t('cityOffice.awaitingAcceptance')}
        columns={[t('cityOffice.station'), t('cityOffice.district'), t('cityOffice.address'), t('cityOffice.builtSince')]}
        rows={awaiting?.map((station) => [
          stationName(station, i18n.language),
          districts.nameOf(station.districtCode),
          station.address,
          (station.updatedAt ?? station.createdAt).slice(0, 10),
        ])}
        failed={stations.isError}
        filename="stations-awaiting-acceptance.csv"
        actions={<RecordInspectionForm stations={awaiting ?? []} onRecorded={setShown} />}
      />
      <StationInspections
        stations={(stations.data ?? []).filter(({ status }) => INSPECTED_STATUSES.has(status))}
        stationId={shown}
        onChoose={setShown}
      />
    </>
  );
}

function StationInspections({ stations, stationId, onChoose }: { stations: Station[]; stationId: string; onChoose: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const inspections = useQuery({
    queryKey: ['inspections', stationId],
    queryFn: async () =>
      dataOf(await api.GET('/api/v1/stations/{id}/inspections', { params: { path: { id: stationId }, query: { limit: 100 } } })).items,
    enabled: stationId !== '',
  });
  const station = stations.find(({ id }) => id === stationId);

  return (
    <FiguresSection
      id="inspections"
      title={t('cityOffice.inspections')}
      toolbar={
        <SelectField
          id="inspections-station"
          label={t('cityOffice.inspectionsOf')}
          value={stationId}
          onChange={(event) => onChoose(event.target.value)}
          options={[
            { value: '', label: t('cityOffice.chooseStation') },
            ...stations.map((item) => ({ value: item.id, label: stationName(item, i18n.language) })),
          ]}
        />
      }
      columns={[
        t('cityOffice.inspectedAt'),
        t('cityOffice.verdict'),
        t('cityOffice.failedItems'),
        t('cityOffice.rectifications'),
        t('cityOffice.inspectionNotes'),
      ]}
      rows={
        stationId === ''
          ? []
          : inspections.data?.map((inspection) => [
              cityMinute(inspection.inspectedAt),
              inspection.passed ? t('cityOffice.passed') : t('cityOffice.failed'),
              inspection.results
                .filter(({ result }) => result === 'fail')
                .map(({ itemCode }) => itemCode)
                .join(' '),
              inspection.rectifications.map(({ action, deadline }) => t('cityOffice.rectification', { action, deadline })).join('; '),
              inspection.notes,
            ])
      }
      failed={inspections.isError}
      filename={`inspections-${station ? stationName(station, 'en').replace(/[^\w-]+/g, '-') : 'station'}.csv`}
    />
  );
}
