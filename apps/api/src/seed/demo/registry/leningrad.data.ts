import {
  MunicipalityKind,
  OrganizationKind,
  OrganizationStatusKind,
  PositionKind,
  QualificationCategory,
} from '@metodset/shared';
import { DemoRegion } from '../registry.types';

/**
 * Seed 002: Подпорожский район, «Школа – школе» сетевое наставничество 2020–2023.
 *
 * - Seven schools on the Rosobrnadzor list of low-results schools (ШНОР) as of April 2020.
 * - МБОУ «Подпорожская СОШ №3» — the only high-results school: level 1, resource centre,
 *   its director (Шахова М.Ю.) is the level-1 mentor.
 * - Level 2: two directors of low-results schools act as mentors. The seed does not name the
 *   schools outright; СОШ №4 (Куновская Е.А., mentor in the «500+» pair of 2022) and the
 *   Важинский ОЦ (always co-organiser with СОШ №3 and СОШ №4) are taken as level 2.
 * - «500+» pairs: Шахова М.Ю. – Ключина Г.Г. (Вознесенский ОЦ, 2021);
 *   Куновская Е.А. – Брякжиева А.С. (СОШ №8, 2022).
 * - The seed names no list of schools in unfavourable social conditions (НСУ), so no
 *   UNFAVOURABLE_CONDITIONS status is set here.
 * People named in the seed keep the seed's initials («Шахова М.Ю.»: firstName «М.», middleName «Ю.») and no
 * invented experience or category; people with namedInSeed: false are invented for the demo (illustrative).
 */

const SHNOR_2020 =
  'Перечень ШНОР Рособнадзора по итогам ВПР 2017–2019 (русский язык и математика, 2017/2018 и 2018/2019 уч. годы), на апрель 2020 г.';
const PROJECT_ORDER =
  'Проект «Школа – школе», утв. приказом Комитета образования Администрации МО «Подпорожский муниципальный район Ленинградской области» от 30.12.2020 № 201';
const PAIR_2021 =
  'Федеральный проект «500+»: наставническая пара Шахова М.Ю. – Ключина Г.Г., план проекта «Школа – школе» на 2020/2021 уч. год (февраль 2021)';
const PAIR_2022 =
  'Федеральный проект «500+»: наставническая пара Куновская Е.А. – Брякжиева А.С., план проекта «Школа – школе» на 2021/2022 уч. год (февраль 2022)';

const lowResults = { kind: OrganizationStatusKind.LOW_RESULTS, year: 2020, source: SHNOR_2020 };

