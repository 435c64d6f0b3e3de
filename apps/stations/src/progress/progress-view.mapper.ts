import { DistrictTargetView } from '@waystation/http-api';
import { DistrictTarget } from './district-target.entity';

export function toDistrictTargetView(target: DistrictTarget): DistrictTargetView {
  return {
    districtCode: target.districtCode,
    year: target.year,
    plannedCount: target.plannedCount,
    setBy: target.setBy,
    setAt: target.setAt.toISOString(),
  };
}
