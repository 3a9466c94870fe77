import { EntityManager } from 'typeorm';
import { RowError } from './rows';

/** What an import would do: counts, every row error, and how to write it. */
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