export const LENINGRAD: DemoRegion = {
  code: '47',
  name: 'Ленинградская область',
  municipalities: [
    {
      name: 'Подпорожский муниципальный район',
      kind: MunicipalityKind.DISTRICT,
      organizations: [
        {
          // Not from the seeds: a made-up school, invited into the illustrative network (networks by consent).
          key: 'demo:org:47-podp-illustrative-school',
          illustrative: true,
          name: 'Демонстрационная школа (иллюстративные данные)',
          shortName: 'Демонстрационная школа',
          kind: OrganizationKind.SCHOOL,
          address: 'Иллюстративные данные: такой организации нет',
          statuses: [],
          people: [],
        },
        {
          key: 'demo:org:47-podp-komitet',
          name: 'Комитет образования Администрации МО «Подпорожский муниципальный район Ленинградской области»',
          shortName: 'Комитет образования Подпорожского района',
          kind: OrganizationKind.EDUCATION_AUTHORITY,
          address: 'Ленинградская обл., г. Подпорожье',
          statuses: [],
          people: [
            { key: 'demo:person:47-podp-komitet-head', lastName: 'Никифорова', firstName: 'Ольга', middleName: 'Петровна',
              position: PositionKind.OTHER, title: 'председатель Комитета образования', experienceYears: 25, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-ims',
          name: 'Информационно-методическая служба Комитета образования Администрации МО «Подпорожский муниципальный район Ленинградской области»',
          shortName: 'ИМС Подпорожского района',
          kind: OrganizationKind.METHODOLOGICAL_SERVICE,
          address: 'Ленинградская обл., г. Подпорожье',
          statuses: [],
          people: [
            { key: 'demo:person:47-podp-ims-head', lastName: 'Егорова', firstName: 'Татьяна', middleName: 'Николаевна',
              position: PositionKind.METHODIST, title: 'руководитель информационно-методической службы', experienceYears: 27,
              qualificationCategory: QualificationCategory.METHODIST, namedInSeed: false },
            { key: 'demo:person:47-podp-ims-methodist', lastName: 'Кузьмина', firstName: 'Ирина', middleName: 'Валерьевна',
              position: PositionKind.METHODIST, title: 'методист ИМС (сетевое наставничество, база наставников)', experienceYears: 14,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-sosh-3',
          name: 'МБОУ «Подпорожская СОШ №3»',
          shortName: 'СОШ №3 г. Подпорожье',
          kind: OrganizationKind.SCHOOL,
          address: 'Ленинградская обл., г. Подпорожье',
          statuses: [
            { kind: OrganizationStatusKind.HIGH_RESULTS, year: 2020,
              source: `${PROJECT_ORDER}: школа-лидер со стабильно высокими образовательными результатами` },
            { kind: OrganizationStatusKind.RESOURCE_CENTER, year: 2020,
              source: `${PROJECT_ORDER}: школа 1-го уровня — опорная школа наставничества и ресурсный центр` },
          ],
          people: [
            { key: 'demo:person:47-podp-sosh3-shakhova', lastName: 'Шахова', firstName: 'М.', middleName: 'Ю.',
              position: PositionKind.DIRECTOR, title: 'руководитель-наставник 1-го уровня (куратор пары «500+»)', namedInSeed: true },
            { key: 'demo:person:47-podp-sosh3-deputy', lastName: 'Смирнова', firstName: 'Наталья', middleName: 'Викторовна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР', subjects: ['Русский язык', 'Литература'],
              experienceYears: 22, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh3-math', lastName: 'Богданова', firstName: 'Светлана', middleName: 'Ивановна',
              position: PositionKind.HEAD_OF_DISTRICT_ASSOCIATION,
              title: 'учитель математики, руководитель РМО учителей математики, учитель-наставник (ОГЭ/ЕГЭ)',
              subjects: ['Математика'], experienceYears: 24, qualificationCategory: QualificationCategory.MENTOR, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh3-russian', lastName: 'Лебедева', firstName: 'Елена', middleName: 'Михайловна',
              position: PositionKind.HEAD_OF_DISTRICT_ASSOCIATION,
              title: 'учитель русского языка и литературы, руководитель РМО учителей русского языка, учитель-наставник (ВПР)',
              subjects: ['Русский язык', 'Литература'], experienceYears: 19, qualificationCategory: QualificationCategory.HIGHEST,
              namedInSeed: false },
            { key: 'demo:person:47-podp-sosh3-physics', lastName: 'Орлов', firstName: 'Дмитрий', middleName: 'Сергеевич',
              position: PositionKind.TEACHER, title: 'учитель физики, учитель-наставник (олимпиады)', subjects: ['Физика'],
              experienceYears: 12, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh3-young', lastName: 'Васильева', firstName: 'Дарья', middleName: 'Андреевна',
              position: PositionKind.TEACHER, title: 'учитель английского языка', subjects: ['Английский язык'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-sosh-1',
          name: 'МБОУ «Подпорожская СОШ №1 им. А.С. Пушкина»',
          shortName: 'СОШ №1 г. Подпорожье',
          kind: OrganizationKind.SCHOOL,
          address: 'Ленинградская обл., г. Подпорожье',
          statuses: [lowResults],
          people: [
            { key: 'demo:person:47-podp-sosh1-director', lastName: 'Федорова', firstName: 'Людмила', middleName: 'Александровна',
              position: PositionKind.DIRECTOR, title: 'директор', experienceYears: 26,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh1-primary', lastName: 'Морозова', firstName: 'Ольга', middleName: 'Владимировна',
              position: PositionKind.HEAD_OF_DISTRICT_ASSOCIATION, title: 'учитель начальных классов, руководитель РМО учителей начальных классов',
              subjects: ['Начальные классы'], experienceYears: 21, qualificationCategory: QualificationCategory.HIGHEST,
              namedInSeed: false },
            { key: 'demo:person:47-podp-sosh1-math', lastName: 'Павлов', firstName: 'Игорь', middleName: 'Николаевич',
              position: PositionKind.TEACHER, title: 'учитель математики', subjects: ['Математика', 'Информатика'],
              experienceYears: 9, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh1-young', lastName: 'Соколова', firstName: 'Анастасия', middleName: 'Игоревна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-sosh-4',
          name: 'МБОУ «Подпорожская СОШ №4 им. М. Горького»',
          shortName: 'СОШ №4 г. Подпорожье',
          kind: OrganizationKind.SCHOOL,
          address: 'Ленинградская обл., г. Подпорожье',
          statuses: [lowResults],
          people: [
            { key: 'demo:person:47-podp-sosh4-kunovskaya', lastName: 'Куновская', firstName: 'Е.', middleName: 'А.',
              position: PositionKind.DIRECTOR, title: 'руководитель-наставник 2-го уровня (наставник в паре «500+»)', namedInSeed: true },
            { key: 'demo:person:47-podp-sosh4-deputy', lastName: 'Алексеева', firstName: 'Ирина', middleName: 'Борисовна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР', subjects: ['Математика'],
              experienceYears: 18, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh4-biology', lastName: 'Григорьева', firstName: 'Валентина', middleName: 'Петровна',
              position: PositionKind.HEAD_OF_DISTRICT_ASSOCIATION,
              title: 'учитель биологии и химии, руководитель РМО учителей естественно-научного цикла, учитель-наставник (функциональная грамотность)',
              subjects: ['Биология', 'Химия'], experienceYears: 31, qualificationCategory: QualificationCategory.MENTOR, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh4-young', lastName: 'Тимофеев', firstName: 'Артём', middleName: 'Олегович',
              position: PositionKind.TEACHER, title: 'учитель информатики', subjects: ['Информатика'],
              experienceYears: 3, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-sosh-8',
          name: 'МБОУ «Подпорожская СОШ №8»',
          shortName: 'СОШ №8 г. Подпорожье',
          kind: OrganizationKind.SCHOOL,
          address: 'Ленинградская обл., г. Подпорожье',
          statuses: [
            lowResults,
            { kind: OrganizationStatusKind.PROJECT_500, year: 2022, source: PAIR_2022 },
          ],
          people: [
            { key: 'demo:person:47-podp-sosh8-bryakzhieva', lastName: 'Брякжиева', firstName: 'А.', middleName: 'С.',
              position: PositionKind.DIRECTOR, title: 'руководитель, наставляемая в паре «500+»', namedInSeed: true },
            { key: 'demo:person:47-podp-sosh8-math', lastName: 'Степанова', firstName: 'Галина', middleName: 'Ивановна',
              position: PositionKind.TEACHER, title: 'учитель математики', subjects: ['Математика'],
              experienceYears: 33, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-sosh8-young', lastName: 'Ершова', firstName: 'Полина', middleName: 'Денисовна',
              position: PositionKind.TEACHER, title: 'учитель начальных классов', subjects: ['Начальные классы'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-oosh-9',
          name: 'МБОУ «Никольская ООШ №9»',
          shortName: 'Никольская ООШ №9',
          kind: OrganizationKind.SCHOOL,
          address: 'Ленинградская обл., Подпорожский р-н, г.п. Никольский',
          statuses: [lowResults],
          people: [
            { key: 'demo:person:47-podp-oosh9-director', lastName: 'Маркова', firstName: 'Надежда', middleName: 'Степановна',
              position: PositionKind.DIRECTOR, title: 'директор', subjects: ['История', 'Обществознание'], experienceYears: 23,
              qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-oosh9-russian', lastName: 'Зайцева', firstName: 'Любовь', middleName: 'Григорьевна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'],
              experienceYears: 17, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-oosh9-young', lastName: 'Ильин', firstName: 'Кирилл', middleName: 'Романович',
              position: PositionKind.TEACHER, title: 'учитель математики и физики', subjects: ['Математика', 'Физика'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-vazhiny-oc',
          name: 'МБОУ «Важинский образовательный центр»',
          shortName: 'Важинский ОЦ',
          kind: OrganizationKind.EDUCATION_CENTER,
          address: 'Ленинградская обл., Подпорожский р-н, г.п. Важины',
          statuses: [lowResults],
          people: [
            { key: 'demo:person:47-podp-vazhiny-director', lastName: 'Белова', firstName: 'Татьяна', middleName: 'Алексеевна',
              position: PositionKind.DIRECTOR, title: 'директор, руководитель-наставник 2-го уровня', experienceYears: 30,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:47-podp-vazhiny-history', lastName: 'Комаров', firstName: 'Андрей', middleName: 'Викторович',
              position: PositionKind.HEAD_OF_DISTRICT_ASSOCIATION,
              title: 'учитель истории и обществознания, руководитель РМО учителей общественных наук, учитель-наставник (работа с обучающимися с ОВЗ)',
              subjects: ['История', 'Обществознание'], experienceYears: 20, qualificationCategory: QualificationCategory.HIGHEST,
              namedInSeed: false },
            { key: 'demo:person:47-podp-vazhiny-young', lastName: 'Крылова', firstName: 'Виктория', middleName: 'Павловна',
              position: PositionKind.TEACHER, title: 'учитель биологии', subjects: ['Биология', 'География'],
              experienceYears: 3, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-vinnitsy-internat',
          name: 'МБОУ «Винницкая школа-интернат»',
          shortName: 'Винницкая школа-интернат',
          kind: OrganizationKind.BOARDING_SCHOOL,
          address: 'Ленинградская обл., Подпорожский р-н, с. Винницы',
          statuses: [lowResults],
          people: [
            { key: 'demo:person:47-podp-vinnitsy-director', lastName: 'Кононова', firstName: 'Раиса', middleName: 'Васильевна',
              position: PositionKind.DIRECTOR, title: 'директор', experienceYears: 28,
              qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-vinnitsy-vepsian', lastName: 'Фомина', firstName: 'Марина', middleName: 'Юрьевна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы, вепсского языка',
              subjects: ['Русский язык', 'Литература', 'Вепсский язык'], experienceYears: 16,
              qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-vinnitsy-young', lastName: 'Пахомов', firstName: 'Илья', middleName: 'Алексеевич',
              position: PositionKind.TEACHER, title: 'учитель математики', subjects: ['Математика'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:47-podp-voznesenye-oc',
          name: 'МБОУ «Вознесенский образовательный центр»',
          shortName: 'Вознесенский ОЦ',
          kind: OrganizationKind.EDUCATION_CENTER,
          address: 'Ленинградская обл., Подпорожский р-н, г.п. Вознесенье',
          statuses: [
            lowResults,
            { kind: OrganizationStatusKind.PROJECT_500, year: 2021, source: PAIR_2021 },
          ],
          people: [
            { key: 'demo:person:47-podp-voznesenye-klyuchina', lastName: 'Ключина', firstName: 'Г.', middleName: 'Г.',
              position: PositionKind.DIRECTOR, title: 'руководитель, наставляемая в паре «500+»', namedInSeed: true },
            { key: 'demo:person:47-podp-voznesenye-deputy', lastName: 'Харитонова', firstName: 'Елена', middleName: 'Ивановна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР', subjects: ['Русский язык'],
              experienceYears: 14, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:47-podp-voznesenye-young', lastName: 'Голованова', firstName: 'Ксения', middleName: 'Сергеевна',
              position: PositionKind.TEACHER, title: 'учитель химии и биологии', subjects: ['Химия', 'Биология'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
      ],
    },
  ],
};

export const LENINGRAD_REGIONS: DemoRegion[] = [LENINGRAD];
