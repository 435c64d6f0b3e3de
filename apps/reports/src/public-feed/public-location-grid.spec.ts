import { GeoPoint } from '@waystation/contracts';
import { CELL_METERS, publicCellCentre } from './public-location-grid';

/** Great-circle distance in metres (haversine). */
function metersBetween(a: GeoPoint, b: GeoPoint): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.lat - a.lat) / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

describe(publicCellCentre.name, () => {
  const wuhan = { lat: 30.3721, lng: 114.3217 };

  it('publishes the same point for every location in a cell', () => {
    const centre = publicCellCentre(wuhan);

    expect(publicCellCentre(centre)).toEqual(centre);
    expect(publicCellCentre({ lat: wuhan.lat + 0.00001, lng: wuhan.lng - 0.00001 })).toEqual(centre);
  });

  it.each([
    ['Wuhan', wuhan],
    ['Harbin', { lat: 45.7567, lng: 126.6424 }],
    ['Sanya', { lat: 18.2528, lng: 109.5119 }],
    ['south of the equator', { lat: -33.8688, lng: 151.2093 }],
  ])('moves a point in %s by at most half a cell diagonal, never to where it was', (_city, point) => {
    const published = publicCellCentre(point);

    expect(metersBetween(point, published)).toBeLessThanOrEqual((CELL_METERS * Math.SQRT2) / 2 + 1);
    expect(published).not.toEqual(point);
  });

  it('gives cells about 100 m wide, so neighbouring cells’ centres are about 100 m apart', () => {
    const here = publicCellCentre(wuhan);
    const east = publicCellCentre({ lat: here.lat, lng: here.lng + 0.0011 });
    const north = publicCellCentre({ lat: here.lat + 0.0009, lng: here.lng });

    expect(metersBetween(here, east)).toBeGreaterThan(90);
    expect(metersBetween(here, east)).toBeLessThan(110);
    expect(metersBetween(here, north)).toBeGreaterThan(90);
    expect(metersBetween(here, north)).toBeLessThan(110);
  });

  it('gives points a metre apart across a cell edge different centres, and points a metre apart inside one the same', () => {
    const centre = publicCellCentre(wuhan);
    const lngStep = 100 / 111_320 / Math.cos((centre.lat * Math.PI) / 180);
    const westEdge = Math.floor(wuhan.lng / lngStep) * lngStep;
    const metre = lngStep / 100;

    expect(publicCellCentre({ lat: centre.lat, lng: westEdge + metre })).toEqual(centre);
    expect(publicCellCentre({ lat: centre.lat, lng: westEdge - metre }).lng).toBeLessThan(centre.lng);
  });
});
