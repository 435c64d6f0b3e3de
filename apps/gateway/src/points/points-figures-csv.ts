import { ReportCategoryGroups } from '@waystation/contracts';
import { PointsFiguresView } from '@waystation/http-api';
import { stringify } from 'csv-stringify/sync';

/**
 * The community figures as a spreadsheet: one line per community, the earnings by category group in a column
 * each; an unset budget is an empty cell. It starts with a byte-order mark, so spreadsheet programs read UTF-8.
 */
export function pointsFiguresCsv({ month, communities }: PointsFiguresView): string {
  const rows = communities.map(({ earnedByGroup, ...community }) => ({
    month,
    ...community,
    ...Object.fromEntries(ReportCategoryGroups.map((group) => [`earned_${group}`, earnedByGroup[group]])),
  }));
  const columns = [
    'month',
    'communityCode',
    'districtCode',
    'earned',
    ...ReportCategoryGroups.map((group) => `earned_${group}`),
    'creditedReports',
    'voided',
    'redeemed',
    'budget',
    'budgetUsedPercent',
  ];
  return stringify(rows, { bom: true, header: true, columns, cast: { number: String } });
}
