import { StationProgressView } from '@waystation/http-api';
import { stringify } from 'csv-stringify/sync';

const COLUMNS = [
  'districtCode',
  'target',
  'planned',
  'underConstruction',
  'built',
  'accepted',
  'operating',
  'suspended',
  'closed',
] as const;

/** The stations without a district, and every district together, in the district column. */
export const NO_DISTRICT = 'none';
export const CITY_WIDE = 'city';

/**
 * The progress view as a spreadsheet: one line per district, then the city-wide line; an unset target is an
 * empty cell. It starts with a byte-order mark, so spreadsheet programs read the file as UTF-8.
 */
export function progressCsv(progress: StationProgressView): string {
  const rows = [
    ...progress.districts.map((district) => ({ ...district, districtCode: district.districtCode ?? NO_DISTRICT })),
    { ...progress.city, districtCode: CITY_WIDE },
  ];
  return stringify(rows, { bom: true, header: true, columns: [...COLUMNS], cast: { number: String } });
}
