import { Injectable } from '@nestjs/common';
import { Amenity, Page, PageRequest, StationServiceCode, StationStatus, toPage } from '@waystation/contracts';
import { DataSource, FindOptionsWhere, In, MoreThan } from 'typeorm';
import { openCheckInsOf } from '../check-ins/open-check-ins.sql';
import { OpeningHoursCalendar, OpeningState } from '../opening-hours/opening-hours-calendar';
import { boundingBox, EARTH_RADIUS_METERS } from './geo';
import { StationNotFoundError } from './station-errors';
import { Station } from './station.entity';

// Differences are rounded to a nanodegree (0.1 mm) before the trigonometry: PostgreSQL fails a query whose
// float arithmetic underflows ("value out of range: underflow") instead of answering 0, and squaring the sine
// of a difference as small as 1e-300 degrees does.
const difference = (column: string, parameter: string) => `round((${column} - ${parameter}) * 1e9) / 1e9`;

// From the position (lng, lat), not the lat and lng columns: the search index holds it, the table's columns it does not.
const LAT = 'station.position[1]';
const LNG = 'station.position[0]';
const DISTANCE = `:earthRadius * 2 * asin(sqrt(
    power(sin(radians(${difference(LAT, ':lat')}) / 2), 2) +
    cos(radians(:lat)) * cos(radians(${LAT})) * power(sin(radians(${difference(LNG, ':lng')}) / 2), 2)))`;

/**
 * Open at `:openAt`: around an exception day its exact open instants decide, elsewhere the regular week's minutes
 * (both derived from the hours on every write, see `searchableHours`).
 */
const OPEN_AT = `CASE WHEN station.exception_windows @> CAST(:openAt AS timestamptz)
    THEN station.exception_open @> CAST(:openAt AS timestamptz)
    ELSE station.week_open_minutes @> CAST(:weekMinute AS integer) END`;

/** A search for stations around a point. */
export interface NearbySearch {
  lat: number;
  lng: number;
  /** Metres. */
  radius: number;
  /** Every one of them. */
  amenities: Amenity[];
  service?: StationServiceCode;
  /** Only stations open at this instant. */
  openAt?: Date;
  status: StationStatus;
  /** After this (distance, id), from a previous page. */
  after?: NearbyCursor;
  /** Only stations with a capacity and a seat free now. */
  hasFreeSeats: boolean;
  limit: number;
}

export interface NearbyCursor {
  distanceMeters: number;
  stationId: string;
}

export interface NearbyStation {
  station: Station;
  distanceMeters: number;
  /** Now, whatever instant the search filtered on. */
  openingState: OpeningState;
}

@Injectable()
export class StationFinder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: OpeningHoursCalendar,
  ) {}

  async get(stationId: string): Promise<Station> {
    const station = await this.dataSource.getRepository(Station).findOneBy({ id: stationId });
    if (!station) throw new StationNotFoundError(stationId);
    return station;
  }

  async list({ cursor, limit }: PageRequest): Promise<Page<Station>> {
    const where: FindOptionsWhere<Station> = cursor ? { id: MoreThan(cursor) } : {};
    const rows = await this.dataSource.getRepository(Station).find({ where, order: { id: 'ASC' }, take: limit + 1 });
    return toPage(
      rows,
      limit,
      (station) => station,
      (station) => station.id,
    );
  }

  /**
   * Stations within the radius, nearest first. The first query reads only the search index (an index-only scan
   * of the radius's box, every filter included, opening hours too); haversine gives exact metres. The second
   * reads the page's stations, whose exact opening state is then computed here.
   */
  async nearby(search: NearbySearch): Promise<Page<NearbyStation>> {
    const { lat, lng, radius, amenities, service, openAt, status, hasFreeSeats, after, limit } = search;
    const box = boundingBox({ lat, lng }, radius);
    const query = this.dataSource
      .getRepository(Station)
      .createQueryBuilder('station')
      .select('station.id', 'id')
      .addSelect(DISTANCE, 'distance_meters')
      .where('station.position <@ box(point(:minLng, :minLat), point(:maxLng, :maxLat))', box)
      .andWhere(`${DISTANCE} <= :radius`)
      .andWhere('station.status = :status', { status })
      .setParameters({ earthRadius: EARTH_RADIUS_METERS, lat, lng, radius })
      .orderBy('distance_meters')
      .addOrderBy('station.id')
      .limit(limit + 1);
    if (amenities.length > 0) query.andWhere('station.amenities @> CAST(:amenities AS text[])', { amenities });
    if (service) query.andWhere(':service = ANY (station.services)', { service });
    if (hasFreeSeats) query.andWhere(`station.capacity > ${openCheckInsOf('station')}`);
    if (openAt) query.andWhere(OPEN_AT, { openAt: openAt.toISOString(), weekMinute: this.calendar.weekMinuteAt(openAt) });
    if (after) {
      query.andWhere(`(${DISTANCE}, station.id) > (CAST(:afterDistance AS double precision), CAST(:afterId AS uuid))`, {
        afterDistance: after.distanceMeters,
        afterId: after.stationId,
      });
    }
    const found = await query.getRawMany<{ id: string; distance_meters: number }>();
    const stations = new Map(
      (await this.dataSource.getRepository(Station).findBy({ id: In(found.slice(0, limit).map((row) => row.id)) })).map((station) => [
        station.id,
        station,
      ]),
    );
    const now = new Date();
    return toPage(
      found,
      limit,
      ({ id, distance_meters }) => {
        // Stations are never deleted, so each one the first query found is there.
        const station = stations.get(id) as Station;
        return { station, distanceMeters: Math.round(distance_meters), openingState: this.calendar.stateAt(station.openingHours, now) };
      },
      ({ id, distance_meters }) => encodeNearbyCursor({ distanceMeters: distance_meters, stationId: id }),
    );
  }
}

/** `<exact distance>:<station id>`: exact, so the next page starts right after the last row of this one. */
export function encodeNearbyCursor({ distanceMeters, stationId }: NearbyCursor): string {
  return `${distanceMeters}:${stationId}`;
}

export function decodeNearbyCursor(cursor: string): NearbyCursor {
  const separator = cursor.lastIndexOf(':');
  return { distanceMeters: Number(cursor.slice(0, separator)), stationId: cursor.slice(separator + 1) };
}
