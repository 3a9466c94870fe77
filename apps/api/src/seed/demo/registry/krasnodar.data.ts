import {
  MunicipalityKind,
  OrganizationKind,
  OrganizationStatusKind,
  PositionKind,
  QualificationCategory,
} from '@metodset/shared';
import { DemoMunicipality, DemoOrganization, DemoRegion } from '../registry.types';

/**
 * Seed 004: Тимашевский район, краевой ресурсный центр (КРЦ) «Научно-методическое сопровождение
 * профессионального роста педагогов в условиях деятельности стажировочных площадок» 2020–2023.
 *
 * - МБУ «Центр развития образования» (ТМС Тимашевского района): КИП 2015–2018 (сеть муниципальных
 *   стажировочных площадок), статус краевого ресурсного центра с 2019 г.; coordinator of the network.
 * - Staging sites on the bases of МБОУ СОШ № 1, 2, 4, 5, 11, 13 since the 2015–2018 project; the 2020–2023
 *   plan names only СОШ № 2 as a staging site (деловая игра, январь 2022), so only it has the 2020 status;
 *   МБОУ СОШ № 1 is a краевая инновационная площадка (семинар, январь 2021); МБДОУ д/с № 7 is a support site
 *   (опорная площадка, 2021 plan).
 * - Network of 13 organisations: 8 territorial methodological services (ТМС), ГБОУ ИРО Краснодарского
 *   края, КубГУ and its Slavyansk-na-Kubani branch, ЧОУ «Персонал-Ресурс».
 *
 * The seed names no practitioners (only scholars it cites) and gives no official names of the eight
 * ТМС, so every person here is invented (namedInSeed: false) and the ТМС are named descriptively.
 */

const PROJECT =
  'Проект КРЦ «Научно-методическое сопровождение профессионального роста педагогов в условиях деятельности стажировочных площадок» (2020–2023)';
const KIP_2015 =
  'КИП ТМС Тимашевского района «Организация сети муниципальных стажировочных площадок как средство непрерывного повышения квалификации педагогических работников» (2015–2018)';

// The staging sites on СОШ № 1, 2, 4, 5, 11, 13 and the support site on д/с № 7 are sites (seed/demo/staging), and the
// statuses «стажировочная/опорная площадка» are derived from them, never entered here.

