import { Injectable } from '@nestjs/common';
import { AreaCode, districtCodeOf, GeoPoint } from '@waystation/contracts';
import { containingArea } from '@waystation/geo';
import { EntityManager } from 'typeorm';
import { CityArea } from './city-area.entity';

/** Where on the city map a report belongs. */
export interface ReportPlace {
  communityCode: AreaCode;
  districtCode: AreaCode;
}

/** Finds the community a point lies in on reports' copy of the city map, as stations does on its own. */
@Injectable()
export class CommunityLocator {
  /**
   * The community containing the point and its district, or null outside every community (outside the service
   * area). The GiST index on the bounding boxes narrows the candidates; `containingArea` decides, a shared edge
   * going to the lower code.
   */
  async locate(manager: EntityManager, point: GeoPoint): Promise<ReportPlace | null> {
    const candidates = await manager
      .getRepository(CityArea)
      .createQueryBuilder('area')
      .where(`area.level = 'community'`)
      .andWhere('point(:lng, :lat) <@ area.bounds', { lng: point.lng, lat: point.lat })
      .getMany();
    const community = containingArea(candidates, point);
    // Community codes extend their district's, so the district needs no lookup (and no waiting for its event).
    return community ? { communityCode: community.code, districtCode: districtCodeOf(community.code) } : null;
  }
}
