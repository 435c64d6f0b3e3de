import { AreaBoundary, GeoPoint } from '@waystation/contracts';
import { containsPoint } from './area-geometry';

/**
 * The area whose boundary contains the point (on its edge counts), among candidates a bounding-box query found.
 * A point on an edge two areas share lies in both: the one with the lower code wins, so every service that
 * locates a point on the city map gives the same answer.
 */
export function containingArea<T extends { code: string; boundary: AreaBoundary }>(candidates: readonly T[], point: GeoPoint): T | null {
  const byCode = [...candidates].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return byCode.find((candidate) => containsPoint(candidate.boundary, point)) ?? null;
}
