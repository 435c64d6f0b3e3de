import { Injectable } from '@nestjs/common';
import { AreaCode, GeoPoint, parentAreaCodeOf } from '@waystation/contracts';
import { containingArea } from '@waystation/geo';
import { DataSource, In } from 'typeorm';
import { UnknownCommunityError } from './area-errors';
import { Area } from './area.entity';

/** The community a point lies in, with the street and district that community lies in. */
export interface AreaLocation {
  community: Area;
  street: Area;
  district: Area;
}

/** Finds which area of the city map a point lies in. */
@Injectable()
export class AreaLocator {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The community containing the point, or null when none does. The GiST index on the bounding boxes narrows the
   * candidates; `containingArea` decides (a shared edge goes to the lower code).
   */
  async locate(point: GeoPoint): Promise<AreaLocation | null> {
    const candidates = await this.dataSource
      .getRepository(Area)
      .createQueryBuilder('area')
      .where(`area.level = 'community'`)
      .andWhere('point(:lng, :lat) <@ area.bounds', point)
      .getMany();
    const community = containingArea(candidates, point);
    if (!community) return null;
    const street = parentAreaCodeOf(community.code) as AreaCode;
    const district = parentAreaCodeOf(street) as AreaCode;
    const ancestors = new Map(
      (await this.dataSource.getRepository(Area).findBy({ code: In([street, district]) })).map((area) => [area.code, area]),
    );
    // The import refuses a community without its street and district, and areas are never deleted.
    return { community, street: ancestors.get(street) as Area, district: ancestors.get(district) as Area };
  }

  /** The community a station at `location` belongs to: the one named, which must exist, else the one containing it. */
  async communityFor(location: GeoPoint, named: AreaCode | undefined): Promise<AreaCode | null> {
    if (named === undefined) return (await this.locate(location))?.community.code ?? null;
    if (!(await this.dataSource.getRepository(Area).existsBy({ code: named, level: 'community' }))) throw new UnknownCommunityError(named);
    return named;
  }
}
