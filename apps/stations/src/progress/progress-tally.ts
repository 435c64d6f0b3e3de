import { StationStatus } from '@waystation/contracts';

/** How many stations of one district are in one status. */
export interface StatusCount {
  districtCode: string | null;
  status: StationStatus;
  count: number;
}

export interface ProgressCounts {
  target: number | null;
  planned: number;
  underConstruction: number;
  built: number;
  accepted: number;
  operating: number;
  suspended: number;
  closed: number;
}

export interface StationProgress {
  districts: (ProgressCounts & { districtCode: string | null })[];
  city: ProgressCounts;
}

type CountColumn = keyof Omit<ProgressCounts, 'target'>;

const COUNT_COLUMNS: readonly CountColumn[] = ['planned', 'underConstruction', 'built', 'accepted', 'operating', 'suspended', 'closed'];

/**
 * Which stage columns a station in each status counts in: a station counts in every stage it has reached, so
 * "641 built" includes the accepted and operating ones; a closed station counts in none but `closed`.
 */
const COLUMNS: Record<StationStatus, readonly CountColumn[]> = {
  planned: ['planned'],
  'under-construction': ['planned', 'underConstruction'],
  built: ['planned', 'underConstruction', 'built'],
  accepted: ['planned', 'underConstruction', 'built', 'accepted'],
  operating: ['planned', 'underConstruction', 'built', 'accepted', 'operating'],
  suspended: ['planned', 'underConstruction', 'built', 'accepted', 'suspended'],
  closed: ['closed'],
};

const empty = (target: number | null): ProgressCounts => ({
  target,
  planned: 0,
  underConstruction: 0,
  built: 0,
  accepted: 0,
  operating: 0,
  suspended: 0,
  closed: 0,
});

/**
 * The progress per district and city-wide against the year's targets: every district with a target or a
 * station, in code order, and stations without a district last. The city's target is the sum of the districts'
 * (null when none is set).
 */
export function tallyProgress(counts: readonly StatusCount[], targets: ReadonlyMap<string, number>): StationProgress {
  const districts = new Map<string | null, ProgressCounts>();
  for (const [code, target] of targets) districts.set(code, empty(target));
  for (const { districtCode, status, count } of counts) {
    const row = districts.get(districtCode) ?? empty(districtCode === null ? null : (targets.get(districtCode) ?? null));
    for (const column of COLUMNS[status]) row[column] += count;
    districts.set(districtCode, row);
  }
  const targetValues = [...targets.values()];
  const city = empty(targetValues.length ? targetValues.reduce((sum, target) => sum + target, 0) : null);
  for (const row of districts.values()) {
    for (const column of COUNT_COLUMNS) city[column] += row[column];
  }
  const ordered = [...districts.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  return { districts: ordered.map(([districtCode, row]) => ({ districtCode, ...row })), city };
}
