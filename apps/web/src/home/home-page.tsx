import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import { stationName } from '../stations/station-text';
import { AMENITIES, type HomeView, type NearbyStation } from '../vocabulary';
import { DEFAULT_FILTERS, distanceParts, homeQuery, type Position, type StationFilters } from './station-filters';
import { useDevicePosition } from './use-device-position';

// Leaflet is the largest part of the app: loaded only once the home screen shows a map.
const StationMap = lazy(() => import('./station-map'));

/** The worker's first screen: the nearest open stations (list and map), points, notifications, open reports. */
export function HomePage() {
  const { t } = useTranslation();
  const device = useDevicePosition();
  const [filters, setFilters] = useState<StationFilters>(DEFAULT_FILTERS);

  return (
    <main className="page">
      <h1>{t('home.title')}</h1>
      {device.status === 'locating' ? (
        <p role="status">{t('home.locating')}</p>
      ) : (
        <>
          {device.status === 'unavailable' && <p role="status">{t('home.locationUnavailable')}</p>}
          <HomeContent position={device.position} filters={filters} onFiltersChange={setFilters} />
        </>
      )}
    </main>
  );
}

function HomeContent({
  position,
  filters,
  onFiltersChange,
}: {
  position: Position;
  filters: StationFilters;
  onFiltersChange: (filters: StationFilters) => void;
}) {
  const { t } = useTranslation();
  const home = useQuery({
    queryKey: ['home', position, filters],
    queryFn: async () => dataOf(await api.GET('/api/v1/me/home', { params: { query: homeQuery(position, filters) } })),
    placeholderData: (previous) => previous,
  });

  if (home.isError) return <p role="alert">{t('errors.unexpected')}</p>;
  if (!home.data) return <p role="status">{t('home.loading')}</p>;
  return (
    <>
      <Summary home={home.data} />
      <section aria-labelledby="stations-heading">
        <h2 id="stations-heading">{t('home.stations')}</h2>
        <Filters filters={filters} onChange={onFiltersChange} />
        <Suspense fallback={<p role="status">{t('home.mapLoading')}</p>}>
          <StationMap centre={position} stations={home.data.stations} />
        </Suspense>
        <StationList stations={home.data.stations} />
      </section>
    </>
  );
}

function Summary({ home }: { home: HomeView }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading" className="visually-hidden">
        {t('home.summary')}
      </h2>
      <dl>
        <div>
          <dt>{t('home.balance')}</dt>
          <dd data-testid="balance">{home.points.balance}</dd>
        </div>
        <div>
          <dt>{t('home.pending')}</dt>
          <dd data-testid="pending">{home.points.pending}</dd>
        </div>
        <div>
          <dt>{t('home.unreadNotifications')}</dt>
          <dd data-testid="unread">{home.unreadNotifications}</dd>
        </div>
        <div>
          <dt>{t('home.openReports')}</dt>
          <dd data-testid="open-reports">{home.openReports.length}</dd>
        </div>
      </dl>
      {home.openReports.length > 0 && (
        <ul aria-label={t('home.openReports')} className="open-reports">
          {home.openReports.map((report) => (
            <li key={report.id}>
              {i18n.language === 'en' ? report.category.name.en : report.category.name['zh-CN']} · {t(`reportStatus.${report.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Filters({ filters, onChange }: { filters: StationFilters; onChange: (filters: StationFilters) => void }) {
  const { t } = useTranslation();
  const toggleAmenity = (amenity: (typeof AMENITIES)[number], on: boolean) =>
    onChange({ ...filters, amenities: on ? [...filters.amenities, amenity] : filters.amenities.filter((item) => item !== amenity) });
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('home.filters')}</legend>
        <div className="checkbox">
          <input
            id="open-now"
            type="checkbox"
            checked={filters.openNow}
            onChange={(event) => onChange({ ...filters, openNow: event.target.checked })}
          />
          <label htmlFor="open-now">{t('home.openNow')}</label>
        </div>
        <div className="checkbox">
          <input
            id="free-seats"
            type="checkbox"
            checked={filters.hasFreeSeats}
            onChange={(event) => onChange({ ...filters, hasFreeSeats: event.target.checked })}
          />
          <label htmlFor="free-seats">{t('home.hasFreeSeats')}</label>
        </div>
        <details>
          <summary>{t('home.amenities')}</summary>
          {AMENITIES.map((amenity) => (
            <div className="checkbox" key={amenity}>
              <input
                id={`amenity-${amenity}`}
                type="checkbox"
                checked={filters.amenities.includes(amenity)}
                onChange={(event) => toggleAmenity(amenity, event.target.checked)}
              />
              <label htmlFor={`amenity-${amenity}`}>{t(`amenity.${amenity}`)}</label>
            </div>
          ))}
        </details>
      </fieldset>
    </form>
  );
}

function StationList({ stations }: { stations: NearbyStation[] }) {
  const { t, i18n } = useTranslation();
  if (stations.length === 0) return <p>{t('home.noStations')}</p>;
  return (
    <ol className="stations" aria-label={t('home.stationList')}>
      {stations.map((station) => {
        const distance = distanceParts(station.distanceMeters);
        return (
          <li key={station.id}>
            <Link to={`/stations/${station.id}`}>{stationName(station, i18n.language)}</Link>
            <span className="meta">
              {t(distance.key, { value: distance.value })} · {station.openNow ? t('station.openNow') : t('station.closedNow')}
              {station.freeSeats !== null && <> · {t('station.freeSeats', { seats: station.freeSeats })}</>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
