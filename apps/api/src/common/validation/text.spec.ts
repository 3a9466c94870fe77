import { badTextFields, textProblem } from './text';

describe('text check', () => {
  it('accepts ordinary text, emoji (a surrogate pair) and an empty string', () => {
    expect(textProblem('МБОУ «Школа № 1» 🙂')).toBeNull();
    expect(textProblem('')).toBeNull();
  });

  it.each(['\ud800', 'a\udc00', '\udbff\ud800', 'a\u0000b'])('refuses %j', (s) => {
    expect(textProblem(s)).toMatch(/недопустимый символ/);
  });

  it('names every bad string by its path inside nested inputs and lists', () => {
    const fields = badTextFields({ name: 'ok', statuses: [{ note: 'x\u0000' }], contact: { email: '\ud800' }, n: 1, none: null });
    expect(fields.map((f) => f.field)).toEqual(['statuses.0.note', 'contact.email']);
  });

  it('names a bare string argument by the argument', () => {
    expect(badTextFields('\u0000', 'search')).toEqual([{ field: 'search', message: expect.stringMatching(/NUL/) }]);
  });
});
