import { GeoPoint } from '@waystation/contracts';

const METERS_PER_DEGREE_LAT = 111_320;

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** The smallest lat/lng box that holds every point within `radiusMeters` of `center`. */
export function boundingBox(center: GeoPoint, radiusMeters: number): BoundingBox {
  const dLat = radiusMeters / METERS_PER_DEGREE_LAT;
  // Longitude degrees shrink towards the poles; near them the box spans every longitude.
  const cosLat = Math.cos((center.lat * Math.PI) / 180);
  const dLng = cosLat < 1e-6 ? 180 : Math.min(180, radiusMeters / (METERS_PER_DEGREE_LAT * cosLat));
  return {
    minLat: Math.max(-90, center.lat - dLat),
    maxLat: Math.min(90, center.lat + dLat),
    minLng: center.lng - dLng,
    maxLng: center.lng + dLng,
  };
}
