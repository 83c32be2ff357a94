import { arrivalProblems } from './placement-groups.service.js';

const reasons = (group: { departureDate: string; departedOn: string | null }, arrivedOn: string, today: string) =>
  arrivalProblems(group, arrivedOn, today).map((p) => p.reason);

describe('the arrival window', () => {
  const onTime = { departureDate: '2026-02-27', departedOn: '2026-02-27' };

  it('runs from the departure day to seven days after the departure date, across a month end', () => {
    expect(reasons(onTime, '2026-02-27', '2026-03-31')).toEqual([]);
    expect(reasons(onTime, '2026-03-06', '2026-03-31')).toEqual([]);
    expect(reasons(onTime, '2026-03-07', '2026-03-31')).toEqual(['ARRIVAL_OUT_OF_WINDOW']);
    expect(reasons(onTime, '2026-02-26', '2026-03-31')).toEqual(['ARRIVAL_BEFORE_DEPARTURE']);
  });

  it('in a leap year the seventh day after 26 February is 4 March', () => {
    const leap = { departureDate: '2028-02-26', departedOn: '2028-02-26' };
    expect(reasons(leap, '2028-03-04', '2028-03-31')).toEqual([]);
    expect(reasons(leap, '2028-03-05', '2028-03-31')).toEqual(['ARRIVAL_OUT_OF_WINDOW']);
  });

  it('starts a day earlier when the group left the day before its date, and still ends seven days after the date', () => {
    const early = { departureDate: '2026-12-31', departedOn: '2026-12-30' };
    expect(reasons(early, '2026-12-30', '2027-01-31')).toEqual([]);
    expect(reasons(early, '2026-12-29', '2027-01-31')).toEqual(['ARRIVAL_BEFORE_DEPARTURE']);
    expect(reasons(early, '2027-01-07', '2027-01-31')).toEqual([]);
    expect(reasons(early, '2027-01-08', '2027-01-31')).toEqual(['ARRIVAL_OUT_OF_WINDOW']);
  });

  it('a group that left late arrives from its actual departure, within seven days of it', () => {
    const late = { departureDate: '2026-03-01', departedOn: '2026-03-04' };
    expect(reasons(late, '2026-03-03', '2026-03-31')).toEqual(['ARRIVAL_BEFORE_DEPARTURE']);
    expect(reasons(late, '2026-03-11', '2026-03-31')).toEqual([]);
    expect(reasons(late, '2026-03-12', '2026-03-31')).toEqual(['ARRIVAL_OUT_OF_WINDOW']);
  });

  it('is never after today', () => {
    expect(reasons(onTime, '2026-03-01', '2026-02-28')).toEqual(['ARRIVAL_IN_FUTURE']);
    expect(reasons(onTime, '2026-02-28', '2026-02-28')).toEqual([]);
  });
});
