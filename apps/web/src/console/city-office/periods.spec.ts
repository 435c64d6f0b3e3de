import { cityPeriod } from './periods';

describe(cityPeriod.name, () => {
  it("is already the city's next month and year when it is still the old year in UTC", () => {
    expect(cityPeriod(Date.parse('2026-12-31T16:30:00Z'))).toEqual({ month: '2027-01', year: 2027 });
  });

  it('is the same month as UTC in the city daytime', () => {
    expect(cityPeriod(Date.parse('2026-12-03T02:00:00Z'))).toEqual({ month: '2026-12', year: 2026 });
  });
});