/** A territorial methodological service of the network; the seed gives only the territory. */
function tms(slug: string, territory: string, city: string, head: [string, string, string]): DemoOrganization {
  return {
    key: `demo:org:23-${slug}-tms`,
    name: `Территориальная методическая служба муниципального образования ${territory}`,
    shortName: `ТМС: ${territory}`,
    kind: OrganizationKind.METHODOLOGICAL_SERVICE,
    address: `Краснодарский край, ${city}`,
    statuses: [],
    people: [
      { key: `demo:person:23-${slug}-tms-head`, lastName: head[0], firstName: head[1], middleName: head[2],
        position: PositionKind.METHODIST, title: 'руководитель ТМС, член координационного совета методической сети',
        experienceYears: 20, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
    ],
  };
}

const TIMASHEVSK: DemoMunicipality = {
  name: 'Тимашевский район',
  kind: MunicipalityKind.DISTRICT,
  organizations: [
    {
      // Not from the seeds: a made-up organisation that coordinates the illustrative network of invitations.
      key: 'demo:org:23-tim-illustrative-center',
      illustrative: true,
      name: 'Демонстрационный методический центр (иллюстративные данные)',
      shortName: 'Демонстрационный методический центр',
      kind: OrganizationKind.METHODOLOGICAL_SERVICE,
      address: 'Иллюстративные данные: такой организации нет',
      statuses: [],
      people: [],
    },
    {
      key: 'demo:org:23-tim-cro',
      name: 'Муниципальное бюджетное учреждение «Центр развития образования» муниципального образования Тимашевский район',
      shortName: 'МБУ «ЦРО» Тимашевского района (КРЦ)',
      kind: OrganizationKind.METHODOLOGICAL_SERVICE,
      address: 'Краснодарский край, г. Тимашевск',
      statuses: [
        { kind: OrganizationStatusKind.REGIONAL_INNOVATION_SITE, year: 2015, source: KIP_2015 },
        { kind: OrganizationStatusKind.RESOURCE_CENTER, year: 2019,
          source: 'Статус краевого ресурсного центра присвоен методической службе Тимашевского района в 2019 г. (Положение о краевом ресурсном центре общего образования, приказ ГБОУ ИРО Краснодарского края № 25 от 31.01.2019)' },
      ],
      people: [
        { key: 'demo:person:23-tim-cro-director', lastName: 'Ткаченко', firstName: 'Ирина', middleName: 'Николаевна',
          position: PositionKind.DIRECTOR, title: 'директор, руководитель проекта КРЦ, председатель координационного совета',
          experienceYears: 29, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
        { key: 'demo:person:23-tim-cro-staging', lastName: 'Бондаренко', firstName: 'Светлана', middleName: 'Викторовна',
          position: PositionKind.METHODIST, title: 'методист, куратор стажировочных и опорных площадок', experienceYears: 18,
          qualificationCategory: QualificationCategory.METHODIST, namedInSeed: false },
        { key: 'demo:person:23-tim-cro-diagnostics', lastName: 'Кравченко', firstName: 'Олеся', middleName: 'Александровна',
          position: PositionKind.METHODIST, title: 'методист, банк диагностических методик и мониторинг эффективности',
          experienceYears: 11, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
        { key: 'demo:person:23-tim-cro-preschool', lastName: 'Литвиненко', firstName: 'Марина', middleName: 'Петровна',
          position: PositionKind.METHODIST, title: 'методист по дошкольному образованию', experienceYears: 22,
          qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-tim-sosh-1',
      name: 'МБОУ СОШ № 1 муниципального образования Тимашевский район',
      shortName: 'СОШ № 1 Тимашевского района',
      kind: OrganizationKind.SCHOOL,
      address: 'Краснодарский край, г. Тимашевск',
      statuses: [
        { kind: OrganizationStatusKind.REGIONAL_INNOVATION_SITE, year: 2021,
          source: `${PROJECT}: план-график, январь 2021 — семинар «Организация инновационной деятельности ОО» на примере опыта работы краевой инновационной площадки МБОУ СОШ № 1` },
      ],
      people: [
        { key: 'demo:person:23-tim-sosh1-head', lastName: 'Шевченко', firstName: 'Наталья', middleName: 'Ивановна',
          position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УМР, руководитель стажировочной площадки',
          subjects: ['Русский язык', 'Литература'], experienceYears: 24, qualificationCategory: QualificationCategory.HIGHEST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh1-master', lastName: 'Гончаренко', firstName: 'Ольга', middleName: 'Васильевна',
          position: PositionKind.TEACHER, title: 'учитель математики, педагог-мастер', subjects: ['Математика'],
          experienceYears: 21, qualificationCategory: QualificationCategory.MENTOR, isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh1-intern', lastName: 'Сидоренко', firstName: 'Алина', middleName: 'Сергеевна',
          position: PositionKind.TEACHER, title: 'учитель математики, стажёр', subjects: ['Математика'],
          experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-tim-sosh-2',
      name: 'МБОУ СОШ № 2 муниципального образования Тимашевский район',
      shortName: 'СОШ № 2 Тимашевского района',
      kind: OrganizationKind.SCHOOL,
      address: 'Краснодарский край, г. Тимашевск',
      statuses: [],
      people: [
        { key: 'demo:person:23-tim-sosh2-head', lastName: 'Кириченко', firstName: 'Елена', middleName: 'Анатольевна',
          position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, руководитель стажировочной площадки',
          subjects: ['История', 'Обществознание'], experienceYears: 19, qualificationCategory: QualificationCategory.HIGHEST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh2-master', lastName: 'Рябоконь', firstName: 'Татьяна', middleName: 'Григорьевна',
          position: PositionKind.TEACHER, title: 'учитель биологии, педагог-мастер (проектно-исследовательская деятельность)',
          subjects: ['Биология'], experienceYears: 26, qualificationCategory: QualificationCategory.HIGHEST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh2-intern', lastName: 'Мельник', firstName: 'Дарья', middleName: 'Романовна',
          position: PositionKind.TEACHER, title: 'учитель биологии и химии, стажёр', subjects: ['Биология', 'Химия'],
          experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-tim-sosh-4',
      name: 'МБОУ СОШ № 4 муниципального образования Тимашевский район',
      shortName: 'СОШ № 4 Тимашевского района',
      kind: OrganizationKind.SCHOOL,
      address: 'Краснодарский край, г. Тимашевск',
      statuses: [],
      people: [
        { key: 'demo:person:23-tim-sosh4-head', lastName: 'Лысенко', firstName: 'Галина', middleName: 'Михайловна',
          position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, руководитель стажировочной площадки',
          subjects: ['Начальные классы'], experienceYears: 27, qualificationCategory: QualificationCategory.HIGHEST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh4-master', lastName: 'Онищенко', firstName: 'Лариса', middleName: 'Юрьевна',
          position: PositionKind.TEACHER, title: 'учитель начальных классов, педагог-мастер (системно-деятельностный подход)',
          subjects: ['Начальные классы'], experienceYears: 23, qualificationCategory: QualificationCategory.METHODIST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh4-intern', lastName: 'Дорошенко', firstName: 'Виктория', middleName: 'Алексеевна',
          position: PositionKind.TEACHER, title: 'учитель начальных классов, стажёр', subjects: ['Начальные классы'],
          experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-tim-sosh-5',
      name: 'МБОУ СОШ № 5 муниципального образования Тимашевский район',
      shortName: 'СОШ № 5 Тимашевского района',
      kind: OrganizationKind.SCHOOL,
      address: 'Краснодарский край, г. Тимашевск',
      statuses: [],
      people: [
        { key: 'demo:person:23-tim-sosh5-head', lastName: 'Ковтун', firstName: 'Андрей', middleName: 'Викторович',
          position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, руководитель стажировочной площадки',
          subjects: ['Информатика'], experienceYears: 16, qualificationCategory: QualificationCategory.HIGHEST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh5-master', lastName: 'Науменко', firstName: 'Юлия', middleName: 'Олеговна',
          position: PositionKind.TEACHER, title: 'учитель информатики, педагог-мастер (ИКТ-компетенции)', subjects: ['Информатика'],
          experienceYears: 14, qualificationCategory: QualificationCategory.HIGHEST, isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh5-intern', lastName: 'Зинченко', firstName: 'Никита', middleName: 'Андреевич',
          position: PositionKind.TEACHER, title: 'учитель физики, стажёр', subjects: ['Физика'],
          experienceYears: 3, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-tim-sosh-11',
      name: 'МБОУ СОШ № 11 муниципального образования Тимашевский район',
      shortName: 'СОШ № 11 Тимашевского района',
      kind: OrganizationKind.SCHOOL,
      address: 'Краснодарский край, Тимашевский р-н',
      statuses: [],
      people: [
        { key: 'demo:person:23-tim-sosh11-head', lastName: 'Пономаренко', firstName: 'Светлана', middleName: 'Николаевна',
          position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, руководитель стажировочной площадки',
          subjects: ['Физическая культура'], experienceYears: 25, qualificationCategory: QualificationCategory.HIGHEST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh11-master', lastName: 'Тарасенко', firstName: 'Вера', middleName: 'Ивановна',
          position: PositionKind.TEACHER, title: 'педагог-психолог, педагог-мастер (психолого-педагогические компетенции)',
          experienceYears: 20, qualificationCategory: QualificationCategory.HIGHEST, isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh11-intern', lastName: 'Левченко', firstName: 'Анна', middleName: 'Дмитриевна',
          position: PositionKind.TEACHER, title: 'учитель английского языка, стажёр', subjects: ['Английский язык'],
          experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-tim-sosh-13',
      name: 'МБОУ СОШ № 13 муниципального образования Тимашевский район',
      shortName: 'СОШ № 13 Тимашевского района',
      kind: OrganizationKind.SCHOOL,
      address: 'Краснодарский край, Тимашевский р-н',
      statuses: [],
      people: [
        { key: 'demo:person:23-tim-sosh13-head', lastName: 'Руденко', firstName: 'Оксана', middleName: 'Владимировна',
          position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, руководитель стажировочной площадки',
          subjects: ['Математика'], experienceYears: 22, qualificationCategory: QualificationCategory.HIGHEST,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh13-master', lastName: 'Яценко', firstName: 'Людмила', middleName: 'Петровна',
          position: PositionKind.TEACHER, title: 'учитель русского языка и литературы, педагог-мастер (оценочные компетенции)',
          subjects: ['Русский язык', 'Литература'], experienceYears: 30, qualificationCategory: QualificationCategory.MENTOR,
          isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-sosh13-intern', lastName: 'Гребенюк', firstName: 'Артём', middleName: 'Сергеевич',
          position: PositionKind.TEACHER, title: 'учитель истории, стажёр', subjects: ['История', 'Обществознание'],
          experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-tim-dou-7',
      name: 'МБДОУ д/с № 7 муниципального образования Тимашевский район',
      shortName: 'Детский сад № 7 Тимашевского района',
      kind: OrganizationKind.KINDERGARTEN,
      address: 'Краснодарский край, г. Тимашевск',
      statuses: [],
      people: [
        { key: 'demo:person:23-tim-dou7-head', lastName: 'Савченко', firstName: 'Елена', middleName: 'Геннадьевна',
          position: PositionKind.DIRECTOR, title: 'заведующий, руководитель опорной площадки', experienceYears: 24,
          qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
        { key: 'demo:person:23-tim-dou7-senior', lastName: 'Власенко', firstName: 'Ирина', middleName: 'Сергеевна',
          position: PositionKind.METHODIST, title: 'старший воспитатель, педагог-мастер', experienceYears: 17,
          qualificationCategory: QualificationCategory.HIGHEST, isMasterTeacher: true, namedInSeed: false },
        { key: 'demo:person:23-tim-dou7-young', lastName: 'Остапенко', firstName: 'Мария', middleName: 'Андреевна',
          position: PositionKind.PRESCHOOL_TEACHER, title: 'воспитатель, стажёр', experienceYears: 1,
          qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
      ],
    },
  ],
};

/** The eight partner territories of the network; one ТМС each. */
const PARTNER_TERRITORIES: DemoMunicipality[] = [
  { name: 'Калининский район', kind: MunicipalityKind.DISTRICT,
    organizations: [tms('kalininsky', 'Калининский район', 'ст. Калининская', ['Гуденко', 'Татьяна', 'Ивановна'])] },
  { name: 'Брюховецкий район', kind: MunicipalityKind.DISTRICT,
    organizations: [tms('bryukhovetsky', 'Брюховецкий район', 'ст. Брюховецкая', ['Кулиш', 'Наталья', 'Васильевна'])] },
  { name: 'Приморско-Ахтарский район', kind: MunicipalityKind.DISTRICT,
    organizations: [tms('primorsko-akhtarsky', 'Приморско-Ахтарский район', 'г. Приморско-Ахтарск',
      ['Гавриленко', 'Елена', 'Николаевна'])] },
  { name: 'Каневской район', kind: MunicipalityKind.DISTRICT,
    organizations: [tms('kanevskoy', 'Каневской район', 'ст. Каневская', ['Дьяченко', 'Светлана', 'Юрьевна'])] },
  { name: 'Ейский район', kind: MunicipalityKind.DISTRICT,
    organizations: [tms('yeysky', 'Ейский район', 'г. Ейск', ['Моисеенко', 'Ольга', 'Александровна'])] },
  { name: 'Ленинградский район', kind: MunicipalityKind.DISTRICT,
    organizations: [tms('leningradsky', 'Ленинградский район', 'ст. Ленинградская', ['Коваленко', 'Ирина', 'Петровна'])] },
  { name: 'город-курорт Анапа', kind: MunicipalityKind.URBAN_OKRUG,
    organizations: [tms('anapa', 'город-курорт Анапа', 'г. Анапа', ['Головко', 'Людмила', 'Викторовна'])] },
  { name: 'город Горячий Ключ', kind: MunicipalityKind.URBAN_OKRUG,
    organizations: [tms('goryachy-klyuch', 'город Горячий Ключ', 'г. Горячий Ключ', ['Остроухова', 'Анна', 'Сергеевна'])] },
];

const KRASNODAR_CITY: DemoMunicipality = {
  name: 'город Краснодар',
  kind: MunicipalityKind.URBAN_OKRUG,
  organizations: [
    {
      key: 'demo:org:23-krd-iro',
      name: 'ГБОУ ДО Институт развития образования Краснодарского края',
      shortName: 'ГБОУ ИРО Краснодарского края',
      kind: OrganizationKind.INSTITUTE,
      address: 'г. Краснодар',
      statuses: [],
      people: [
        { key: 'demo:person:23-krd-iro-curator', lastName: 'Захарченко', firstName: 'Валентина', middleName: 'Алексеевна',
          position: PositionKind.METHODIST, title: 'старший методист, куратор краевых ресурсных центров', experienceYears: 23,
          qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-krd-kubsu',
      name: 'Кубанский государственный университет',
      shortName: 'КубГУ',
      kind: OrganizationKind.UNIVERSITY,
      address: 'г. Краснодар',
      statuses: [],
      people: [
        { key: 'demo:person:23-krd-kubsu-docent', lastName: 'Белоусова', firstName: 'Наталья', middleName: 'Борисовна',
          position: PositionKind.OTHER, title: 'доцент кафедры педагогики и психологии, к.пед.н.', experienceYears: 21,
          namedInSeed: false },
      ],
    },
    {
      key: 'demo:org:23-krd-personal-resurs',
      name: 'ЧОУ «Персонал-Ресурс»',
      shortName: '«Персонал-Ресурс»',
      kind: OrganizationKind.PARTNER,
      address: 'г. Краснодар',
      statuses: [],
      people: [],
    },
  ],
};

const SLAVYANSKY: DemoMunicipality = {
  name: 'Славянский район',
  kind: MunicipalityKind.DISTRICT,
  organizations: [
    {
      key: 'demo:org:23-slav-kubsu-filial',
      name: 'Филиал Кубанского государственного университета в г. Славянске-на-Кубани',
      shortName: 'Филиал КубГУ в г. Славянске-на-Кубани',
      kind: OrganizationKind.UNIVERSITY,
      // A branch shares the university's ИНН (it differs only by КПП), so none is given here.
      address: 'Краснодарский край, г. Славянск-на-Кубани',
      statuses: [],
      people: [],
    },
  ],
};

export const KRASNODAR: DemoRegion = {
  code: '23',
  name: 'Краснодарский край',
  municipalities: [TIMASHEVSK, ...PARTNER_TERRITORIES, KRASNODAR_CITY, SLAVYANSKY],
};

export const KRASNODAR_REGIONS: DemoRegion[] = [KRASNODAR];
