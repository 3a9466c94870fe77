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
 * Seed 001: г. Ярославль, МИП «Наставничество: ресурсы взаимного развития в профессиональных
 * обучающихся сообществах педагогов города» (2023–2025), schools and kindergartens together,
 * and its inter-regional partners (Тутаев, Калуга, Калининградская область, Волгоград).
 *
 * The seed names the heads of the six МИП participants; everybody else is invented
 * (namedInSeed: false). It names no municipal methodological service: a FICTIONAL «Демонстрационный
 * городской методический центр» (illustrative) is added so that the city has one for the demo — no invented
 * facts go to a real service. The seed places the two Kaliningrad partners only in
 * «Калининградская область»; they are put in Гурьевский муниципальный округ (an assumption).
 */

const MIP_EXPERIENCE =
  'Проект на соискание статуса МИП 2023–2025: «Успешный опыт работы на МИП (СШ №26, ДОУ №8, 55, 57, 182)» (год присвоения статуса в проекте не указан; статус по проекту 2023–2025 не присвоен — проект на его соискании)';
const FIP_EXPERIENCE =
  'Проект МИП 2023–2025: «успешный опыт работы на ФИП, ЦРЛП» (год присвоения статуса в проекте не указан)';

/**
 * The 2023–2025 project is an application («на соискание статуса МИП»): no status was granted by it. The seed
 * only states past experience — «Успешный опыт работы на МИП (СШ №26, ДОУ №8, 55, 57, 182)» and «на ФИП, ЦРЛП
 * (СШ №3, ДОУ №8, 57)» — without years; the year of a status is required, so the year the project states it
 * (2023) is used and the source says so.
 */
const mip = { kind: OrganizationStatusKind.MUNICIPAL_INNOVATION_SITE, year: 2023, source: MIP_EXPERIENCE };
const fip = { kind: OrganizationStatusKind.FEDERAL_INNOVATION_SITE, year: 2023, source: FIP_EXPERIENCE };

