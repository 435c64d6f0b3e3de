import { JurisdictionUnknownException } from './open311-errors';

/** The city's Open311 jurisdiction (OPEN311_JURISDICTION_ID). */
export class Open311Settings {
  constructor(readonly jurisdictionId: string) {}

  /** A request naming another jurisdiction is refused (404); one naming none is this city's. */
  checkJurisdiction(given: string | undefined): void {
    if (given !== undefined && given !== this.jurisdictionId) throw new JurisdictionUnknownException(given, this.jurisdictionId);
  }
}
