import {
  MunicipalityKind,
  OrganizationKind,
  OrganizationStatusKind,
  PositionKind,
  QualificationCategory,
} from '@metodset/shared';
import { DemoRegion } from '../registry.types';

/**
 * Seed 003: Воркута, МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП», проект «Школьные методические
 * объединения — драйвер профессионального развития» (2022–2023), developed together with
 * МКУ «Воркутинский Дом Учителя».
 *
 * The seed names only people of СОШ №12 (the director's order № 527 of 25.08.2022 and its
 * creative group). Nobody from СОШ №35 or the Дом Учителя is named: those are invented
 * (namedInSeed: false), as are the young teachers and heads of ШМО of СОШ №12. The named people keep the
 * order's initials («Осипова Е.В.», «М.С.Балашова») and only what the order says of them.
 * СОШ №35 gets HIGH_RESULTS as the stronger partner («школы с разным уровнем качества
 * образовательных результатов», углублённое изучение отдельных предметов): an inference.
 */

const ORDER_527 = 'Приказ МОУ «СОШ №12» г. Воркуты от 25.08.2022 № 527';
const AGREEMENT =
  'Партнёрское соглашение о сотрудничестве МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП» г. Воркуты в рамках проекта «500+» от 10.01.2022';

export const KOMI: DemoRegion = {
  code: '11',
  name: 'Республика Коми',
  municipalities: [
    {
      name: 'городской округ «Воркута»',
      kind: MunicipalityKind.URBAN_OKRUG,
      organizations: [
        {
          key: 'demo:org:11-vorkuta-dom-uchitelya',
          name: 'Муниципальное казённое учреждение «Воркутинский Дом Учителя»',
          shortName: 'МКУ «Воркутинский Дом Учителя»',
          kind: OrganizationKind.METHODOLOGICAL_SERVICE,
          address: 'Республика Коми, г. Воркута',
          statuses: [],
          people: [
            { key: 'demo:person:11-vorkuta-du-director', lastName: 'Канева', firstName: 'Ольга', middleName: 'Ивановна',
              position: PositionKind.DIRECTOR, title: 'директор', experienceYears: 26,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-du-methodist', lastName: 'Попова', firstName: 'Екатерина', middleName: 'Андреевна',
              position: PositionKind.METHODIST, title: 'методист (наставничество, сопровождение проекта «500+»)', experienceYears: 12,
              qualificationCategory: QualificationCategory.METHODIST, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:11-vorkuta-sosh-12',
          name: 'Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 12» г. Воркуты',
          shortName: 'МОУ «СОШ №12» г. Воркуты',
          kind: OrganizationKind.SCHOOL,
          address: 'Республика Коми, г. Воркута',
          statuses: [
            { kind: OrganizationStatusKind.LOW_RESULTS, year: 2022,
              source: 'Проект по организации методической поддержки общеобразовательных организаций, имеющих низкие образовательные результаты обучающихся, на территории Республики Коми («500+»); антирисковая программа «Несформированность внутришкольной системы повышения квалификации»' },
            { kind: OrganizationStatusKind.PROJECT_500, year: 2022, source: `${AGREEMENT}; ${ORDER_527}` },
          ],
          people: [
            { key: 'demo:person:11-vorkuta-sosh12-balashova', lastName: 'Балашова', firstName: 'М.', middleName: 'С.',
              position: PositionKind.DIRECTOR, title: 'директор', namedInSeed: true },
            { key: 'demo:person:11-vorkuta-sosh12-osipova', lastName: 'Осипова', firstName: 'Е.', middleName: 'В.',
              position: PositionKind.DEPUTY_DIRECTOR,
              title: 'заместитель директора, ответственная за реализацию дорожной карты проекта, член творческой группы',
              namedInSeed: true },
            { key: 'demo:person:11-vorkuta-sosh12-ignatyuk', lastName: 'Игнатюк', firstName: 'С.', middleName: 'В.',
              position: PositionKind.TEACHER, title: 'учитель математики, член творческой группы', subjects: ['Математика'],
              namedInSeed: true },
            { key: 'demo:person:11-vorkuta-sosh12-golubeva', lastName: 'Голубева', firstName: 'Н.', middleName: 'Н.',
              position: PositionKind.TEACHER, title: 'учитель иностранного языка, член творческой группы', subjects: ['Иностранный язык'],
              namedInSeed: true },
            { key: 'demo:person:11-vorkuta-sosh12-pakshina', lastName: 'Пакшина', firstName: 'Л.', middleName: 'А.',
              position: PositionKind.TEACHER, title: 'учитель начальных классов, член творческой группы', subjects: ['Начальные классы'],
              namedInSeed: true },
            { key: 'demo:person:11-vorkuta-sosh12-petrov', lastName: 'Петров', firstName: 'А.', middleName: 'А.',
              position: PositionKind.TEACHER, title: 'преподаватель-организатор ОБЖ, член творческой группы', subjects: ['ОБЖ'],
              namedInSeed: true },
            { key: 'demo:person:11-vorkuta-sosh12-stepanov', lastName: 'Степанов', firstName: 'Н.', middleName: 'В.',
              position: PositionKind.OTHER, title: 'техник (размещение проекта на сайте школы)', namedInSeed: true },
            { key: 'demo:person:11-vorkuta-sosh12-shmo-hum', lastName: 'Вокуева', firstName: 'Ирина', middleName: 'Петровна',
              position: PositionKind.HEAD_OF_SCHOOL_ASSOCIATION, title: 'учитель истории, руководитель ШМО гуманитарного цикла',
              subjects: ['История', 'Обществознание'], experienceYears: 19,
              qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            // Invented: teachers «показывающих низкие образовательные результаты» (roadmap item 8, 30.09.2022) — the
            // seed names none of them; they take the 2022 assessment and get the ИОМ.
            { key: 'demo:person:11-vorkuta-sosh12-teacher-math', lastName: 'Лыткина', firstName: 'Ольга', middleName: 'Петровна',
              position: PositionKind.TEACHER, title: 'учитель математики', subjects: ['Математика'],
              experienceYears: 9, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh12-teacher-rus', lastName: 'Семяшкина', firstName: 'Татьяна', middleName: 'Ивановна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'],
              experienceYears: 14, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh12-teacher-primary', lastName: 'Мальцева', firstName: 'Елена', middleName: 'Юрьевна',
              position: PositionKind.TEACHER, title: 'учитель начальных классов', subjects: ['Начальные классы'],
              experienceYears: 11, qualificationCategory: QualificationCategory.FIRST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh12-teacher-physics', lastName: 'Ануфриев', firstName: 'Денис', middleName: 'Олегович',
              position: PositionKind.TEACHER, title: 'учитель физики', subjects: ['Физика'],
              experienceYears: 6, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh12-librarian', lastName: 'Терентьева', firstName: 'Оксана', middleName: 'Юрьевна',
              position: PositionKind.OTHER, title: 'педагог-библиотекарь', experienceYears: 8, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh12-young-chem', lastName: 'Рочева', firstName: 'Алина', middleName: 'Дмитриевна',
              position: PositionKind.TEACHER, title: 'учитель химии (молодой педагог)', subjects: ['Химия', 'Биология'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh12-young-rus', lastName: 'Артеева', firstName: 'Валерия', middleName: 'Олеговна',
              position: PositionKind.TEACHER, title: 'учитель русского языка и литературы (молодой педагог)',
              subjects: ['Русский язык', 'Литература'], experienceYears: 2,
              qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh12-young-math', lastName: 'Филиппов', firstName: 'Максим', middleName: 'Игоревич',
              position: PositionKind.TEACHER, title: 'учитель математики (молодой педагог)', subjects: ['Математика'],
              experienceYears: 3, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
        {
          key: 'demo:org:11-vorkuta-sosh-35',
          name: 'Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 35 с углублённым изучением отдельных предметов» г. Воркуты',
          shortName: 'МОУ «СОШ №35 с УИОП» г. Воркуты',
          kind: OrganizationKind.SCHOOL,
          address: 'Республика Коми, г. Воркута',
          statuses: [
            { kind: OrganizationStatusKind.HIGH_RESULTS, year: 2022,
              source: `${AGREEMENT}: школа-партнёр с углублённым изучением отдельных предметов (сетевое взаимодействие школ с разным уровнем качества образовательных результатов)` },
          ],
          people: [
            { key: 'demo:person:11-vorkuta-sosh35-director', lastName: 'Ковалёва', firstName: 'Ирина', middleName: 'Николаевна',
              position: PositionKind.DIRECTOR, title: 'директор', experienceYears: 30,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-deputy', lastName: 'Мартынова', firstName: 'Юлия', middleName: 'Сергеевна',
              position: PositionKind.DEPUTY_DIRECTOR, title: 'заместитель директора по УВР, координатор сетевого проекта',
              subjects: ['Математика'], experienceYears: 20, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-math', lastName: 'Жданова', firstName: 'Тамара', middleName: 'Михайловна',
              position: PositionKind.HEAD_OF_SCHOOL_ASSOCIATION,
              title: 'учитель математики, руководитель ШМО естественно-математического цикла, наставник (классический наставник)',
              subjects: ['Математика'], experienceYears: 32, qualificationCategory: QualificationCategory.MENTOR, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-english', lastName: 'Лазарева', firstName: 'Анна', middleName: 'Викторовна',
              position: PositionKind.HEAD_OF_SCHOOL_ASSOCIATION,
              title: 'учитель английского языка, руководитель ШМО иностранных языков, наставник (коуч)',
              subjects: ['Английский язык', 'Немецкий язык'], experienceYears: 18,
              qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-primary', lastName: 'Носова', firstName: 'Галина', middleName: 'Фёдоровна',
              position: PositionKind.HEAD_OF_SCHOOL_ASSOCIATION,
              title: 'учитель начальных классов, руководитель ШМО начальных классов, наставник (тьютор)',
              subjects: ['Начальные классы'], experienceYears: 27, qualificationCategory: QualificationCategory.METHODIST,
              namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-physics', lastName: 'Сергеев', firstName: 'Виктор', middleName: 'Павлович',
              position: PositionKind.TEACHER, title: 'учитель физики, наставник (ментор), эксперт перекрёстной проверки ГИА',
              subjects: ['Физика'], experienceYears: 22, qualificationCategory: QualificationCategory.HIGHEST, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-librarian', lastName: 'Хозяинова', firstName: 'Светлана', middleName: 'Аркадьевна',
              position: PositionKind.OTHER, title: 'педагог-библиотекарь', experienceYears: 15, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-young-bio', lastName: 'Чупрова', firstName: 'Ксения', middleName: 'Александровна',
              position: PositionKind.TEACHER, title: 'учитель биологии (молодой педагог)', subjects: ['Биология'],
              experienceYears: 2, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
            { key: 'demo:person:11-vorkuta-sosh35-young-primary', lastName: 'Ляпунова', firstName: 'Софья', middleName: 'Евгеньевна',
              position: PositionKind.TEACHER, title: 'учитель начальных классов (молодой педагог)', subjects: ['Начальные классы'],
              experienceYears: 1, qualificationCategory: QualificationCategory.NONE, namedInSeed: false },
          ],
        },
      ],
    },
  ],
};

export const KOMI_REGIONS: DemoRegion[] = [KOMI];
