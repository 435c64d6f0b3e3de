import { DepartmentFiguresView } from '@waystation/http-api';
import { stringify } from 'csv-stringify/sync';

const COLUMNS = [
  'from',
  'to',
  'code',
  'nameZh',
  'nameEn',
  'dispatched',
  'open',
  'overdue',
  'acknowledged',
  'medianMinutesToAcknowledge',
  'resolved',
  'medianMinutesToResolve',
];

/**
 * The department figures as a spreadsheet: one line per department, the period on each; an open end and a median
 * with nothing to measure are empty cells. It starts with a byte-order mark, so spreadsheet programs read UTF-8.
 */
export function departmentFiguresCsv({ from, to, departments }: DepartmentFiguresView): string {
  const rows = departments.map(({ name, ...figure }) => ({ from, to, ...figure, nameZh: name['zh-CN'], nameEn: name.en }));
  return stringify(rows, { bom: true, header: true, columns: COLUMNS, cast: { number: String } });
}
