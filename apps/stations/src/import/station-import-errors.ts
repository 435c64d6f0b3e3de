import { DomainError } from '@waystation/platform';
import { CsvRowError } from './station-csv';

export class StationImportNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'station-import-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot import stations; the city office can`, { role });
  }
}

/** Nothing of the file was imported: each error names its line and column. */
export class StationImportInvalidError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'station-import-invalid';

  constructor(readonly rowErrors: CsvRowError[]) {
    super(
      `Nothing was imported: ${rowErrors.length} problem(s), first at line ${rowErrors[0].row}${rowErrors[0].column ? `, column ${rowErrors[0].column}` : ''}: ${rowErrors[0].message}`,
      { rowErrors },
    );
  }
}
