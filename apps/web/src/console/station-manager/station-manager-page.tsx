import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';
import { stationName } from '../../stations/station-text';
import { RedemptionDesk } from './redemption-desk';
import { RotatingCode } from './rotating-code';
import { StationProfile } from './station-profile';
import { StationSessions } from './station-sessions';

/** A station manager's desk: pick one of my stations, then its check-in code, redemptions, sessions and profile. */
export function StationManagerPage() {
  const { t } = useTranslation();
  const me = useQuery({ queryKey: ['me'], queryFn: async () => dataOf(await api.GET('/api/v1/me')) });
  const [chosen, setChosen] = useState<string | null>(null);
  const stationIds = me.data?.scopes.stations ?? [];
  const stationId = chosen ?? stationIds[0] ?? null;

  return (
    <main className="console-page" aria-labelledby="station-manager-title">
      <h1 id="station-manager-title">{t('stationManager.title')}</h1>
      {!me.data ? (
        <p role={me.isError ? 'alert' : 'status'}>{me.isError ? t('errors.unexpected') : t('console.loading')}</p>
      ) : stationId === null ? (
        <p>{t('stationManager.noStations')}</p>
      ) : (
        <>
          {stationIds.length > 1 && (
            <>
              <label htmlFor="station-choice">{t('stationManager.station')}</label>
              <select id="station-choice" value={stationId} onChange={(event) => setChosen(event.target.value)}>
                {stationIds.map((id) => (
                  <StationOption key={id} id={id} />
                ))}
              </select>
            </>
          )}
          <ManagedStation key={stationId} stationId={stationId} />
        </>
      )}
    </main>
  );
}

const useStation = (id: string) =>
  useQuery({
    queryKey: ['station', id],
    queryFn: async () => dataOf(await api.GET('/api/v1/stations/{id}', { params: { path: { id } } })),
  });

function StationOption({ id }: { id: string }) {
  const { i18n } = useTranslation();
  const station = useStation(id);
  return <option value={id}>{station.data ? stationName(station.data, i18n.language) : id}</option>;
}

function ManagedStation({ stationId }: { stationId: string }) {
  const { t, i18n } = useTranslation();
  const station = useStation(stationId);
  return (
    <>
      {station.data && <p className="station-name">{stationName(station.data, i18n.language)}</p>}
      <div className="console-columns">
        <RotatingCode stationId={stationId} />
        <RedemptionDesk />
      </div>
      <StationSessions stationId={stationId} />
      {station.data ? <StationProfile station={station.data} /> : <p role="status">{t('console.loading')}</p>}
    </>
  );
}
