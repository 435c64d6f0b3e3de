import { GeoPoint } from '@waystation/contracts';

const METERS_PER_DEGREE_OF_LATITUDE = 111_320;

/** The published cell size: about 100 m on each side. */
export const CELL_METERS = 100;

const LAT_STEP = CELL_METERS / METERS_PER_DEGREE_OF_LATITUDE;

/**
 * Where the public feed puts a report: the centre of the ~100 m × 100 m grid cell its location falls in. Rows are
 * LAT_STEP degrees of latitude; each row's cells are as many degrees of longitude as make 100 m at the row's centre
 * latitude, so cells stay square-ish in Wuhan and in Harbin. Every point of a cell publishes the same centre,
 * so the published point says which cell, never where in it (rounding each coordinate to three decimals would
 * give cells of 111 m × 96 m in Wuhan but 111 m × 72 m in Harbin, and is easy to get wrong by rounding to the
 * nearest cell edge, which reveals the side of the edge a point is on).
 */
export function publicCellCentre({ lat, lng }: GeoPoint): GeoPoint {
  const row = Math.floor(lat / LAT_STEP);
  const centreLat = Math.min(90, Math.max(-90, (row + 0.5) * LAT_STEP));
  const lngStep = lngStepAt(centreLat);
  const centreLng = (Math.floor(lng / lngStep) + 0.5) * lngStep;
  return { lat: round6(centreLat), lng: round6(Math.min(180, Math.max(-180, centreLng))) };
}

/** How far a published point can be from the reported one, in degrees, around latitude `lat`: a whole cell. */
export function cellMarginAt(lat: number): GeoPoint {
  return { lat: LAT_STEP, lng: lngStepAt(Math.min(89, Math.abs(lat) + LAT_STEP)) };
}

function lngStepAt(lat: number): number {
  // Near the poles a cell would span the globe; cap it at a degree, nobody reports from there.
  return Math.min(1, LAT_STEP / Math.cos((lat * Math.PI) / 180));
}

function round6(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}
