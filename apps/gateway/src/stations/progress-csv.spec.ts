import { StationProgressView } from '@waystation/http-api';
import { progressCsv } from './progress-csv';

const counts = { planned: 1090, underConstruction: 800, built: 641, accepted: 600, operating: 580, suspended: 3, closed: 2 };

describe(progressCsv.name, () => {
  const sut = progressCsv;

  it('writes one line per district and the city-wide line last, with a byte-order mark', () => {
    const progress: StationProgressView = {
      year: 2026,
      districts: [
        { districtCode: '420115', target: 100, ...counts },
        { districtCode: null, target: null, ...counts, planned: 4 },
      ],
      city: { target: 100, ...counts },
    };

    expect(sut(progress).split('\n')).toEqual([
      '\ufeffdistrictCode,target,planned,underConstruction,built,accepted,operating,suspended,closed',
      '420115,100,1090,800,641,600,580,3,2',
      'none,,4,800,641,600,580,3,2',
      'city,100,1090,800,641,600,580,3,2',
      '',
    ]);
  });
});
