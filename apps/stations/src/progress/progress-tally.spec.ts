import { StatusCount, tallyProgress } from './progress-tally';

const JIANGXIA = '420115';
const HONGSHAN = '420111';

describe(tallyProgress.name, () => {
  const sut = tallyProgress;

  it('counts a station in every stage it has reached, and a closed one only as closed', () => {
    const counts: StatusCount[] = [
      { districtCode: JIANGXIA, status: 'planned', count: 5 },
      { districtCode: JIANGXIA, status: 'under-construction', count: 4 },
      { districtCode: JIANGXIA, status: 'built', count: 3 },
      { districtCode: JIANGXIA, status: 'accepted', count: 2 },
      { districtCode: JIANGXIA, status: 'operating', count: 7 },
      { districtCode: JIANGXIA, status: 'suspended', count: 1 },
      { districtCode: JIANGXIA, status: 'closed', count: 6 },
    ];

    const progress = sut(counts, new Map([[JIANGXIA, 30]]));

    expect(progress.districts).toEqual([
      {
        districtCode: JIANGXIA,
        target: 30,
        planned: 22,
        underConstruction: 17,
        built: 13,
        accepted: 10,
        operating: 7,
        suspended: 1,
        closed: 6,
      },
    ]);
  });

  it('lists districts with a target but no station, in code order, with stations of no district last', () => {
    const progress = sut(
      [
        { districtCode: null, status: 'planned', count: 2 },
        { districtCode: JIANGXIA, status: 'built', count: 1 },
      ],
      new Map([
        [JIANGXIA, 10],
        [HONGSHAN, 20],
      ]),
    );

    expect(progress.districts.map((row) => [row.districtCode, row.target, row.planned])).toEqual([
      [HONGSHAN, 20, 0],
      [JIANGXIA, 10, 1],
      [null, null, 2],
    ]);
  });

  it("sums the districts into the city's figures and targets", () => {
    const progress = sut(
      [
        { districtCode: JIANGXIA, status: 'operating', count: 3 },
        { districtCode: HONGSHAN, status: 'built', count: 2 },
        { districtCode: null, status: 'planned', count: 1 },
      ],
      new Map([
        [JIANGXIA, 10],
        [HONGSHAN, 20],
      ]),
    );

    expect(progress.city).toEqual({
      target: 30,
      planned: 6,
      underConstruction: 5,
      built: 5,
      accepted: 3,
      operating: 3,
      suspended: 0,
      closed: 0,
    });
  });

  it('has no city target when no district has one', () => {
    expect(sut([{ districtCode: JIANGXIA, status: 'planned', count: 1 }], new Map()).city.target).toBeNull();
  });
});
