import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanWithin } from '@turf/boolean-within';
import { kinks } from '@turf/kinks';
import { AreaBoundary, Bbox, GeoPoint } from '@waystation/contracts';

/** [lng, lat]. */
type Position = number[];

/** Each ring of the boundary, named by its polygon and its place in that polygon (0 is the outer ring). */
export function ringsOf(boundary: AreaBoundary): { polygon: number; ring: number; positions: Position[] }[] {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  return polygons.flatMap((rings, polygon) => rings.map((positions, ring) => ({ polygon, ring, positions })));
}

export function bboxOf(boundary: AreaBoundary): Bbox {
  const [minLng, minLat, maxLng, maxLat] = bbox(boundary);
  return [minLng, minLat, maxLng, maxLat];
}

/** Where the boundary's edges cross each other (also one polygon of a MultiPolygon crossing another). */
export function selfIntersectionsOf(boundary: AreaBoundary): Position[] {
  return kinks(boundary).features.map((point) => point.geometry.coordinates as Position);
}

/** Whether the point lies inside the boundary or on its edge. */
export function containsPoint(boundary: AreaBoundary, { lat, lng }: GeoPoint): boolean {
  return booleanPointInPolygon([lng, lat], boundary);
}

/** Whether `inner` lies wholly inside `outer`; sharing stretches of edge is allowed. */
export function isWithin(inner: AreaBoundary, outer: AreaBoundary): boolean {
  return booleanWithin(inner, outer);
}
