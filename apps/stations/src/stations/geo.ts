import { GeoPoint } from '@waystation/contracts';

/** The sphere every distance is measured on (the finder's haversine); the box must be drawn on the same one. */
export const EARTH_RADIUS_METERS = 6_371_000;

const degrees = (radians: number) => (radians * 180) / Math.PI;

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** The smallest lat/lng box that holds every point within `radiusMeters` (great-circle) of `center`. */
export function boundingBox(center: GeoPoint, radiusMeters: number): BoundingBox {
  const angle = radiusMeters / EARTH_RADIUS_METERS;
  const dLat = degrees(angle);
  // Longitude degrees shrink towards the poles; when the circle reaches a pole the box spans every longitude.
  const cosLat = Math.cos((center.lat * Math.PI) / 180);
  const dLng = Math.sin(angle) >= cosLat ? 180 : Math.min(180, degrees(Math.asin(Math.sin(angle) / cosLat)));
  return {
    minLat: Math.max(-90, center.lat - dLat),
    maxLat: Math.min(90, center.lat + dLat),
    minLng: center.lng - dLng,
    maxLng: center.lng + dLng,
  };
}

/** Great-circle distance in metres (haversine), on the sphere the finder measures on. */
export function distanceMeters(from: GeoPoint, to: GeoPoint): number {
  const radians = (value: number) => (value * Math.PI) / 180;
  const dLat = radians(to.lat - from.lat);
  const dLng = radians(to.lng - from.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
