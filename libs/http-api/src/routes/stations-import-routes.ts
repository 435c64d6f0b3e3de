import { stationImportCsvSchema, stationImportResultSchema } from '../stations/station-import';
import { defineRoute } from './route';

/** The stations service's internal API for bulk import from a city's spreadsheet. */
export const StationsImportRoutes = {
  importCsv: defineRoute({
    method: 'POST',
    path: '/stations/import',
    bodyMediaType: 'text/csv',
    body: stationImportCsvSchema,
    response: stationImportResultSchema,
  }),
};
