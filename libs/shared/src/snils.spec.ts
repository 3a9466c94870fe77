import { normalizeSnils, snilsCheck, snilsError, withSnilsCheck } from './snils';

describe('СНИЛС', () => {
  it('accepts a valid number written with dashes and spaces', () => {
    expect(normalizeSnils('112-233-445 95')).toBe('11223344595');
    expect(snilsError('11223344595')).toBeNull();
    expect(snilsError(withSnilsCheck('087654303'))).toBeNull();
  });
  it('refuses a wrong check number, a wrong length and letters', () => {
    expect(snilsError('11223344596')).toMatch(/контрольное число/);
    expect(snilsError('1122334459')).toMatch(/11 цифр/);
    expect(snilsError('1122334459a')).toMatch(/11 цифр/);
  });
  it('gives 00 for sums of 100 and 101 and for a remainder of 100, and the sum itself below 100', () => {
    expect(snilsCheck('551100002')).toBe(0); // 100
    expect(snilsCheck('551100100')).toBe(0); // 101
    expect(snilsCheck('996000200')).toBe(0); // 201 → 100 → 00
    expect(snilsCheck('551100000')).toBe(98);
    expect(snilsCheck('999999999')).toBe(1); // 405 → 1
  });
});
