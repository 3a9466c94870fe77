import { FieldError } from '../errors/errors';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored as text (PostgreSQL refuses NUL; a lone UTF-16 surrogate is not Unicode), or null. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'Текст содержит недопустимый символ NUL (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'Текст содержит недопустимый символ: непарный суррогат UTF-16';
  return null;
}

/**
 * Every string inside an argument (nested inputs and lists included) that is not valid text, as field errors named by
 * their dotted path (`statuses.0.note`); `path` names the argument itself when it is a bare string.
 */
export function badTextFields(value: unknown, path = '', depth = 0): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ field: path || 'value', message: problem }] : [];
  }
  if (value === null || typeof value !== 'object' || depth > 20) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => badTextFields(v, path ? `${path}.${key}` : key, depth + 1));
}
