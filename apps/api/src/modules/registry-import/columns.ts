import { registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_STATUS_SHORT, OrganizationStatusKind } from '@metodset/shared';

/** The short names of the statuses an organisation may hold, as the template lists them. */
export const STATUS_HINT = Object.values(OrganizationStatusKind).map((k) => ORGANIZATION_STATUS_SHORT[k]).join(', ');

/** What a file holds. */
export enum RegistryImportKind {
  ORGANIZATIONS = 'ORGANIZATIONS',
  PEOPLE = 'PEOPLE',
}
registerEnumType(RegistryImportKind, { name: 'RegistryImportKind', description: 'Что загружается: организации или педагоги' });

export interface ColumnDef<K extends string = string> {
  key: K;
  /** The header as in the template (matched case-insensitively, spaces collapsed). */
  header: string;
  /** Other headers accepted for the same column. */
  aliases?: string[];
  required: boolean;
  description: string;
}

export type OrganizationColumn = 'externalId' | 'inn' | 'name' | 'shortName' | 'kind' | 'municipality' | 'address' | 'email' | 'website' | 'statuses';
export type PersonColumn =
  | 'externalId'
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'birthDate'
  | 'email'
  | 'phone'
  | 'subjects'
  | 'experienceYears'
  | 'category'
  | 'organization'
  | 'positionKind'
  | 'positionTitle';

/**
 * Organisations. Key: «Код» (the municipality's own registry id) when given, otherwise «ИНН»;
 * a row with neither is an error. Re-importing the same key updates the organisation.
 */
export const ORGANIZATION_COLUMNS: readonly ColumnDef<OrganizationColumn>[] = [
  { key: 'externalId', header: 'Код', aliases: ['Внешний код', 'Код в реестре'], required: false, description: 'Код организации в реестре муниципалитета; ключ загрузки (если не задан — ИНН)' },
  { key: 'inn', header: 'ИНН', required: false, description: '10 цифр с контрольной; ключ загрузки, если нет кода' },
  { key: 'name', header: 'Полное наименование', aliases: ['Наименование'], required: true, description: 'Полное наименование по уставу' },
  { key: 'shortName', header: 'Краткое наименование', required: false, description: 'Например, МОУ «СОШ № 1»' },
  { key: 'kind', header: 'Вид', aliases: ['Тип'], required: true, description: 'Вид организации: название из справочника или сокращение (СОШ, ДОУ, Гимназия, Лицей…)' },
  { key: 'municipality', header: 'Муниципалитет', aliases: ['Муниципальное образование', 'Район'], required: true, description: 'Название муниципалитета, как в системе' },
  { key: 'address', header: 'Адрес', required: false, description: 'Почтовый адрес' },
  { key: 'email', header: 'Email', aliases: ['E-mail', 'Эл. почта', 'Электронная почта'], required: false, description: 'Адрес электронной почты' },
  { key: 'website', header: 'Сайт', required: false, description: 'Адрес сайта; без https:// он добавится сам (school.ru → https://school.ru)' },
  {
    key: 'statuses',
    header: 'Статусы',
    aliases: ['Статус'],
    required: false,
    description:
      'Статусы с годом через точку с запятой, например «НОР 2024; МИП 2023». Добавляются к уже указанным в карточке. ' +
      `Допустимые: ${STATUS_HINT}. Полный список — на листе «Статусы»`,
  },
];

/**
 * People. Key: «Код» when given; otherwise Фамилия + Имя + Отчество + Дата рождения
 * (the birth date is then required). Re-importing the same key updates the person and their position.
 */
export const PERSON_COLUMNS: readonly ColumnDef<PersonColumn>[] = [
  { key: 'externalId', header: 'Код', aliases: ['Внешний код', 'Табельный номер'], required: false, description: 'Код педагога в реестре муниципалитета; ключ загрузки (если не задан — ФИО и дата рождения)' },
  { key: 'lastName', header: 'Фамилия', required: true, description: 'Фамилия' },
  { key: 'firstName', header: 'Имя', required: true, description: 'Имя' },
  { key: 'middleName', header: 'Отчество', required: false, description: 'Отчество (если есть)' },
  { key: 'birthDate', header: 'Дата рождения', required: false, description: 'ДД.ММ.ГГГГ; обязательна, если нет кода' },
  { key: 'email', header: 'Email', aliases: ['E-mail', 'Эл. почта', 'Электронная почта'], required: false, description: 'Адрес электронной почты (у каждого свой)' },
  { key: 'phone', header: 'Телефон', required: false, description: 'Телефон' },
  { key: 'subjects', header: 'Предметы', required: false, description: 'Через запятую или точку с запятой' },
  { key: 'experienceYears', header: 'Стаж', aliases: ['Педагогический стаж'], required: false, description: 'Педагогический стаж, полных лет' },
  { key: 'category', header: 'Категория', aliases: ['Квалификационная категория'], required: false, description: 'Без категории, Первая, Высшая, Педагог-методист, Педагог-наставник' },
  { key: 'organization', header: 'Организация (ИНН или код)', aliases: ['Организация'], required: true, description: 'ИНН или код организации, уже загруженной в систему' },
  { key: 'positionKind', header: 'Должность', required: false, description: 'Учитель, Воспитатель, Методист, Директор…; по умолчанию — Учитель' },
  { key: 'positionTitle', header: 'Должность по штатному расписанию', required: false, description: 'Например, учитель русского языка и литературы' },
];

export const NATURAL_KEY: Record<RegistryImportKind, string> = {
  ORGANIZATIONS: 'Организация находится по «Коду», а если его нет — по «ИНН»',
  PEOPLE: 'Педагог находится по «Коду», а если его нет — по фамилии, имени, отчеству и дате рождения',
};

export const columnsOf = (kind: RegistryImportKind): readonly ColumnDef[] => (kind === RegistryImportKind.ORGANIZATIONS ? ORGANIZATION_COLUMNS : PERSON_COLUMNS);

export const normalizeHeader = (h: string): string => h.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
