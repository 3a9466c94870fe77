import { failureText } from './main';

describe('failureText', () => {
  it("prints an error's message with its field errors, one per line", () => {
    const err = Object.assign(new Error('Проверьте заполнение полей'), { extensions: { fields: [{ field: 'login', message: 'Обязательное поле' }] } });
    expect(failureText(err)).toBe('Error: Проверьте заполнение полей\n  login: Обязательное поле');
    expect(failureText(new Error('нет связи'))).toBe('Error: нет связи');
  });

  it('prints what a library threw that is not an error, and says so when it threw nothing', () => {
    expect(failureText('exited')).toBe('Error: exited');
    expect(failureText(undefined)).toBe('Error: the command failed without saying why');
    expect(failureText(null)).toBe('Error: the command failed without saying why');
  });
});
