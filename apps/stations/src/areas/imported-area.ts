import { AreaBoundary, AreaCode, AreaLevel } from '@waystation/contracts';

/** One feature of an imported map, as the city office sent it. */
export interface ImportedArea {
  code: AreaCode;
  level: AreaLevel;
  nameZh: string;
  nameEn: string;
  demo: boolean;
  boundary: AreaBoundary;
}
