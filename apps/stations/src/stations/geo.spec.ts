import { boundingBox } from './geo';

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
