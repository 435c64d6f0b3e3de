import { ImportStationRow, importStationRowSchema, STATION_IMPORT_MAX_ROWS } from '@waystation/http-api';
import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';

/** A problem with one cell, or with a whole row when `column` is null; `row` is the line in the file. */
export interface CsvRowError {
  row: number;
  column: string | null;
  message: string;
}

export interface CsvStationRow {
  row: number;
  station: ImportStationRow;
}

export type StationCsv = { kind: 'valid'; rows: CsvStationRow[] } | { kind: 'invalid'; errors: CsvRowError[] };

const REQUIRED_COLUMNS = ['externalRef', 'name', 'district', 'address', 'lat', 'lng'] as const;
/** Opening hours are a weekly schedule with exceptions, no cell's worth: the station's manager enters them. */
const OPTIONAL_COLUMNS = [
  'nameEn',
  'districtCode',
  'hostOrganisation',
  'contactPhone',
  'capacity',
  'amenities',
  'services',
  'status',
] as const;
const KNOWN_COLUMNS = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
const HEADER_ROW = 1;

/** An empty cell is a value left out, so the registration's defaults apply to it. */
const cell = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
const numberCell = (value: string | undefined) => {
  const text = cell(value);
  return text === undefined ? undefined : Number(text);
};

const listCell = (value: string | undefined) =>
  cell(value)
    ?.split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** A row as the registration body it stands for, before validation: `name` is the zh-CN name, `nameEn` the English one. */
function bodyOf(record: Record<string, string>): unknown {
  const nameEn = cell(record.nameEn);
  return {
    externalRef: cell(record.externalRef),
    names: { 'zh-CN': cell(record.name), ...(nameEn === undefined ? {} : { en: nameEn }) },
    district: cell(record.district),
    districtCode: cell(record.districtCode),
    address: cell(record.address),
    location: { lat: numberCell(record.lat), lng: numberCell(record.lng) },
    hostOrganisation: cell(record.hostOrganisation),
    contactPhone: cell(record.contactPhone),
    capacity: numberCell(record.capacity),
    amenities: listCell(record.amenities),
    services: listCell(record.services),
    status: cell(record.status),
  };
}

/**
 * The CSV column a field of the body came from: `location.lat` from `lat`, `names.en` from `nameEn`, `amenities.2`
 * from `amenities`.
 */
function columnOf(path: readonly PropertyKey[]): string | null {
  if (path[0] === 'location' && typeof path[1] === 'string') return path[1];
  if (path[0] === 'names') return path[1] === 'en' ? 'nameEn' : 'name';
  return typeof path[0] === 'string' ? path[0] : null;
}

function headerErrors(columns: readonly string[]): CsvRowError[] {
  return [
    ...REQUIRED_COLUMNS.filter((column) => !columns.includes(column)).map((column) => ({
      row: HEADER_ROW,
      column,
      message: 'required column is missing',
    })),
    ...columns
      .filter((column, index) => KNOWN_COLUMNS.has(column) && columns.indexOf(column) !== index)
      .map((column) => ({ row: HEADER_ROW, column, message: 'column appears twice' })),
    ...columns
      .filter((column) => !KNOWN_COLUMNS.has(column))
      .map((column) => ({ row: HEADER_ROW, column, message: `unknown column (known: ${[...KNOWN_COLUMNS].join(', ')})` })),
  ];
}

/**
 * Reads a city's station spreadsheet: every row is validated as a registration body plus its `externalRef`,
 * and every problem is named by line and column, so the whole file can be fixed at once. A file that does not
 * parse as CSV gets the one error the parser stops at.
 */
export function readStationCsv(text: string): StationCsv {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let columns: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      info: true,
      columns: (header: string[]) => (columns = header.map((name) => name.trim())),
    });
  } catch (error) {
    if (error instanceof CsvError)
      return {
        kind: 'invalid',
        errors: [{ row: typeof error.lines === 'number' ? error.lines : HEADER_ROW, column: null, message: error.message }],
      };
    throw error;
  }
  const header = headerErrors(columns);
  if (header.length) return { kind: 'invalid', errors: header };
  if (records.length === 0) return { kind: 'invalid', errors: [{ row: HEADER_ROW, column: null, message: 'the file has no stations' }] };
  if (records.length > STATION_IMPORT_MAX_ROWS)
    return { kind: 'invalid', errors: [{ row: HEADER_ROW, column: null, message: `at most ${STATION_IMPORT_MAX_ROWS} rows per import` }] };

  const rows: CsvStationRow[] = [];
  const errors: CsvRowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { record, info } of records) {
    const parsed = importStationRowSchema.safeParse(bodyOf(record));
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => ({ row: info.lines, column: columnOf(issue.path), message: messageOf(issue) })));
      continue;
    }
    const earlier = firstRowOf.get(parsed.data.externalRef);
    if (earlier !== undefined) {
      errors.push({ row: info.lines, column: 'externalRef', message: `the same externalRef as row ${earlier}` });
      continue;
    }
    firstRowOf.set(parsed.data.externalRef, info.lines);
    rows.push({ row: info.lines, station: parsed.data });
  }
  return errors.length ? { kind: 'invalid', errors } : { kind: 'valid', rows };
}

const LIST_ITEM: Partial<Record<PropertyKey, string>> = { amenities: 'amenity', services: 'service' };

function messageOf(issue: z.core.$ZodIssue): string {
  const item = LIST_ITEM[issue.path[0]];
  return item && typeof issue.path[1] === 'number' ? `${item} ${issue.path[1] + 1}: ${issue.message}` : issue.message;
}
