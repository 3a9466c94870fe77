import { ORGANIZATION_COLUMNS, PERSON_COLUMNS } from './columns';
import { Sheet } from './parse/sheet';
import { duplicates, mapHeaders, readOrganizations, readPeople } from './rows';

const sheet = (headers: string[], ...rows: (string | number | null)[][]): Sheet => ({
  headerLine: 1,
  headers,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

describe('import rows', () => {
  it('maps headers case-insensitively in any order and lists missing required ones', () => {
    const { index, missing } = mapHeaders(['инн', ' ПОЛНОЕ   наименование ', 'Лишний'], ORGANIZATION_COLUMNS);
    expect(index.get('inn')).toBe(0);
    expect(index.get('name')).toBe(1);
    expect(missing).toEqual(['Вид', 'Муниципалитет']);
  });

  it('reports a bad ИНН, a missing key and an unknown kind with their lines and columns', () => {
    const s = sheet(
      ['Код', 'ИНН', 'Полное наименование', 'Вид', 'Муниципалитет'],
      ['A1', '7707083893', 'Школа 1', 'СОШ', 'Район'],
      [null, '7707083894', 'Школа 2', 'Лицей', 'Район'],
      [null, null, 'Школа 3', 'Кружок', 'Район'],
    );
    const r = readOrganizations(s, mapHeaders(s.headers, ORGANIZATION_COLUMNS).index);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.errors).toEqual([
      { line: 3, column: 'ИНН', message: 'Неверная контрольная цифра ИНН' },
      { line: 4, column: 'ИНН', message: expect.stringContaining('Укажите код или ИНН') },
      { line: 4, column: 'Вид', message: expect.stringContaining('Неизвестный вид') },
    ]);
  });

  it('requires a birth date when a person has no code, and reads labels of enums', () => {
    const s = sheet(
      ['Фамилия', 'Имя', 'Дата рождения', 'Категория', 'Организация (ИНН или код)', 'Должность', 'Код'],
      ['Иванова', 'Анна', '01.02.1980', 'Высшая', '7707083893', 'Методист', null],
      ['Петров', 'Пётр', null, null, '7707083893', null, null],
      ['Сидоров', 'Иван', null, null, 'ORG-1', null, 'P-1'],
    );
    const r = readPeople(s, mapHeaders(s.headers, PERSON_COLUMNS).index);
    expect(r.errors).toEqual([{ line: 3, column: 'Дата рождения', message: expect.stringContaining('Укажите дату рождения') }]);
    expect(r.rows[0]).toMatchObject({ birthDate: '1980-02-01', qualificationCategory: 'HIGHEST', positionKind: 'METHODIST' });
    expect(r.rows[1]).toMatchObject({ externalId: 'P-1', positionKind: 'TEACHER', qualificationCategory: 'NONE' });
  });

  it('reports repeated keys after their first line', () => {
    const rows = [{ line: 2, k: 'a' }, { line: 3, k: 'b' }, { line: 5, k: 'a' }];
    expect(duplicates(rows, (r) => r.k, 'Код', 'Этот код')).toEqual([{ line: 5, column: 'Код', message: 'Этот код уже встречается в строке 2' }]);
  });
});
