import { boundingBox, distanceMeters, EARTH_RADIUS_METERS } from './geo';

describe(boundingBox.name, () => {
  const jiangxia = { lat: 30.375, lng: 114.322 };

  it('spans the radius north and south in latitude', () => {
    // 0.01° of latitude on the 6,371 km sphere the finder's haversine uses.
    const box = boundingBox(jiangxia, 1_111.95);
    expect(box.maxLat - jiangxia.lat).toBeCloseTo(0.01, 6);
    expect(jiangxia.lat - box.minLat).toBeCloseTo(0.01, 6);
  });

  it('is wider in longitude degrees than in latitude away from the equator', () => {
    const box = boundingBox(jiangxia, 3_000);
    expect(box.maxLng - box.minLng).toBeGreaterThan(box.maxLat - box.minLat);
  });

  it('covers every longitude at a pole instead of dividing by zero', () => {
    const box = boundingBox({ lat: 90, lng: 0 }, 1_000);
    expect(box.maxLng - box.minLng).toBe(360);
    expect(box.maxLat).toBe(90);
  });
});

describe(distanceMeters.name, () => {
  it('measures a move due north as its arc length', () => {
    const from = { lat: 30.375, lng: 114.322 };
    const to = { lat: from.lat + (200 / EARTH_RADIUS_METERS) * (180 / Math.PI), lng: from.lng };

    expect(distanceMeters(from, to)).toBeCloseTo(200, 6);
  });

  it('is zero from a point to itself', () => {
    expect(distanceMeters({ lat: 30, lng: 114 }, { lat: 30, lng: 114 })).toBe(0);
  });
});
