import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/api-client';
import { ApiProblem, dataOf } from '../api/api-problem';
import { CheckInPanel } from '../check-in/check-in-panel';
import { useSession } from '../session/use-session';
import type { Station } from '../vocabulary';
import { OpeningHoursTable } from './opening-hours-table';
import { StationSessions } from './station-sessions';
import { directionsHref, stationName } from './station-text';

/** One station: where it is, its hours, amenities and services, how full it is, and the way there. */
export function StationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const station = useQuery({
    queryKey: ['station', id],
    queryFn: async () => dataOf(await api.GET('/api/v1/stations/{id}', { params: { path: { id } } })),
    retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
  });

  return (
    <main className="page">
      <p>
        <Link to="/">{t('station.back')}</Link>
      </p>
      {station.isError ? (
        <p role="alert">
          {station.error instanceof ApiProblem && station.error.status === 404 ? t('station.notFound') : t('errors.unexpected')}
        </p>
      ) : station.data ? (
        <StationDetails station={station.data} />
      ) : (
        <p role="status">{t('station.loading')}</p>
      )}
    </main>
  );
}

function StationDetails({ station }: { station: Station }) {
  const { t, i18n } = useTranslation();
  const services = useQuery({
    queryKey: ['station-service-types'],
    queryFn: async () => dataOf(await api.GET('/api/v1/station-service-types')),
    staleTime: 60 * 60_000,
  });
  const serviceName = (code: string) => {
    const names = services.data?.items.find((type) => type.code === code)?.names;
    return names ? (i18n.language === 'en' ? names.en : names['zh-CN']) : code;
  };
  const name = stationName(station, i18n.language);
  const signedIn = useSession() !== null;

  return (
    <article aria-labelledby="station-name">
      <h1 id="station-name">{name}</h1>
      <p>{station.address}</p>
      <p>
        <a className="button" href={directionsHref(station.location, name)}>
          {t('station.directions')}
        </a>
      </p>
      <p data-testid="occupancy">
        {station.freeSeats === null
          ? t('station.occupancy', { people: station.occupancy })
          : t('station.freeSeats', { seats: station.freeSeats })}
      </p>
      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading">{t('station.hours')}</h2>
        {station.openingHours ? <OpeningHoursTable hours={station.openingHours} /> : <p>{t('station.hoursUnknown')}</p>}
      </section>
      <section aria-labelledby="amenities-heading">
        <h2 id="amenities-heading">{t('station.amenities')}</h2>
        {station.amenities.length > 0 ? (
          <ul>
            {station.amenities.map((amenity) => (
              <li key={amenity}>{t(`amenity.${amenity}`)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('station.none')}</p>
        )}
      </section>
      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t('station.services')}</h2>
        {station.services.length > 0 ? (
          <ul>
            {station.services.map((code) => (
              <li key={code}>{serviceName(code)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('station.none')}</p>
        )}
      </section>
      {signedIn ? (
        <CheckInPanel stationId={station.id} />
      ) : (
        <p>
          <Link to="/sign-in">{t('station.signInToCheckIn')}</Link>
        </p>
      )}
      <StationSessions stationId={station.id} signedIn={signedIn} />
      {station.contactPhone && (
        <p>
          {t('station.contact')}: <a href={`tel:${station.contactPhone}`}>{station.contactPhone}</a>
        </p>
      )}
    </article>
  );
}
