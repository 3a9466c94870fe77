import { ORGANIZATION_COLUMNS, PERSON_COLUMNS } from './columns';
import { Sheet } from './parse/sheet';
import { duplicates, mapHeaders, readOrganizations, readPeople, statusesOf } from './rows';

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

  it('reports every problem of every row with its line and column, and keeps reading the row', () => {
    const s = sheet(
      ['Код', 'ИНН', 'Полное наименование', 'Вид', 'Муниципалитет', 'Сайт', 'Email'],
      ['A1', '7707083893', 'Школа 1', 'СОШ', 'Район', 'school1.ru', null],
      [null, '7707083894', 'Школа 2', 'Лицей', 'Район', null, null],
      [null, null, 'Школа 3', 'Кружок', 'Район', 'не сайт', 'почта'],
    );
    const r = readOrganizations(s, mapHeaders(s.headers, ORGANIZATION_COLUMNS).index);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 4]);
    expect(r.rows[0]).toMatchObject({ website: 'https://school1.ru', statuses: null });
    expect(r.rows[2]).toMatchObject({ name: 'Школа 3', municipality: 'Район', kind: null });
    expect(r.errors).toEqual([
      { line: 3, column: 'ИНН', message: 'Неверная контрольная цифра ИНН' },
      { line: 4, column: 'ИНН', message: expect.stringContaining('Укажите код или ИНН') },
      { line: 4, column: 'Вид', message: expect.stringContaining('Неизвестный вид') },
      { line: 4, column: 'Email', message: expect.stringContaining('Неверный адрес электронной почты') },
      { line: 4, column: 'Сайт', message: '«не сайт» — не адрес сайта: укажите, например, school.ru или https://school.ru' },
    ]);
  });

  it('reads an ИНН pasted with spaces, non-breaking spaces or dashes, and tells a 12-digit one by its length', () => {
    const s = sheet(
      ['Код', 'ИНН', 'Полное наименование', 'Вид', 'Муниципалитет'],
      ['A1', ' 77 07 083893 ', 'Школа 1', 'СОШ', 'Район'],
      ['A2', '7707\u00a0083\u00a0893', 'Школа 2', 'СОШ', 'Район'],
      ['A3', '7707-083-893', 'Школа 3', 'СОШ', 'Район'],
      ['A4', '500100732259', 'Школа 4', 'СОШ', 'Район'],
    );
    const r = readOrganizations(s, mapHeaders(s.headers, ORGANIZATION_COLUMNS).index);
    expect(r.rows.slice(0, 3).map((x) => x.inn)).toEqual(['7707083893', '7707083893', '7707083893']);
    expect(r.errors).toEqual([{ line: 5, column: 'ИНН', message: 'ИНН организации — 10 цифр, а здесь 12 — так выглядит ИНН физического лица' }]);
  });

  it('reads statuses with their years and reports unknown ones and missing years', () => {
    const fails: string[] = [];
    expect(statusesOf('НОР 2024; МИП (2023), Краевая/региональная инновационная площадка (КИП, РИП) 2022; нор 2024', (m) => fails.push(m))).toEqual([
      { kind: 'LOW_RESULTS', year: 2024 },
      { kind: 'MUNICIPAL_INNOVATION_SITE', year: 2023 },
      { kind: 'REGIONAL_INNOVATION_SITE', year: 2022 },
    ]);
    expect(statusesOf('2021 г. ШМР: базовый; Точка роста 2020 г.', (m) => fails.push(m))).toEqual([
      { kind: 'MINPROS_SCHOOL_BASIC', year: 2021 },
      { kind: 'GROWTH_POINT', year: 2020 },
    ]);
    expect(fails).toEqual([]);
    statusesOf('Лучшая школа 2024; НСУ; ВОР 1999', (m) => fails.push(m));
    expect(fails).toEqual([
      expect.stringMatching(/^Неизвестный статус «Лучшая школа»: допустимы НОР, НСУ, ВОР/),
      expect.stringMatching(/^Укажите год статуса «НСУ», например «НСУ \d{4}»$/),
      expect.stringMatching(/^Год статуса «ВОР» — от 2000 до \d{4}$/),
    ]);
  });

  it('refuses «стажировочная/опорная площадка» as a status: it follows from the sites', () => {
    const fails: string[] = [];
    expect(statusesOf('стажировочная площадка 2021; Опорная площадка 2022; НОР 2024', (m) => fails.push(m))).toEqual([{ kind: 'LOW_RESULTS', year: 2024 }]);
    expect(fails).toEqual([
      expect.stringMatching(/^«стажировочная площадка» не загружается статусом: площадка заводится в разделе «Стажировочные площадки»/),
      expect.stringMatching(/^«Опорная площадка» не загружается статусом/),
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
    expect(r.rows[2]).toMatchObject({ externalId: 'P-1', positionKind: 'TEACHER', qualificationCategory: 'NONE' });
  });

  it('finds an organisation by an ИНН pasted with spaces or dashes, and keeps a code as typed', () => {
    const s = sheet(
      ['Код', 'Фамилия', 'Имя', 'Организация (ИНН или код)'],
      ['P-1', 'Иванова', 'Анна', '7707 083\u00a0893'],
      ['P-2', 'Петров', 'Пётр', '7707–083–893'],
      ['P-3', 'Сидоров', 'Иван', 'ORG 1'],
    );
    const r = readPeople(s, mapHeaders(s.headers, PERSON_COLUMNS).index);
    expect(r.rows.map((x) => x.organization)).toEqual(['7707083893', '7707083893', 'ORG 1']);
  });

  it('reports repeated keys after their first line', () => {
    const rows = [{ line: 2, k: 'a' }, { line: 3, k: 'b' }, { line: 5, k: 'a' }];
    expect(duplicates(rows, (r) => r.k, 'Код', 'Этот код')).toEqual([{ line: 5, column: 'Код', message: 'Этот код уже встречается в строке 2' }]);
  });
});
