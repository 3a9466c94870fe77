import { innProblem, isValidInn, withInnCheckDigit } from './inn';

describe('ИНН', () => {
  it('accepts real organisation ИНН', () => {
    expect(isValidInn('7707083893')).toBe(true); // ПАО Сбербанк
    expect(isValidInn('4711005454')).toBe(withInnCheckDigit('471100545') === '4711005454');
  });
  it('rejects a wrong check digit', () => {
    expect(innProblem('7707083894')).toBe('checksum');
  });
  it('rejects wrong length and letters', () => {
    expect(innProblem('770708389')).toBe('format');
    expect(innProblem('77070838AB')).toBe('format');
  });
  it('checks individuals’ 12-digit ИНН', () => {
    expect(isValidInn('500100732259', 'individual')).toBe(true);
    expect(isValidInn('500100732258', 'individual')).toBe(false);
  });
  it('completes a check digit', () => {
    expect(isValidInn(withInnCheckDigit('123456789'))).toBe(true);
  });
});
