import { openingHoursLines } from './opening-hours-lines';

describe(openingHoursLines.name, () => {
  it('lists every weekday in order, closed where it has no opening', () => {
    const sut = openingHoursLines({
      kind: 'weekly',
      weekly: {
        monday: [
          { opens: '08:00', closes: '12:00' },
          { opens: '14:00', closes: '20:00' },
        ],
        tuesday: [],
        wednesday: [],
        thursday: [],
        friday: [],
        saturday: [{ opens: '22:00', closes: '06:00' }],
        sunday: [],
      },
      exceptions: [],
    });

    expect(sut.map(({ day, intervals }) => [day, intervals])).toEqual([
      ['monday', ['08:00–12:00', '14:00–20:00']],
      ['tuesday', null],
      ['wednesday', null],
      ['thursday', null],
      ['friday', null],
      ['saturday', ['22:00–06:00']],
      ['sunday', null],
    ]);
  });

  it('says a station open around the clock is open every day, then the dates that differ', () => {
    const sut = openingHoursLines({
      kind: 'always-open',
      exceptions: [
        { date: '2027-02-06', kind: 'closed', note: '春节' },
        { date: '2027-02-07', kind: 'special-hours', intervals: [{ opens: '10:00', closes: '16:00' }] },
      ],
    });

    expect(sut).toEqual([
      { day: 'every-day', intervals: ['00:00–24:00'] },
      { day: { date: '2027-02-06', note: '春节' }, intervals: null },
      { day: { date: '2027-02-07' }, intervals: ['10:00–16:00'] },
    ]);
  });
});
