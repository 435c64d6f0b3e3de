import { AreaBoundary, AreaCode, areaLevelOf, parentAreaCodeOf } from '@waystation/contracts';
import { isWithin, ringsOf, selfIntersectionsOf } from '@waystation/geo';
import { ImportedArea } from './imported-area';

export type AreaFeatureProblemKind =
  'level-mismatch' | 'duplicate-code' | 'ring-not-closed' | 'self-intersection' | 'missing-parent' | 'outside-parent' | 'excludes-child';

/** What is wrong with one feature of an import: its place in the file, its code, what, and in words. */
export interface AreaFeatureProblem {
  index: number;
  code: AreaCode;
  problem: AreaFeatureProblemKind;
  message: string;
}

/** What the stored map holds that an import must agree with. */
export interface StoredMap {
  /** Stored boundaries by code: the parents the file refers to but does not hold. */
  boundaries: ReadonlyMap<AreaCode, AreaBoundary>;
  /** Stored areas the file does not hold whose parent it does: the parent's new boundary must still hold them. */
  children: readonly { code: AreaCode; boundary: AreaBoundary }[];
}

const formatPosition = ([lng, lat]: number[]) => `[${lng}, ${lat}]`;
/** A computed crossing, to about a centimetre (seven decimals), without float noise. */
const roundPosition = ([lng, lat]: number[]): number[] => [Number(lng.toFixed(7)), Number(lat.toFixed(7))];

/**
 * Every problem of an import, feature by feature: a level that disagrees with the code, a code given twice,
 * rings that are open or cross themselves, a street or community without its parent (in the file or stored) or
 * not wholly inside it, and a new boundary that would leave out a stored child. Empty when it may be written.
 */
export function findImportProblems(areas: ImportedArea[], stored: StoredMap): AreaFeatureProblem[] {
  const problems: AreaFeatureProblem[] = [];
  const report = (index: number, problem: AreaFeatureProblemKind, message: string) =>
    problems.push({ index, code: areas[index].code, problem, message });
  /** The boundary each code has in the file, from its first feature, when that boundary is itself sound. */
  const soundBoundaries = new Map<AreaCode, AreaBoundary | null>();

  areas.forEach((area, index) => {
    const problemsBefore = problems.length;
    const levelOfCode = areaLevelOf(area.code);
    if (area.level !== levelOfCode)
      report(index, 'level-mismatch', `The level is ${area.level}, but a ${area.code.length}-digit code is a ${levelOfCode}`);
    if (soundBoundaries.has(area.code)) {
      report(index, 'duplicate-code', `Code ${area.code} is given by an earlier feature too`);
      return;
    }
    const geometryProblems = geometryProblemsOf(area.boundary);
    geometryProblems.forEach(([problem, message]) => report(index, problem, message));
    soundBoundaries.set(area.code, geometryProblems.length === 0 && problems.length === problemsBefore ? area.boundary : null);
  });

  areas.forEach((area, index) => {
    const parentCode = parentAreaCodeOf(area.code);
    const boundary = soundBoundaries.get(area.code);
    // A feature with broken geometry already has its problem; its containment cannot be judged.
    if (!parentCode || !boundary || areas.findIndex((other) => other.code === area.code) !== index) return;
    const parentInFile = soundBoundaries.get(parentCode);
    if (parentInFile === null) return;
    const parentBoundary = parentInFile ?? stored.boundaries.get(parentCode);
    if (!parentBoundary) {
      report(index, 'missing-parent', `Its parent ${parentCode} is neither in the file nor in the map`);
    } else if (!isWithin(boundary, parentBoundary)) {
      report(index, 'outside-parent', `It is not wholly inside its parent ${parentCode}`);
    }
  });

  for (const child of stored.children) {
    const parentCode = parentAreaCodeOf(child.code) as AreaCode;
    const boundary = soundBoundaries.get(parentCode);
    if (boundary && !isWithin(child.boundary, boundary)) {
      report(
        areas.findIndex((area) => area.code === parentCode),
        'excludes-child',
        `Its stored ${areaLevelOf(child.code)} ${child.code} would no longer lie inside it`,
      );
    }
  }

  return problems.sort((a, b) => a.index - b.index);
}

function geometryProblemsOf(boundary: AreaBoundary): [AreaFeatureProblemKind, string][] {
  const open = ringsOf(boundary).filter(({ positions }) => {
    const [first, last] = [positions[0], positions[positions.length - 1]];
    return first[0] !== last[0] || first[1] !== last[1];
  });
  if (open.length > 0) {
    return open.map(({ polygon, ring, positions }) => [
      'ring-not-closed',
      `Ring ${ring} of polygon ${polygon} is open: it starts at ${formatPosition(positions[0])} and ends at ${formatPosition(positions[positions.length - 1])}`,
    ]);
  }
  const crossings = selfIntersectionsOf(boundary);
  if (crossings.length > 0) {
    return [
      [
        'self-intersection',
        `Its edges cross at ${crossings
          .slice(0, 3)
          .map((crossing) => formatPosition(roundPosition(crossing)))
          .join(', ')}`,
      ],
    ];
  }
  return [];
}
