import { AreaBoundary, AreaCode, areaLevelOf } from '@waystation/contracts';
import { findImportProblems, StoredMap } from './area-import-validation';
import { ImportedArea } from './imported-area';

type Polygon = Extract<AreaBoundary, { type: 'Polygon' }>;
const rectangle = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

const area = (code: AreaCode, boundary: AreaBoundary, extra: Partial<ImportedArea> = {}): ImportedArea => ({
  code,
  level: areaLevelOf(code),
  nameZh: `区域 ${code}`,
  nameEn: `Area ${code}`,
  demo: false,
  boundary,
  ...extra,
});

const district = area('420115', rectangle(114.28, 30.33, 114.36, 30.42));
const street = area('420115001', rectangle(114.28, 30.33, 114.32, 30.375));
const community = area('420115001001', rectangle(114.28, 30.33, 114.3, 30.35));
const none: StoredMap = { boundaries: new Map(), children: [] };
const storing = (...stored: ImportedArea[]): StoredMap => ({ boundaries: new Map(stored.map((a) => [a.code, a.boundary])), children: [] });

describe(findImportProblems.name, () => {
  const sut = findImportProblems;

  it('finds nothing wrong with a district, a street inside it and a community inside that, sharing edges', () => {
    expect(sut([district, street, community], none)).toEqual([]);
  });

  it('finds nothing wrong with features listed children first', () => {
    expect(sut([community, street, district], none)).toEqual([]);
  });

  it('takes a parent that is not in the file from the stored map', () => {
    expect(sut([community], storing(street))).toEqual([]);
  });

  it('accepts a MultiPolygon community whose parts both lie inside its street', () => {
    const parts: AreaBoundary = {
      type: 'MultiPolygon',
      coordinates: [rectangle(114.28, 30.33, 114.29, 30.34).coordinates, rectangle(114.3, 30.35, 114.31, 30.36).coordinates],
    };

    expect(sut([district, street, area('420115001002', parts)], none)).toEqual([]);
  });

  it('reports an open ring with its feature index, code, polygon and ring', () => {
    const open = area('420115001002', {
      type: 'Polygon',
      coordinates: [rectangle(114.28, 30.33, 114.29, 30.34).coordinates[0].slice(0, 4)],
    });

    expect(sut([district, street, open], none)).toEqual([
      {
        index: 2,
        code: '420115001002',
        problem: 'ring-not-closed',
        message: 'Ring 0 of polygon 0 is open: it starts at [114.28, 30.33] and ends at [114.28, 30.34]',
      },
    ]);
  });

  it('reports a ring whose edges cross (a bow tie) with where they cross', () => {
    const bowTie = area('420115001002', {
      type: 'Polygon',
      coordinates: [
        [
          [114.28, 30.33],
          [114.3, 30.35],
          [114.3, 30.33],
          [114.28, 30.35],
          [114.28, 30.33],
        ],
      ],
    });

    const problems = sut([district, street, bowTie], none);

    expect(problems).toEqual([expect.objectContaining({ index: 2, code: '420115001002', problem: 'self-intersection' })]);
    expect(problems[0].message).toContain('[114.29, 30.34]');
  });

  it('reports a community that reaches outside its street', () => {
    const sprawling = area('420115001002', rectangle(114.31, 30.36, 114.33, 30.38));

    expect(sut([district, street, sprawling], none)).toEqual([
      { index: 2, code: '420115001002', problem: 'outside-parent', message: 'It is not wholly inside its parent 420115001' },
    ]);
  });

  it('reports a street outside its district', () => {
    expect(sut([district, area('420115002', rectangle(114.35, 30.4, 114.4, 30.45))], none)).toEqual([
      expect.objectContaining({ index: 1, code: '420115002', problem: 'outside-parent' }),
    ]);
  });

  it('reports a community whose street is neither in the file nor stored', () => {
    expect(sut([community], storing(district))).toEqual([
      {
        index: 0,
        code: '420115001001',
        problem: 'missing-parent',
        message: 'Its parent 420115001 is neither in the file nor in the map',
      },
    ]);
  });

  it('reports a new street boundary that would leave out one of its stored communities', () => {
    const shrunk = area('420115001', rectangle(114.29, 30.33, 114.32, 30.375));

    expect(sut([shrunk], { boundaries: storing(district).boundaries, children: [community] })).toEqual([
      {
        index: 0,
        code: '420115001',
        problem: 'excludes-child',
        message: 'Its stored community 420115001001 would no longer lie inside it',
      },
    ]);
  });

  it('accepts a new street boundary that still holds its stored communities', () => {
    const grown = area('420115001', rectangle(114.28, 30.33, 114.33, 30.38));

    expect(sut([grown], { boundaries: storing(district).boundaries, children: [community] })).toEqual([]);
  });

  it('reports a level that disagrees with the length of the code', () => {
    expect(sut([{ ...district, level: 'street' }], none)).toEqual([
      expect.objectContaining({ index: 0, code: '420115', problem: 'level-mismatch' }),
    ]);
  });

  it('reports a code given twice at the second feature', () => {
    expect(sut([district, street, street], none)).toEqual([
      expect.objectContaining({ index: 2, code: '420115001', problem: 'duplicate-code' }),
    ]);
  });

  it('reports every broken feature, in file order, and leaves the children of a broken parent unjudged', () => {
    const openStreet = area('420115001', { type: 'Polygon', coordinates: [street.boundary.coordinates[0].slice(0, 4)] } as AreaBoundary);
    const orphan = area('420115009001', rectangle(114.28, 30.33, 114.29, 30.34));

    expect(sut([orphan, district, openStreet, community], none).map(({ index, problem }) => [index, problem])).toEqual([
      [0, 'missing-parent'],
      [2, 'ring-not-closed'],
    ]);
  });
});
