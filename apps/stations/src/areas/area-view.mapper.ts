import { AreaImportResultView, AreaLocationView, AreaSummaryView, AreaView, ImportAreas } from '@waystation/http-api';
import { AreaImportResult } from './area-import.service';
import { AreaLocation } from './area-locator.service';
import { Area } from './area.entity';
import { ImportedArea } from './imported-area';

export function toImportedAreas(collection: ImportAreas): ImportedArea[] {
  return collection.features.map(({ properties, geometry }) => ({ ...properties, boundary: geometry }));
}

export function toAreaSummaryView(area: Area): AreaSummaryView {
  return {
    code: area.code,
    level: area.level,
    parentCode: area.parentCode,
    nameZh: area.nameZh,
    nameEn: area.nameEn,
    bbox: [area.minLng, area.minLat, area.maxLng, area.maxLat],
    demo: area.demo,
    updatedAt: area.updatedAt.toISOString(),
  };
}

export function toAreaView(area: Area): AreaView {
  return { ...toAreaSummaryView(area), boundary: area.boundary };
}

export function toAreaLocationView(location: AreaLocation | null): AreaLocationView {
  if (!location) return { community: null, street: null, district: null };
  return {
    community: toAreaSummaryView(location.community),
    street: toAreaSummaryView(location.street),
    district: toAreaSummaryView(location.district),
  };
}

export const toAreaImportResultView = (result: AreaImportResult): AreaImportResultView => result;
