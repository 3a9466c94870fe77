import { QueryFailedError } from 'typeorm';
import { AppError, badInput, conflict } from './errors';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

/**
 * Translates a database constraint violation into a field error. The database is the last
 * line of defence (DTO validation runs first); constraint names map to fields here.
 */
export function translateDbError(err: unknown, constraintFields: Record<string, { field: string; message: string }>): AppError | null {
  if (!(err instanceof QueryFailedError)) return null;
  const driver = (err as QueryFailedError & { driverError?: PgDriverError }).driverError ?? {};
  const known = driver.constraint ? constraintFields[driver.constraint] : undefined;
  if (driver.code === '23505') {
    return known ? conflict(known.message, [known]) : conflict('Такая запись уже есть');
  }
  if (driver.code === '23514' || driver.code === '23502' || driver.code === '22P02' || driver.code === '23503') {
    return known ? badInput([known], known.message) : badInput([], 'Данные не прошли проверку базы данных');
  }
  return null;
}
