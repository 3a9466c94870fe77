import { ValueTransformer } from 'typeorm';

/** `numeric` columns come back from pg as strings; entities hold numbers. */
export const decimal: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
