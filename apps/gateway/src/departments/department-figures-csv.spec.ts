import { departmentFiguresCsv } from './department-figures-csv';

describe(departmentFiguresCsv.name, () => {
  const sut = departmentFiguresCsv;

  it('writes one line per department with the period, leaving an open end and an unmeasured median empty', () => {
    const figure = { dispatched: 3, open: 2, overdue: 1, acknowledged: 2, resolved: 1 };
    const csv = sut({
      from: '2026-12-01T00:00:00.000Z',
      to: null,
      departments: [
        {
          code: 'sanitation',
          name: { 'zh-CN': '环卫', en: 'Sanitation' },
          ...figure,
          medianMinutesToAcknowledge: 20,
          medianMinutesToResolve: 120,
        },
        {
          code: 'fire',
          name: { 'zh-CN': '消防', en: 'Fire, rescue' },
          ...figure,
          medianMinutesToAcknowledge: null,
          medianMinutesToResolve: null,
        },
      ],
    });

    expect(csv.split('\n')).toEqual([
      '\ufefffrom,to,code,nameZh,nameEn,dispatched,open,overdue,acknowledged,medianMinutesToAcknowledge,resolved,medianMinutesToResolve',
      '2026-12-01T00:00:00.000Z,,sanitation,环卫,Sanitation,3,2,1,2,20,1,120',
      '2026-12-01T00:00:00.000Z,,fire,消防,"Fire, rescue",3,2,1,2,,1,',
      '',
    ]);
  });
});
