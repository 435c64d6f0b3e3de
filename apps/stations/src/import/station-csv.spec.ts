import { STATION_IMPORT_MAX_ROWS } from '@waystation/http-api';
import { readStationCsv } from './station-csv';

const HEADER = 'externalRef,name,nameEn,district,districtCode,address,lat,lng,amenities,services,status';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe(readStationCsv.name, () => {
  const sut = readStationCsv;

  it('reads each row as a registration body with its line number, applying the defaults to empty cells', () => {
    const result = sut(
      csv(
        'JX-001,纸坊驿站,Zhifang Station,江夏区,420115,"江夏区文化大道 1 号",30.3537,114.3218,drinking-water;phone-charging; toilet,legal-aid,operating',
        'JX-002,藏龙岛驿站,,江夏区,,江夏区藏龙大道 2 号,30.41,114.42,,,',
      ),
    );

    expect(result).toEqual({
      kind: 'valid',
      rows: [
        {
          row: 2,
          station: {
            externalRef: 'JX-001',
            names: { 'zh-CN': '纸坊驿站', en: 'Zhifang Station' },
            district: '江夏区',
            districtCode: '420115',
            address: '江夏区文化大道 1 号',
            location: { lat: 30.3537, lng: 114.3218 },
            hostOrganisation: null,
            contactPhone: null,
            capacity: null,
            photos: [],
            openingHours: null,
            amenities: ['drinking-water', 'phone-charging', 'toilet'],
            services: ['legal-aid'],
            status: 'operating',
          },
        },
        {
          row: 3,
          station: {
            externalRef: 'JX-002',
            names: { 'zh-CN': '藏龙岛驿站' },
            district: '江夏区',
            address: '江夏区藏龙大道 2 号',
            location: { lat: 30.41, lng: 114.42 },
            hostOrganisation: null,
            contactPhone: null,
            capacity: null,
            photos: [],
            openingHours: null,
            amenities: [],
            services: [],
            status: 'planned',
          },
        },
      ],
    });
  });

  it('names every bad cell by line and column, the way the spreadsheet shows them', () => {
    const result = sut(
      csv(
        'JX-001,纸坊驿站,,江夏区,420115,江夏区 1 号,north,114.3,toilet,,',
        'JX-002,,,江夏区,4201,江夏区 2 号,30.3,181,toilet;sauna,Not Kebab,demolished',
        'JX-003,驿站,,江夏区,,江夏区 3 号,30.3,114.3,,,accepted',
      ),
    );

    expect(
      result.kind === 'invalid' && [...result.errors].sort((a, b) => a.row - b.row || String(a.column).localeCompare(String(b.column))),
    ).toEqual([
      { row: 2, column: 'lat', message: expect.any(String) },
      { row: 3, column: 'amenities', message: expect.stringContaining('amenity 2') },
      { row: 3, column: 'districtCode', message: 'a district code has 6 digits' },
      { row: 3, column: 'lng', message: expect.any(String) },
      { row: 3, column: 'name', message: expect.any(String) },
      { row: 3, column: 'services', message: expect.stringContaining('service 1') },
      { row: 3, column: 'status', message: expect.any(String) },
      { row: 4, column: 'status', message: expect.any(String) },
    ]);
  });

  it('refuses a file naming one externalRef twice, pointing at the first', () => {
    const result = sut(csv('JX-001,一号,,江夏区,,江夏区 1 号,30.3,114.3,,,', 'JX-001,二号,,江夏区,,江夏区 2 号,30.4,114.3,,,'));

    expect(result).toEqual({ kind: 'invalid', errors: [{ row: 3, column: 'externalRef', message: 'the same externalRef as row 2' }] });
  });

  it('names missing required and unknown columns on the header line', () => {
    const result = sut('externalRef,name,district,address,lat,longitude\nJX-1,驿站,江夏区,地址,30.3,114.3\n');

    expect(result).toEqual({
      kind: 'invalid',
      errors: [
        { row: 1, column: 'lng', message: 'required column is missing' },
        { row: 1, column: 'longitude', message: expect.stringContaining('unknown column') },
      ],
    });
  });

  it('refuses a header naming a column twice, which would hide one of its cells', () => {
    const result = sut('externalRef,name,district,address,lat,lng,lat\nJX-1,驿站,江夏区,地址,30.3,114.3,31\n');

    expect(result).toEqual({ kind: 'invalid', errors: [{ row: 1, column: 'lat', message: 'column appears twice' }] });
  });

  it('reports where a file stops being CSV', () => {
    const result = sut(csv('JX-001,"驿站,江夏区,,江夏区 1 号,30.3,114.3,,,'));

    expect(result).toEqual({ kind: 'invalid', errors: [{ row: 2, column: null, message: expect.stringContaining('Quote Not Closed') }] });
  });

  it('reports a row with more cells than the header', () => {
    const result = sut(csv('JX-001,驿站,,江夏区,,江夏区 1 号,30.3,114.3,,,,extra'));

    expect(result).toEqual({
      kind: 'invalid',
      errors: [{ row: 2, column: null, message: expect.stringContaining('Invalid Record Length') }],
    });
  });

  it('reads a file saved with a byte-order mark, and skips blank lines', () => {
    const result = sut(`\ufeff${HEADER}\n\nJX-001,驿站,,江夏区,,江夏区 1 号,30.3,114.3,,,\n\n`);

    expect(result).toMatchObject({ kind: 'valid', rows: [{ row: 3, station: { externalRef: 'JX-001' } }] });
  });

  it('refuses an empty file and one over the row limit', () => {
    const row = (index: number) => `JX-${index},驿站,,江夏区,,地址,30.3,114.3,,,`;

    expect(sut(csv())).toEqual({ kind: 'invalid', errors: [{ row: 1, column: null, message: 'the file has no stations' }] });
    expect(sut(csv(...Array.from({ length: STATION_IMPORT_MAX_ROWS + 1 }, (_, index) => row(index))))).toEqual({
      kind: 'invalid',
      errors: [{ row: 1, column: null, message: `at most ${STATION_IMPORT_MAX_ROWS} rows per import` }],
    });
  });
});
