import { boundedTextSchema } from '@waystation/contracts';
import { z } from 'zod';
import { createStationSchema } from './station-commands';

/** The largest CSV file an import reads (2 MiB: some 10,000 rows of a city's spreadsheet). */
export const STATION_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** The most rows one import takes. */
export const STATION_IMPORT_MAX_ROWS = 5_000;

/**
 * One row of an import: a registration's body plus the spreadsheet's own key for the station, which makes
 * importing the same file again change nothing.
 */
export const importStationRowSchema = createStationSchema.extend({
  externalRef: boundedTextSchema(100).describe("The city's own id of the station, unique in the registry"),
});
export type ImportStationRow = z.output<typeof importStationRowSchema>;

/** The CSV file itself; `text/csv`, UTF-8, a header row naming the columns. */
export const stationImportCsvSchema = z
  .string()
  .describe(
    'CSV (UTF-8) with a header row. Columns: externalRef, name (zh-CN), district, address, lat, lng (required); nameEn, ' +
      'districtCode, hostOrganisation, contactPhone, capacity, amenities and services (each separated by ";"), status ' +
      '(optional; planned when empty). Opening hours are entered on the station afterwards',
  );

export const stationImportResultSchema = z.object({
  created: z.number().int(),
  unchanged: z.number().int().describe('Rows whose externalRef was imported before with the same values'),
  stations: z.array(
    z.object({
      row: z.number().int().describe('Line in the file; the header is line 1'),
      externalRef: z.string(),
      stationId: z.uuid(),
      outcome: z.enum(['created', 'unchanged']),
    }),
  ),
});
export type StationImportResult = z.infer<typeof stationImportResultSchema>;