export const YAROSLAVL: DemoRegion = {
  code: '76',
  name: 'Ярославская область',
  municipalities: [
    {
      name: 'городской округ город Ярославль',
      kind: MunicipalityKind.URBAN_OKRUG,
      organizations: [
        {
          key: 'demo:org:76-yar-gcro',
          illustrative: true,
          name: 'Демонстрационный городской методический центр (иллюстративные данные)',
          shortName: 'Демонстрационный методический центр г. Ярославля',
          kind: OrganizationKind.METHODOLOGICAL_SERVICE,
          inn: withInnCheckDigit('760400001'),
          address: 'Иллюстративные данные: такой организации нет',
          statuses: [],
          people: [
            { key: 'demo:person:76-yar-gcro-curator', lastName: 'Морозова', firstName: 'Светлана', middleName: 'Юрьевна',
              position: PositionKind.METHODIST, title: 'методист, куратор муниципальных инновационных площадок',
              experienceYears: 19, qualificationCategory: QualificationCategory.METHODIST, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:76-yar-sh-3',
          name: 'МОУ «Средняя школа №3 имени Олега Васильевича Изотова»',
          shortName: 'СШ № 3 г. Ярославля',
          kind: OrganizationKind.SCHOOL,
          address: 'г. Ярославль',
          statuses: [fip],
          people: [
            { key: 'demo:person:76-yar-sh3-istratiy', lastName: 'Истратий', firstName: 'Елена', middleName: 'Константиновна',
              position: PositionKind.DIRECTOR, title: 'директор', namedInSeed: true },
            { key: 'demo:person:76-yar-sh3-pos-head', lastName: 'Воронина', firstName: 'Анна', middleName: 'Сергеевна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, руководитель ПОС наставников школы',
              subjects: ['Русский язык', 'Литература'], experienceYears: 18, qualificationCategory: QualificationCategory.METHODIST,
              namedInSeed: false },
            { key: 'demo:person:76-yar-sh3-mentor', lastName: 'Кудрявцев', firstName: 'Павел', middleName: 'Андреевич',
              position: PositionKind.TEACHER, title: 'учитель математики, наставник («позитивный профессиональный дуэт»)',
              subjects: ['Математика'], experienceYears: 15, qualificationCategory: QualificationCategory.MENTOR, namedInSeed: false },
            { key: 'demo:person:76-yar-sh3-young', lastName: 'Белякова', firstName: 'Ольга', middleName: 'Дмитриевна',
              position: PositionKind.TEACHER, title: 'учитель английского языка, наставляемая', subjects: ['Английский язык'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:76-yar-sh-26',
          name: 'МОУ «Средняя школа №26»',
          shortName: 'СШ № 26 г. Ярославля',
          kind: OrganizationKind.SCHOOL,
          address: 'г. Ярославль',
          statuses: [mip],
          people: [
            { key: 'demo:person:76-yar-sh26-dmitrieva', lastName: 'Дмитриева', firstName: 'Любовь', middleName: 'Валентиновна',
              position: PositionKind.DIRECTOR, title: 'директор', namedInSeed: true },
            { key: 'demo:person:76-yar-sh26-pos-head', lastName: 'Голубева', firstName: 'Марина', middleName: 'Александровна',
              position: PositionKind.HEAD_OF_SCHOOL_ASSOCIATION,
              title: 'учитель начальных классов, руководитель ПОС наставников, автор «Дневника ПОС»',
              subjects: ['Начальные классы'], experienceYears: 22, qualificationCategory: QualificationCategory.MENTOR,
              namedInSeed: false },
            { key: 'demo:person:76-yar-sh26-mentor', lastName: 'Соболев', firstName: 'Игорь', middleName: 'Викторович',
              position: PositionKind.TEACHER, title: 'учитель физики, флэш-наставник', subjects: ['Физика', 'Астрономия'],
              experienceYears: 12, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:76-yar-sh26-young', lastName: 'Киселёва', firstName: 'Елизавета', middleName: 'Игоревна',
              position: PositionKind.TEACHER, title: 'учитель начальных классов, наставляемая', subjects: ['Начальные классы'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:76-yar-ds-8',
          name: 'МДОУ «Детский сад №8»',
          shortName: 'Детский сад № 8 г. Ярославля',
          kind: OrganizationKind.KINDERGARTEN,
          address: 'г. Ярославль',
          statuses: [mip, fip],
          people: [
            { key: 'demo:person:76-yar-ds8-nagibina', lastName: 'Нагибина', firstName: 'Любовь', middleName: 'Николаевна',
              position: PositionKind.DIRECTOR, title: 'заведующий', namedInSeed: true },
            { key: 'demo:person:76-yar-ds8-senior', lastName: 'Шмелёва', firstName: 'Татьяна', middleName: 'Викторовна',
              position: PositionKind.METHODIST, title: 'старший воспитатель, руководитель ПОС наставников', experienceYears: 20,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:76-yar-ds8-young', lastName: 'Лапина', firstName: 'Ангелина', middleName: 'Сергеевна',
              position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель, наставляемая', experienceYears: 1,
              qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:76-yar-ds-55',
          name: 'МДОУ «Детский сад №55»',
          shortName: 'Детский сад № 55 г. Ярославля',
          kind: OrganizationKind.KINDERGARTEN,
          address: 'г. Ярославль',
          statuses: [mip],
          people: [
            { key: 'demo:person:76-yar-ds55-rumyantseva', lastName: 'Румянцева', firstName: 'Ольга', middleName: 'Владимировна',
              position: PositionKind.DIRECTOR, title: 'заведующий', namedInSeed: true },
            { key: 'demo:person:76-yar-ds55-mentor', lastName: 'Полякова', firstName: 'Наталья', middleName: 'Игоревна',
              position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель, наставник («однократное погружение в мир профессионалов»)',
              experienceYears: 17, qualificationCategory: QualificationCategory.MENTOR, namedInSeed: false },
            { key: 'demo:person:76-yar-ds55-young', lastName: 'Ефимова', firstName: 'Валерия', middleName: 'Алексеевна',
              position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель, наставляемая', experienceYears: 2,
              qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:76-yar-ds-57',
          name: 'МДОУ «Детский сад №57»',
          shortName: 'Детский сад № 57 г. Ярославля',
          kind: OrganizationKind.KINDERGARTEN,
          address: 'г. Ярославль',
          statuses: [mip, fip],
          people: [
            { key: 'demo:person:76-yar-ds57-solovyova', lastName: 'Соловьёва', firstName: 'Ирина', middleName: 'Викторовна',
              position: PositionKind.DIRECTOR, title: 'заведующий', namedInSeed: true },
            { key: 'demo:person:76-yar-ds57-senior', lastName: 'Комарова', firstName: 'Елена', middleName: 'Борисовна',
              position: PositionKind.METHODIST, title: 'старший воспитатель, руководитель ПОС наставников', experienceYears: 19,
              qualificationCategory: QualificationCategory.METHODIST, namedInSeed: false },
            { key: 'demo:person:76-yar-ds57-speech', lastName: 'Афанасьева', firstName: 'Юлия', middleName: 'Павловна',
              position: PositionKind.OTHER, title: 'учитель-логопед, наставник', experienceYears: 11,
              qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:76-yar-ds57-young', lastName: 'Громова', firstName: 'Алёна', middleName: 'Романовна',
              position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель, наставляемая', experienceYears: 3,
              qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:76-yar-ds-182',
          name: 'МДОУ «Детский сад №182»',
          shortName: 'Детский сад № 182 г. Ярославля',
          kind: OrganizationKind.KINDERGARTEN,
          address: 'г. Ярославль',
          statuses: [mip],
          people: [
            { key: 'demo:person:76-yar-ds182-gorshkova', lastName: 'Горшкова', firstName: 'Ольга', middleName: 'Анатольевна',
              position: PositionKind.DIRECTOR, title: 'заведующий', namedInSeed: true },
            { key: 'demo:person:76-yar-ds182-mentor', lastName: 'Карпова', firstName: 'Людмила', middleName: 'Михайловна',
              position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель, наставник (флэш-наставничество)', experienceYears: 21,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:76-yar-ds182-young', lastName: 'Смирнова', firstName: 'Кристина', middleName: 'Олеговна',
              position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель, наставляемая', experienceYears: 1,
              qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
      ],
    },
    {
      name: 'Тутаевский муниципальный район',
      kind: MunicipalityKind.DISTRICT,
      organizations: [
        {
          key: 'demo:org:76-tutaev-sh-4',
          name: 'МОУ СШ № 4 «Центр образования» г. Тутаева',
          shortName: 'СШ № 4 «Центр образования» г. Тутаев',
          kind: OrganizationKind.SCHOOL,
          address: 'Ярославская обл., г. Тутаев',
          statuses: [],
          people: [
            { key: 'demo:person:76-tutaev-sh4-deputy', lastName: 'Лебедева', firstName: 'Ирина', middleName: 'Валерьевна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, координатор межрегионального взаимодействия',
              subjects: ['Математика'], experienceYears: 21, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:76-tutaev-sh4-young', lastName: 'Зуева', firstName: 'Дарья', middleName: 'Никитична',
              position: PositionKind.TEACHER, title: 'учитель истории', subjects: ['История', 'Обществознание'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
      ],
    },
  ],
};

export const KALUGA: DemoRegion = {
  code: '40',
  name: 'Калужская область',
  municipalities: [
    {
      name: 'городской округ «Город Калуга»',
      kind: MunicipalityKind.URBAN_OKRUG,
      organizations: [
        {
          key: 'demo:org:40-kaluga-sh-25',
          name: 'МБОУ «СШ № 25» г. Калуги',
          shortName: 'СШ № 25 г. Калуга',
          kind: OrganizationKind.SCHOOL,
          address: 'г. Калуга',
          statuses: [],
          people: [
            { key: 'demo:person:40-kaluga-sh25-deputy', lastName: 'Ермакова', firstName: 'Наталья', middleName: 'Геннадьевна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора, куратор наставничества',
              subjects: ['Биология'], experienceYears: 17, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:40-kaluga-sh25-mentor', lastName: 'Титов', firstName: 'Роман', middleName: 'Евгеньевич',
              position: PositionKind.TEACHER, title: 'учитель информатики, наставник', subjects: ['Информатика'],
              experienceYears: 10, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:40-kaluga-kolosok',
          name: 'МБДОУ «Колосок» г. Калуги',
          shortName: 'Детский сад «Колосок» г. Калуга',
          kind: OrganizationKind.KINDERGARTEN,
          address: 'г. Калуга',
          statuses: [],
          people: [
            { key: 'demo:person:40-kaluga-kolosok-senior', lastName: 'Анисимова', firstName: 'Оксана', middleName: 'Владимировна',
              position: PositionKind.METHODIST, title: 'старший воспитатель, руководитель ПОС', experienceYears: 16,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:40-kaluga-kolosok-young', lastName: 'Фролова', firstName: 'Яна', middleName: 'Сергеевна',
              position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель', experienceYears: 1,
              qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
      ],
    },
  ],
};

export const KALININGRAD: DemoRegion = {
  code: '39',
  name: 'Калининградская область',
  municipalities: [
    {
      name: 'Гурьевский муниципальный округ',
      kind: MunicipalityKind.MUNICIPAL_OKRUG,
      organizations: [
        {
          key: 'demo:org:39-gurievsk-shkola-budushchego',
          name: 'МБОУ СОШ «Школа будущего»',
          shortName: 'СОШ «Школа будущего»',
          kind: OrganizationKind.SCHOOL,
          address: 'Калининградская обл.',
          statuses: [],
          people: [
            { key: 'demo:person:39-shkola-budushchego-deputy', lastName: 'Кравцова', firstName: 'Елена', middleName: 'Игоревна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по методической работе',
              subjects: ['Русский язык', 'Литература'], experienceYears: 20,
              qualificationCategory: QualificationCategory.METHODIST, namedInSeed: false },
            { key: 'demo:person:39-shkola-budushchego-young', lastName: 'Белов', firstName: 'Глеб', middleName: 'Антонович',
              position: PositionKind.TEACHER, title: 'учитель математики', subjects: ['Математика'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:39-gurievsk-khrabrovo',
          name: 'Храбровская средняя общеобразовательная школа',
          shortName: 'Храбровская СОШ',
          kind: OrganizationKind.SCHOOL,
          address: 'Калининградская обл., пос. Храброво',
          statuses: [],
          people: [
            { key: 'demo:person:39-khrabrovo-director', lastName: 'Шевчук', firstName: 'Людмила', middleName: 'Васильевна',
              position: PositionKind.DIRECTOR, title: 'директор', experienceYears: 25,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:39-khrabrovo-mentor', lastName: 'Осипов', firstName: 'Денис', middleName: 'Михайлович',
              position: PositionKind.TEACHER, title: 'учитель географии, наставник', subjects: ['География'],
              experienceYears: 13, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
          ],
        },
      ],
    },
  ],
};

export const VOLGOGRAD: DemoRegion = {
  code: '34',
  name: 'Волгоградская область',
  municipalities: [
    {
      name: 'городской округ город-герой Волгоград',
      kind: MunicipalityKind.URBAN_OKRUG,
      organizations: [
        {
          key: 'demo:org:34-volgograd-sh-101',
          name: 'МОУ СШ № 101 Дзержинского района г. Волгограда',
          shortName: 'СШ № 101 г. Волгоград',
          kind: OrganizationKind.SCHOOL,
          address: 'г. Волгоград, Дзержинский район',
          statuses: [],
          people: [
            { key: 'demo:person:34-volgograd-sh101-deputy', lastName: 'Рыбакова', firstName: 'Татьяна', middleName: 'Анатольевна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, руководитель ПОС', subjects: ['Химия'],
              experienceYears: 23, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:34-volgograd-sh101-young', lastName: 'Никитина', firstName: 'Алиса', middleName: 'Владимировна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
      ],
    },
  ],
};

/** Yaroslavl and the inter-regional partners of seed 001, each region once. */
export const YAROSLAVL_REGIONS: DemoRegion[] = [YAROSLAVL, KALUGA, KALININGRAD, VOLGOGRAD];
