import { AreaCode, areaLevelOf } from '@waystation/contracts';
import { ImportAreas } from '@waystation/http-api';

type Position = [lng: number, lat: number];

/**
 * A simplified map of Jiangxia district (江夏区) around Zhifang, marked demo: a 3 × 5 grid of corners, nudged
 * so the edges are not ruled lines, cut into two rows of four communities; each street is two neighbouring
 * communities and the district is all eight, so every area shares its corners with its parent and lies inside it.
 */
const CORNERS: Position[][] = [
  [
    [114.28, 30.33],
    [114.301, 30.331],
    [114.319, 30.329],
    [114.342, 30.332],
    [114.36, 30.33],
  ],
  [
    [114.281, 30.376],
    [114.298, 30.372],
    [114.322, 30.377],
    [114.339, 30.373],
    [114.359, 30.375],
  ],
  [
    [114.28, 30.42],
    [114.302, 30.418],
    [114.318, 30.421],
    [114.341, 30.419],
    [114.36, 30.42],
  ],
];

const ring = (...positions: Position[]): Position[] => [...positions, positions[0]];
const cell = (row: number, column: number) =>
  ring(CORNERS[row][column], CORNERS[row][column + 1], CORNERS[row + 1][column + 1], CORNERS[row + 1][column]);
const pairOfCells = (row: number, column: number) =>
  ring(
    CORNERS[row][column],
    CORNERS[row][column + 1],
    CORNERS[row][column + 2],
    CORNERS[row + 1][column + 2],
    CORNERS[row + 1][column + 1],
    CORNERS[row + 1][column],
  );
const outline = () => ring(...CORNERS[0], CORNERS[1][4], ...[...CORNERS[2]].reverse(), CORNERS[1][0]);

/** Streets by row (south first) and half (west first), each with its two communities west to east. */
const STREETS = [
  {
    row: 0,
    column: 0,
    code: '420115001',
    zh: '纸坊街道',
    en: 'Zhifang Subdistrict',
    communities: [
      ['江夏大道社区', 'Jiangxia Avenue Community'],
      ['文化路社区', 'Wenhua Road Community'],
    ],
  },
  {
    row: 0,
    column: 2,
    code: '420115002',
    zh: '五里界街道',
    en: 'Wulijie Subdistrict',
    communities: [
      ['童周岭社区', 'Tongzhouling Community'],
      ['五里界社区', 'Wulijie Community'],
    ],
  },
  {
    row: 1,
    column: 0,
    code: '420115003',
    zh: '大桥街道',
    en: 'Daqiao Subdistrict',
    communities: [
      ['大桥社区', 'Daqiao Community'],
      ['谭鑫培社区', 'Tan Xinpei Community'],
    ],
  },
  {
    row: 1,
    column: 2,
    code: '420115004',
    zh: '庙山街道',
    en: 'Miaoshan Subdistrict',
    communities: [
      ['庙山社区', 'Miaoshan Community'],
      ['阳光社区', 'Yangguang Community'],
    ],
  },
];

const feature = (code: AreaCode, nameZh: string, nameEn: string, outer: Position[]): ImportAreas['features'][number] => ({
  type: 'Feature',
  properties: { code, level: areaLevelOf(code), nameZh, nameEn, demo: true },
  geometry: { type: 'Polygon', coordinates: [outer] },
});

export const DEMO_AREAS: ImportAreas = {
  type: 'FeatureCollection',
  features: [
    feature('420115', '江夏区', 'Jiangxia District', outline()),
    ...STREETS.flatMap(({ row, column, code, zh, en, communities }) => [
      feature(code, zh, en, pairOfCells(row, column)),
      ...communities.map(([nameZh, nameEn], index) => feature(`${code}00${index + 1}`, nameZh, nameEn, cell(row, column + index))),
    ]),
  ],
};
