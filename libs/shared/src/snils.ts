/**
 * СНИЛС (страховой номер индивидуального лицевого счёта): 11 digits, often written «123-456-789 01». The last two
 * digits are a check number of the first nine (weights 9…1; a sum below 100 is itself, 100 and 101 give 00, above
 * that the remainder of division by 101, where 100 gives 00). Numbers up to 001-001-998 carry no check.
 */

/** Digits only: «123-456-789 01» → «12345678901». */
export function normalizeSnils(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** The check number of the first nine digits. */
export function snilsCheck(nine: string): number {
  const sum = [...nine].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
  if (sum < 100) return sum;
  if (sum === 100 || sum === 101) return 0;
  const rest = sum % 101;
  return rest === 100 ? 0 : rest;
}

/** A Russian message when the (normalised) СНИЛС is not one, or null. */
export function snilsError(snils: string): string | null {
  if (!/^\d{11}$/.test(snils)) return 'СНИЛС — 11 цифр (например, 112-233-445 95)';
  const nine = snils.slice(0, 9);
  if (Number(nine) <= 1001998) return null;
  return snilsCheck(nine) === Number(snils.slice(9)) ? null : 'СНИЛС: не сходится контрольное число — проверьте цифры';
}

/** A valid СНИЛС from nine digits (fixtures and demo data). */
export function withSnilsCheck(nine: string): string {
  return `${nine}${String(snilsCheck(nine)).padStart(2, '0')}`;
}
