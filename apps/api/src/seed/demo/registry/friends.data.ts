import {
  MunicipalityKind,
  OrganizationKind,
  OrganizationStatusKind,
  PositionKind,
  QualificationCategory,
  withInnCheckDigit,
} from '@metodset/shared';
import { DemoRegion } from '../registry.types';

/**
 * Seed 000: мастерская педагогического диалога «Будем дружить школами» (январь 2026 – май 2027).
 *
 * The programme names no schools and no territory, only its two authors (Первухина Е.В., старший
 * методист; Савельева Н.В., руководитель ШМО учителей предметов социально-гуманитарного цикла).
 * The participating schools are FICTIONAL («Школа А … Д (иллюстративная)», marked illustrative), in a
 * fictional «Демонстрационный муниципальный район» (the region is only a place to hang it on); their
 * statuses and all other people are invented. The authors keep the seed's initials and titles and are
 * placed in the fictional initiating school. Statuses reflect what the programme relies on: the yearly self-diagnostics of
 * «Школа Минпросвещения России» (baseline 2025) and the «Точка роста» centres.
 */

const SELF_DIAGNOSTICS =
  'Самодиагностика «Школа Минпросвещения России» по итогам 2025 г. (демо: школа придумана для проекта «Будем дружить школами»)';
const GROWTH_POINT =
  'Ресурсы проекта «Будем дружить школами»: центр «Точка роста» (демо: школа придумана)';

