import { cityMinute, cityPeriod } from './periods';

describe(cityPeriod.name, () => {
  it("is already the city's next month and year when it is still the old year in UTC", () => {
    expect(cityPeriod(Date.parse('2026-12-31T16:30:00Z'))).toEqual({ month: '2027-01', year: 2027 });
  });

  it('is the same month as UTC in the city daytime', () => {
    expect(cityPeriod(Date.parse('2026-12-03T02:00:00Z'))).toEqual({ month: '2026-12', year: 2026 });
  });
});

describe(cityMinute.name, () => {
  it("shows a UTC moment on the city's clock, to the minute, the next day when it is late in UTC", () => {
    expect(cityMinute('2026-12-07T15:30:59.900Z')).toBe('2026-12-07 23:30');
    expect(cityMinute('2026-12-07T16:05:00Z')).toBe('2026-12-08 00:05');
  });
});
