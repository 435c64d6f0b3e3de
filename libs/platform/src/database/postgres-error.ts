import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a failed query (e.g. 23505 unique violation, 55P03 lock not available), if it is one. */
export function postgresErrorCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}
