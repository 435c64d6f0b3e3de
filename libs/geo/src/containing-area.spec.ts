import { AreaBoundary } from '@waystation/contracts';
import { containingArea } from './containing-area';

/** A square [west, south] to [west + size, south + size]. */
function square(west: number, south: number, size = 0.01): AreaBoundary {
  const [east, north] = [west + size, south + size];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

describe(containingArea.name, () => {
  const sut = containingArea;
  const left = { code: '420115001001', boundary: square(114.3, 30.3) };
  const right = { code: '420115001002', boundary: square(114.31, 30.3) };

  it('answers the area whose boundary contains the point', () => {
    expect(sut([left, right], { lat: 30.305, lng: 114.315 })).toBe(right);
  });

  it('answers null when no candidate contains the point', () => {
    expect(sut([left, right], { lat: 30.305, lng: 114.299 })).toBeNull();
  });

  it('gives a point on a shared edge to the lower code, whatever order the candidates come in', () => {
    const onEdge = { lat: 30.305, lng: 114.31 };

    expect(sut([right, left], onEdge)).toBe(left);
    expect(sut([left, right], onEdge)).toBe(left);
  });
});
