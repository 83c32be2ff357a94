/** SQLSTATE codes we translate into domain errors. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_EXCLUSION_VIOLATION = '23P01';

interface DriverError {
  code?: string;
  constraint?: string;
}

/** The SQLSTATE and constraint name of a failed query, wherever TypeORM put the driver error. */
export function postgresErrorOf(error: unknown): DriverError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as DriverError & { driverError?: DriverError };
  const source = e.driverError ?? e;
  return typeof source.code === 'string' ? { code: source.code, constraint: source.constraint } : undefined;
}

/** True when the error is a unique violation of the named constraint (or of any constraint when none is named). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = postgresErrorOf(error);
  return pg?.code === PG_UNIQUE_VIOLATION && (!constraint || pg.constraint === constraint);
}
