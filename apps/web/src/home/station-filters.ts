import type { Amenity } from '../vocabulary';

/** What the worker narrows the nearby stations to on the home screen. */
export interface StationFilters {
  openNow: boolean;
  hasFreeSeats: boolean;
  amenities: Amenity[];
}

export const DEFAULT_FILTERS: StationFilters = { openNow: true, hasFreeSeats: false, amenities: [] };

export interface Position {
  lat: number;
  lng: number;
}

/** The query of `GET /api/v1/me/home` for a position and filters; flags left off are not sent. */
export function homeQuery({ lat, lng }: Position, { openNow, hasFreeSeats, amenities }: StationFilters) {
  return {
    lat,
    lng,
    amenity: amenities,
    ...(openNow ? { openNow: 'true' as const } : {}),
    ...(hasFreeSeats ? { hasFreeSeats: 'true' as const } : {}),
  };
}

/** A distance as a worker reads it: metres up to a kilometre, then kilometres with one decimal. */
export function distanceParts(meters: number): { key: 'distance.meters' | 'distance.kilometers'; value: string } {
  return meters < 1_000
    ? { key: 'distance.meters', value: String(Math.round(meters)) }
    : { key: 'distance.kilometers', value: (meters / 1_000).toFixed(1) };
}
