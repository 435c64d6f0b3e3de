import { distanceParts, homeQuery } from './station-filters';

describe(homeQuery.name, () => {
  it('sends the position, the amenities and only the flags that are on', () => {
    expect(homeQuery({ lat: 30.3, lng: 114.2 }, { openNow: true, hasFreeSeats: false, amenities: ['toilet', 'wifi'] })).toEqual({
      lat: 30.3,
      lng: 114.2,
      amenity: ['toilet', 'wifi'],
      openNow: 'true',
    });
  });

  it('asks for every station when no filter is on', () => {
    expect(homeQuery({ lat: 1, lng: 2 }, { openNow: false, hasFreeSeats: false, amenities: [] })).toEqual({ lat: 1, lng: 2, amenity: [] });
  });
});

describe(distanceParts.name, () => {
  it('says metres below a kilometre and kilometres from there', () => {
    expect(distanceParts(412.6)).toEqual({ key: 'distance.meters', value: '413' });
    expect(distanceParts(1_250)).toEqual({ key: 'distance.kilometers', value: '1.3' });
  });
});
