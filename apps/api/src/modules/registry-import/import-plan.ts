import { EntityManager } from 'typeorm';
import { RowError } from './rows';

/**
 * What a row gets when its key (code, ИНН, name and birth date, e-mail) belongs to a record outside the caller's
 * scope: the same words whether or not anything is there, naming nothing (no name, no code, no workplace).
 */
export const NOT_FOUND_OR_NOT_YOURS = 'Не найдено или вне вашей зоны ответственности';

/**
 * What an import would do: every error of every row, the counts of the rows without errors, and how to write
 * those rows (the refused ones are never written).
 */
export interface ImportPlan {
  total: number;
  errors: RowError[];
  created: number;
  updated: number;
  unchanged: number;
  write(m: EntityManager): Promise<void>;
}

/** Field-by-field equality of the columns an import writes. */
export function sameValues<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return (x ?? null) === (y ?? null);
  });
}

/** Collects the errors of a plan, remembering which lines have any. */
export class ErrorList {
  readonly errors: RowError[] = [];
  private readonly lines = new Set<number>();
  constructor(initial: RowError[] = []) {
    initial.forEach((e) => this.add(e));
  }
  add(e: RowError): void {
    this.errors.push(e);
    this.lines.add(e.line);
  }
  has(line: number): boolean {
    return this.lines.has(line);
  }
}
