/**
 * ИНН (taxpayer identification number) check digits.
 * Legal entities (organisations) have 10 digits, individuals 12.
 */
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12_1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12_2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  return (sum % 11) % 10;
}

export type InnProblem = 'format' | 'checksum';

/** Returns null for a valid ИНН of an organisation (10 digits), or what is wrong with it. */
export function innProblem(inn: string, kind: 'legal' | 'individual' = 'legal'): InnProblem | null {
  const expected = kind === 'legal' ? 10 : 12;
  if (!new RegExp(`^\\d{${expected}}$`).test(inn)) return 'format';
  const d = [...inn].map(Number);
  if (kind === 'legal') return checkDigit(d, W10) === d[9] ? null : 'checksum';
  return checkDigit(d, W12_1) === d[10] && checkDigit(d, W12_2) === d[11] ? null : 'checksum';
}

export function isValidInn(inn: string, kind: 'legal' | 'individual' = 'legal'): boolean {
  return innProblem(inn, kind) === null;
}

/** Russian message for the form field. */
export function innMessage(problem: InnProblem): string {
  return problem === 'format'
    ? 'ИНН организации — 10 цифр'
    : 'Неверная контрольная цифра ИНН';
}

/** Completes the first 9 digits of an organisation's ИНН with its check digit (demo data, tests). */
export function withInnCheckDigit(first9: string): string {
  const d = [...first9].map(Number);
  return first9 + String(checkDigit(d, W10));
}
