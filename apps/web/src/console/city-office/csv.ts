export type CsvCell = string | number | boolean | null;

/** RFC 4180 text with a byte-order mark, so spreadsheet programs read the Chinese right (as the gateway's CSVs do). */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
