import { nearbyStationsQuerySchema } from './station-commands';

describe('nearbyStationsQuerySchema', () => {
  const sut = nearbyStationsQuerySchema;
  const at = { lat: '30.3', lng: '114.3' };

  it('reads repeated and comma-separated amenities alike', () => {
    expect(sut.parse({ ...at, amenity: ['toilet', 'wifi'] }).amenity).toEqual(['toilet', 'wifi']);
    expect(sut.parse({ ...at, amenity: 'toilet,wifi' }).amenity).toEqual(['toilet', 'wifi']);
  });

  it('reads no amenity from an empty one, as the gateway forwards an empty list', () => {
    expect(sut.parse({ ...at, amenity: '' }).amenity).toEqual([]);
    expect(sut.parse(at).amenity).toEqual([]);
  });
});
