import { Injectable } from '@nestjs/common';
import { Amenity, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource, FindOptionsWhere, MoreThan } from 'typeorm';
import { openCheckInsOf } from '../check-ins/open-check-ins.sql';
import { boundingBox, EARTH_RADIUS_METERS } from './geo';
import { StationNotFoundError } from './station-errors';
import { Station } from './station.entity';

// Differences are rounded to a nanodegree (0.1 mm) before the trigonometry: PostgreSQL fails a query whose
// float arithmetic underflows ("value out of range: underflow") instead of answering 0, and squaring the sine
// of a difference as small as 1e-300 degrees does.
const difference = (column: string, parameter: string) => `round((${column} - ${parameter}) * 1e9) / 1e9`;

/** A search for stations around a point. */
export interface NearbySearch {
  lat: number;
  lng: number;
  /** Metres. */
  radius: number;
  amenity?: Amenity;
  openOnly: boolean;
  /** Only stations with a capacity and a seat free now. */
  hasFreeSeats: boolean;
  limit: number;
}

export interface NearbyStation {
  station: Station;
  distanceMeters: number;
}

@Injectable()
export class StationFinder {
  constructor(private readonly dataSource: DataSource) {}

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

  /** Stations within the radius, nearest first: the GiST index narrows to a box, haversine gives exact metres. */
  async nearby({ lat, lng, radius, amenity, openOnly, hasFreeSeats, limit }: NearbySearch): Promise<NearbyStation[]> {
    const box = boundingBox({ lat, lng }, radius);
    const distance = `:earthRadius * 2 * asin(sqrt(
        power(sin(radians(${difference('station.lat', ':lat')}) / 2), 2) +
        cos(radians(:lat)) * cos(radians(station.lat)) * power(sin(radians(${difference('station.lng', ':lng')}) / 2), 2)))`;
    const query = this.dataSource
      .getRepository(Station)
      .createQueryBuilder('station')
      .addSelect(distance, 'distance_meters')
      .where('station.position <@ box(point(:minLng, :minLat), point(:maxLng, :maxLat))', box)
      .andWhere(`${distance} <= :radius`)
      .setParameters({ earthRadius: EARTH_RADIUS_METERS, lat, lng, radius })
      .orderBy('distance_meters')
      .addOrderBy('station.id')
      .limit(limit);
    if (amenity) query.andWhere(':amenity = ANY (station.amenities)', { amenity });
    if (openOnly) query.andWhere(`station.status = 'operating'`);
    if (hasFreeSeats) query.andWhere(`station.capacity > ${openCheckInsOf('station')}`);
    const { entities, raw } = await query.getRawAndEntities<{ distance_meters: number }>();
    return entities.map((station, index) => ({
      station,
      distanceMeters: Math.round(raw[index].distance_meters),
    }));
  }
}