export const FRIENDS: DemoRegion = {
  code: '53',
  name: 'Новгородская область',
  municipalities: [
    {
      name: 'Демонстрационный муниципальный район (иллюстративный)',
      kind: MunicipalityKind.DISTRICT,
      organizations: [
        {
          key: 'demo:org:53-borovichi-sosh-9',
          illustrative: true,
          name: 'Школа А (иллюстративная)',
          shortName: 'Школа А (иллюстративная)',
          kind: OrganizationKind.SCHOOL,
          inn: withInnCheckDigit('532000009'),
          address: 'Иллюстративные данные: такой школы нет',
          statuses: [
            { kind: OrganizationStatusKind.MINPROS_SCHOOL_MEDIUM, year: 2025, source: SELF_DIAGNOSTICS },
            { kind: OrganizationStatusKind.GROWTH_POINT, year: 2025, source: GROWTH_POINT },
          ],
          people: [
            { key: 'demo:person:53-borovichi-sosh9-pervukhina', lastName: 'Первухина', firstName: 'Е.', middleName: 'В.',
              position: PositionKind.METHODIST, title: 'старший методист, автор проекта «Будем дружить школами»', namedInSeed: true },
            { key: 'demo:person:53-borovichi-sosh9-savelyeva', lastName: 'Савельева', firstName: 'Н.', middleName: 'В.',
              position: PositionKind.HEAD_OF_SCHOOL_ASSOCIATION,
              title: 'руководитель ШМО учителей предметов социально-гуманитарного цикла, автор проекта «Будем дружить школами»',
              namedInSeed: true },
            { key: 'demo:person:53-borovichi-sosh9-math', lastName: 'Андреева', firstName: 'Ольга', middleName: 'Сергеевна',
              position: PositionKind.TEACHER, title: 'учитель математики, супервизор', subjects: ['Математика'],
              experienceYears: 24, qualificationCategory: QualificationCategory.MENTOR, namedInSeed: false },
            { key: 'demo:person:53-borovichi-sosh9-young', lastName: 'Яковлева', firstName: 'Мария', middleName: 'Игоревна',
              position: PositionKind.TEACHER, title: 'учитель английского языка', subjects: ['Английский язык'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:53-borovichi-gymnasium',
          illustrative: true,
          name: 'Школа Б (иллюстративная)',
          shortName: 'Школа Б (иллюстративная)',
          kind: OrganizationKind.SCHOOL,
          inn: withInnCheckDigit('532000001'),
          address: 'Иллюстративные данные: такой школы нет',
          statuses: [{ kind: OrganizationStatusKind.MINPROS_SCHOOL_HIGH, year: 2025, source: SELF_DIAGNOSTICS }],
          people: [
            { key: 'demo:person:53-borovichi-gym-deputy', lastName: 'Виноградова', firstName: 'Елена', middleName: 'Николаевна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР', subjects: ['Русский язык', 'Литература'],
              experienceYears: 26, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:53-borovichi-gym-chem', lastName: 'Тихомиров', firstName: 'Сергей', middleName: 'Павлович',
              position: PositionKind.TEACHER, title: 'учитель химии, руководитель ШМО естественно-научного цикла',
              subjects: ['Химия', 'Биология'], experienceYears: 19, qualificationCategory: QualificationCategory.METHODIST,
              namedInSeed: false },
            { key: 'demo:person:53-borovichi-gym-young', lastName: 'Кольцова', firstName: 'Анна', middleName: 'Дмитриевна',
              position: PositionKind.TEACHER, title: 'учитель истории', subjects: ['История', 'Обществознание'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:53-borovichi-sosh-11',
          illustrative: true,
          name: 'Школа В (иллюстративная)',
          shortName: 'Школа В (иллюстративная)',
          kind: OrganizationKind.SCHOOL,
          inn: withInnCheckDigit('532000011'),
          address: 'Иллюстративные данные: такой школы нет',
          statuses: [{ kind: OrganizationStatusKind.MINPROS_SCHOOL_BASIC, year: 2025, source: SELF_DIAGNOSTICS }],
          people: [
            { key: 'demo:person:53-borovichi-sosh11-primary', lastName: 'Ефремова', firstName: 'Галина', middleName: 'Петровна',
              position: PositionKind.TEACHER, title: 'учитель начальных классов', subjects: ['Начальные классы'],
              experienceYears: 30, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:53-borovichi-sosh11-physics', lastName: 'Матвеев', firstName: 'Олег', middleName: 'Викторович',
              position: PositionKind.TEACHER, title: 'учитель физики и информатики', subjects: ['Физика', 'Информатика'],
              experienceYears: 8, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:53-borovichi-sosh11-young', lastName: 'Новикова', firstName: 'Юлия', middleName: 'Андреевна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:53-borovichi-opechensky-posad',
          illustrative: true,
          name: 'Школа Г (иллюстративная)',
          shortName: 'Школа Г (иллюстративная)',
          kind: OrganizationKind.SCHOOL,
          inn: withInnCheckDigit('532000021'),
          address: 'Иллюстративные данные: такой школы нет',
          statuses: [
            { kind: OrganizationStatusKind.MINPROS_SCHOOL_BASIC, year: 2025, source: SELF_DIAGNOSTICS },
            { kind: OrganizationStatusKind.GROWTH_POINT, year: 2025, source: GROWTH_POINT },
          ],
          people: [
            { key: 'demo:person:53-opechensky-director', lastName: 'Соловьёв', firstName: 'Виктор', middleName: 'Иванович',
              position: PositionKind.DIRECTOR, title: 'директор, учитель технологии', subjects: ['Технология'],
              experienceYears: 27, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:53-opechensky-bio', lastName: 'Дмитриева', firstName: 'Светлана', middleName: 'Алексеевна',
              position: PositionKind.TEACHER, title: 'учитель биологии и географии (центр «Точка роста»)',
              subjects: ['Биология', 'География'], experienceYears: 14, qualificationCategory: QualificationCategory.FIRST,
              namedInSeed: false },
            { key: 'demo:person:53-opechensky-young', lastName: 'Гусев', firstName: 'Михаил', middleName: 'Олегович',
              position: PositionKind.TEACHER, title: 'учитель математики', subjects: ['Математика'],
              experienceYears: 3, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:53-borovichi-volok',
          illustrative: true,
          name: 'Школа Д (иллюстративная)',
          shortName: 'Школа Д (иллюстративная)',
          kind: OrganizationKind.SCHOOL,
          inn: withInnCheckDigit('532000022'),
          address: 'Иллюстративные данные: такой школы нет',
          statuses: [
            { kind: OrganizationStatusKind.MINPROS_SCHOOL_BASIC, year: 2025, source: SELF_DIAGNOSTICS },
            { kind: OrganizationStatusKind.GROWTH_POINT, year: 2025, source: GROWTH_POINT },
          ],
          people: [
            { key: 'demo:person:53-volok-deputy', lastName: 'Кудрявцева', firstName: 'Нина', middleName: 'Михайловна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР', subjects: ['Начальные классы'],
              experienceYears: 22, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:53-volok-rus', lastName: 'Баранова', firstName: 'Ирина', middleName: 'Валентиновна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'],
              experienceYears: 16, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:53-volok-young', lastName: 'Платонова', firstName: 'Арина', middleName: 'Сергеевна',
              position: PositionKind.TEACHER, title: 'учитель физической культуры', subjects: ['Физическая культура'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
      ],
    },
  ],
};

export const FRIENDS_REGIONS: DemoRegion[] = [FRIENDS];
