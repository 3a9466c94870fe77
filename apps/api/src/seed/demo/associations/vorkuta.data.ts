import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';
import { DemoAssociation } from '../associations.types';

/**
 * Seed 003: Воркута, проект «Школьные методические объединения — драйвер профессионального
 * развития» МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП» (2022–2023), с МКУ «Воркутинский Дом Учителя».
 *
 * From the seed:
 * - the creative group approved by the director's order of 25.08.2022 № 527: Осипова Е.В.
 *   (заместитель директора, responsible for the roadmap — hence its head), Игнатюк С.В.,
 *   Голубева Н.Н., Пакшина Л.А., Петров А.А.;
 * - «рабочие группы участников сетевого проекта» (organisational meeting 25.02.2022, assessment of
 *   base competencies 24.03–04.04.2022, involving teachers in mentoring 26.09.2022): stored as one
 *   working group of the network;
 * - ШМО of both schools, their joint meetings «Будем знакомы!» (09.09.2022), agreeing the plans
 *   (12.09.2022), the library centre plan (27.09.2022), «Диалог в сети» (15.05.2023) and the
 *   monitoring of the network's effectiveness (15–22.05.2023): the heads of ШМО, the deputy
 *   directors and the teacher-librarians are stored as a network pedagogical association.
 * The seed names no ШМО and no head of ШМО: the ШМО below and their heads are invented (the heads
 * follow registry/komi.data.ts; the ШМО естественно-математического цикла of СОШ №12 is headed by
 * Игнатюк С.В., which the seed does not say). Days of the ШМО meetings and all decisions are
 * invented; the dates of the network events are the roadmap's.
 */

const NETWORK = 'demo:network:vorkuta-sosh12-sosh35';
const SOSH_12 = 'demo:org:11-vorkuta-sosh-12';
const SOSH_35 = 'demo:org:11-vorkuta-sosh-35';

// МКУ «Воркутинский Дом Учителя».
const DU_METHODIST = 'demo:person:11-vorkuta-du-methodist'; // Попова Е.А.
// СОШ №12.
const OSIPOVA = 'demo:person:11-vorkuta-sosh12-osipova';
const IGNATYUK = 'demo:person:11-vorkuta-sosh12-ignatyuk';
const GOLUBEVA = 'demo:person:11-vorkuta-sosh12-golubeva';
const PAKSHINA = 'demo:person:11-vorkuta-sosh12-pakshina';
const PETROV = 'demo:person:11-vorkuta-sosh12-petrov';
const S12_SHMO_HUM = 'demo:person:11-vorkuta-sosh12-shmo-hum'; // Вокуева И.П.
const S12_LIBRARIAN = 'demo:person:11-vorkuta-sosh12-librarian'; // Терентьева О.Ю.
const S12_YOUNG_CHEM = 'demo:person:11-vorkuta-sosh12-young-chem'; // Рочева А.Д.
const S12_YOUNG_RUS = 'demo:person:11-vorkuta-sosh12-young-rus'; // Артеева В.О.
const S12_YOUNG_MATH = 'demo:person:11-vorkuta-sosh12-young-math'; // Филиппов М.И.
// СОШ №35 с УИОП.
const S35_DEPUTY = 'demo:person:11-vorkuta-sosh35-deputy'; // Мартынова Ю.С., координатор сетевого проекта
const S35_MATH = 'demo:person:11-vorkuta-sosh35-math'; // Жданова Т.М., руководитель ШМО ЕМЦ
const S35_ENGLISH = 'demo:person:11-vorkuta-sosh35-english'; // Лазарева А.В., руководитель ШМО иностранных языков
const S35_PRIMARY = 'demo:person:11-vorkuta-sosh35-primary'; // Носова Г.Ф., руководитель ШМО начальных классов
const S35_PHYSICS = 'demo:person:11-vorkuta-sosh35-physics'; // Сергеев В.П.
const S35_LIBRARIAN = 'demo:person:11-vorkuta-sosh35-librarian'; // Хозяинова С.А.
const S35_YOUNG_BIO = 'demo:person:11-vorkuta-sosh35-young-bio'; // Чупрова К.А.
const S35_YOUNG_PRIMARY = 'demo:person:11-vorkuta-sosh35-young-primary'; // Ляпунова С.Е.

export const VORKUTA_ASSOCIATIONS: DemoAssociation[] = [
  {
    key: 'demo:association:vorkuta-sosh12-creative-group',
    kind: AssociationKind.CREATIVE_GROUP,
    name: 'Творческая группа по реализации проекта «Школьные методические объединения — драйвер профессионального развития»',
    description:
      'Утверждена приказом директора МОУ «СОШ №12» г. Воркуты от 25.08.2022 № 527 (проект сетевого взаимодействия ' +
      'с МОУ «СОШ №35 с УИОП» в рамках федерального проекта «500+», антирисковая программа «Несформированность ' +
      'внутришкольной системы повышения квалификации»). Ответственная за дорожную карту — Осипова Е.В.',
    host: { organizationKey: SOSH_12 },
    members: [
      { personKey: OSIPOVA, role: AssociationRole.HEAD },
      { personKey: IGNATYUK, role: AssociationRole.MEMBER },
      { personKey: GOLUBEVA, role: AssociationRole.MEMBER },
      { personKey: PAKSHINA, role: AssociationRole.MEMBER },
      { personKey: PETROV, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2022-08-29',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Приказ от 25.08.2022 № 527: состав творческой группы и распределение пунктов дорожной карты. ' +
          '2. Подготовка ознакомления педагогического коллектива с дорожной картой проекта (до 01.09.2022).',
        decisions:
          '1. Распределить пункты дорожной карты между членами творческой группы (ответственная за реализацию — ' +
          'Осипова Е.В., по приказу № 527). ' +
          '2. Представить дорожную карту на педагогическом совете 31.08.2022.',
        attendeeKeys: [OSIPOVA, IGNATYUK, GOLUBEVA, PAKSHINA, PETROV],
      },
      {
        heldOn: '2022-09-30',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Итоги оценки базовых компетенций педагогов (по материалам В.Д. Шадрикова, 24.03–04.04.2022). ' +
          '2. Разработка индивидуальных образовательных маршрутов педагогов, показывающих низкие образовательные результаты.',
        decisions:
          '1. Утвердить ИОМ педагогов с выявленными дефицитами: перевод темы урока в учебную задачу, мотивация ' +
          'к познавательной деятельности, система интеллектуальных операций. ' +
          '2. Реализация ИОМ — с 01.10.2022 по 31.05.2023, контроль — на заседаниях ШМО.',
        attendeeKeys: [OSIPOVA, IGNATYUK, GOLUBEVA, PAKSHINA, PETROV],
      },
      {
        heldOn: '2022-11-02',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Подготовка методической панорамы «От панорамы методических идей к совершенствованию методических ' +
          'компетенций» (10.11.2022): график открытых занятий. ' +
          '2. Промежуточный мониторинг реализации ИОМ.',
        decisions:
          '1. Утвердить график открытых занятий панорамы с учётом затруднений, выявленных при оценке базовых компетенций. ' +
          '2. Материалы открытых занятий собрать в банк методических находок для сборника «Методический калейдоскоп».',
        attendeeKeys: [OSIPOVA, IGNATYUK, PAKSHINA, PETROV],
      },
      {
        heldOn: '2023-05-24',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Итоги «Диалога в сети» (15.05.2023) и мониторинга эффективности сетевого взаимодействия (15–22.05.2023). ' +
          '2. Подготовка методического сборника «Методический калейдоскоп».',
        decisions:
          '1. Представить к поощрению педагогов — активных участников проекта. ' +
          '2. Сдать материалы сборника до 20.06.2023 (ответственная — Осипова Е.В.). ' +
          '3. Предложить продолжить сотрудничество с МОУ «СОШ №35 с УИОП» в 2023/2024 уч. году.',
        attendeeKeys: [OSIPOVA, IGNATYUK, GOLUBEVA, PAKSHINA, PETROV],
      },
    ],
  },
  {
    key: 'demo:association:vorkuta-network-working-group',
    kind: AssociationKind.WORKING_GROUP,
    name: 'Рабочая группа участников сетевого проекта МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП»',
    description:
      'Рабочие группы участников проекта на базе обеих школ и методист МКУ «Воркутинский Дом Учителя»: план реализации ' +
      'проекта, модель сетевого взаимодействия (многофункциональное наставничество), наставнические пары и группы.',
    host: { networkKey: NETWORK },
    members: [
      { personKey: S35_DEPUTY, role: AssociationRole.HEAD },
      { personKey: OSIPOVA, role: AssociationRole.DEPUTY },
      { personKey: DU_METHODIST, role: AssociationRole.SECRETARY },
      { personKey: IGNATYUK, role: AssociationRole.MEMBER },
      { personKey: S35_MATH, role: AssociationRole.MEMBER },
      { personKey: S35_ENGLISH, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2022-02-25',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Организационная встреча рабочих групп участников сетевого проекта (после соглашения от 10.01.2022). ' +
          '2. Обсуждение плана работы и модели сетевого взаимодействия.',
        decisions:
          '1. Принять модель многофункционального наставничества (классический наставник, тьютор, коуч, ментор, куратор). ' +
          '2. Провести оценку базовых компетенций педагогов СОШ №12 с 24.03 по 04.04.2022. ' +
          '3. Подготовить проект плана реализации проекта к маю 2022 г.',
        attendeeKeys: [S35_DEPUTY, OSIPOVA, DU_METHODIST, IGNATYUK, S35_MATH],
      },
      {
        heldOn: '2022-04-14',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Результаты оценки базовых компетенций педагогов СОШ №12 (по материалам В.Д. Шадрикова). ' +
          '2. Целевые индикаторы проекта (доли педагогов).',
        decisions:
          '1. Принять перечень выявленных дефицитов как основу ИОМ. ' +
          '2. Утвердить целевые индикаторы: доля педагогов, реализующих ИОМ; доля педагогов в системе наставничества ' +
          '«учитель – учитель»; доля ШМО, работающих по обновлённым планам.',
        attendeeKeys: [S35_DEPUTY, OSIPOVA, DU_METHODIST, S35_MATH, S35_ENGLISH],
      },
      {
        heldOn: '2022-09-26',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Вовлечение педагогов в различные формы наставничества. 2. Формирование наставнических пар, триад и групп.',
        decisions:
          '1. Сформировать наставнические пары и группы: наставники — педагоги СОШ №35 (классический наставник — ' +
          'Жданова Т.М., коуч — Лазарева А.В.), наставляемые — молодые педагоги СОШ №12. ' +
          '2. Работа пар — с 26.09.2022 по 31.12.2022, затем анкетирование пар.',
        attendeeKeys: [S35_DEPUTY, OSIPOVA, DU_METHODIST, IGNATYUK, S35_MATH, S35_ENGLISH],
      },
    ],
  },
  {
    key: 'demo:association:vorkuta-shmo-heads-network',
    kind: AssociationKind.NETWORK_PEDAGOGICAL,
    name: 'Сетевое объединение руководителей ШМО МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП»',
    description:
      'Руководители школьных методических объединений, заместители директоров и педагоги-библиотекари двух школ: ' +
      'согласование планов ШМО с совместными мероприятиями, методические площадки по направлениям ШМО, ' +
      'перекрёстные проверки диагностических работ, «Диалог в сети».',
    host: { networkKey: NETWORK },
    members: [
      { personKey: OSIPOVA, role: AssociationRole.HEAD },
      { personKey: S35_DEPUTY, role: AssociationRole.DEPUTY },
      { personKey: S12_SHMO_HUM, role: AssociationRole.SECRETARY },
      { personKey: IGNATYUK, role: AssociationRole.MEMBER },
      { personKey: S35_MATH, role: AssociationRole.MEMBER },
      { personKey: S35_ENGLISH, role: AssociationRole.MEMBER },
      { personKey: S35_PRIMARY, role: AssociationRole.MEMBER },
      { personKey: S12_LIBRARIAN, role: AssociationRole.MEMBER },
      { personKey: S35_LIBRARIAN, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2022-09-12',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Итоги организационной встречи членов ШМО «Будем знакомы!» (09.09.2022). ' +
          '2. Согласование планов работы ШМО на 2022/2023 уч. год с мероприятиями сетевого взаимодействия.',
        decisions:
          '1. Включить в планы ШМО обеих школ: круглый стол по подготовке к ГИА (07.10.2022), методическую панораму ' +
          '(10.11.2022), систему подготовки к ВПР (16.01.2023), перекрёстные проверки диагностических работ 9 и 11 классов. ' +
          '2. Планы ШМО сдать заместителям директоров до 20.09.2022.',
        attendeeKeys: [OSIPOVA, S35_DEPUTY, S12_SHMO_HUM, IGNATYUK, S35_MATH, S35_ENGLISH, S35_PRIMARY],
      },
      {
        heldOn: '2022-09-27',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. План работы библиотечного центра МОУ «СОШ №12» на 2022/2023 уч. год по участию в мероприятиях проекта.',
        decisions:
          '1. Утвердить план библиотечного центра. ' +
          '2. Провести мероприятия библиотечного центра в период осенних каникул (28.10–06.11.2022) совместно с ' +
          'классными руководителями обеих школ.',
        attendeeKeys: [OSIPOVA, S12_SHMO_HUM, S12_LIBRARIAN, S35_LIBRARIAN],
      },
      {
        heldOn: '2023-01-16',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Система работы по подготовке учащихся к ВПР: обмен опытом ШМО. ' +
          '2. Организация перекрёстных проверок диагностических работ: 9 классы — 23–28.01.2023, 11 классы — 13–18.02.2023.',
        decisions:
          '1. Утвердить составы экспертов перекрёстной проверки от каждой школы. ' +
          '2. Результаты проверок обсудить на заседаниях ШМО и учесть в ИОМ педагогов.',
        attendeeKeys: [OSIPOVA, S35_DEPUTY, S12_SHMO_HUM, IGNATYUK, S35_MATH, S35_PRIMARY],
      },
      {
        heldOn: '2023-05-22',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Итоги «Диалога в сети» (15.05.2023): демонстрация профессиональных достижений педагогов по ИОМ. ' +
          '2. Мониторинг эффективности сетевого взаимодействия: соответствие итогов предполагаемым результатам.',
        decisions:
          '1. Признать работу методических площадок по направлениям ШМО результативной. ' +
          '2. Продолжить сотрудничество в 2023/2024 уч. году, сделав совместные методические мероприятия традицией. ' +
          '3. Представить опыт на муниципальном уровне через МКУ «Воркутинский Дом Учителя».',
        attendeeKeys: [OSIPOVA, S35_DEPUTY, S12_SHMO_HUM, IGNATYUK, S35_MATH, S35_ENGLISH, S35_PRIMARY],
      },
    ],
  },
  {
    key: 'demo:association:vorkuta-sosh12-shmo-humanities',
    kind: AssociationKind.SCHOOL_SUBJECT,
    name: 'ШМО учителей гуманитарного цикла МОУ «СОШ №12» г. Воркуты',
    subject: 'Русский язык, литература, история, иностранный язык',
    description: 'Школьное методическое объединение учителей русского языка и литературы, истории и иностранного языка.',
    host: { organizationKey: SOSH_12 },
    members: [
      { personKey: S12_SHMO_HUM, role: AssociationRole.HEAD },
      { personKey: GOLUBEVA, role: AssociationRole.MEMBER },
      { personKey: S12_YOUNG_RUS, role: AssociationRole.MEMBER },
      { personKey: S12_LIBRARIAN, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2022-09-05',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. План работы ШМО на 2022/2023 уч. год в рамках проекта. 2. Подготовка к встрече «Будем знакомы!» (09.09.2022).',
        decisions:
          '1. Принять проект плана ШМО; согласовать его с ШМО СОШ №35 12.09.2022. ' +
          '2. Молодому педагогу Артеевой В.О. разработать ИОМ по итогам оценки базовых компетенций.',
        attendeeKeys: [S12_SHMO_HUM, GOLUBEVA, S12_YOUNG_RUS, S12_LIBRARIAN],
      },
      {
        heldOn: '2023-02-01',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Обучающий семинар «Технологии обучения: исследовательский метод в обучении и проектная деятельность». ' +
          '2. Итоги перекрёстной проверки диагностических работ 9 классов по русскому языку.',
        decisions:
          '1. Каждому учителю провести до конца учебного года урок с элементами исследовательского метода. ' +
          '2. Расхождения в оценках при перекрёстной проверке разобрать с экспертом СОШ №35.',
        attendeeKeys: [S12_SHMO_HUM, GOLUBEVA, S12_YOUNG_RUS],
      },
      {
        heldOn: '2023-05-29',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Анализ работы ШМО по итогам реализации проекта. 2. Выполнение ИОМ педагогами ШМО.',
        decisions:
          '1. Признать ИОМ Артеевой В.О. выполненным; продолжить наставничество в 2023/2024 уч. году. ' +
          '2. Направить разработки учителей в сборник «Методический калейдоскоп».',
        attendeeKeys: [S12_SHMO_HUM, GOLUBEVA, S12_YOUNG_RUS, S12_LIBRARIAN],
      },
    ],
  },
  {
    key: 'demo:association:vorkuta-sosh12-shmo-science-math',
    kind: AssociationKind.SCHOOL_SUBJECT,
    name: 'ШМО учителей естественно-математического цикла МОУ «СОШ №12» г. Воркуты',
    subject: 'Математика, химия, биология, ОБЖ',
    description: 'Школьное методическое объединение учителей математики, химии, биологии и ОБЖ.',
    host: { organizationKey: SOSH_12 },
    members: [
      { personKey: IGNATYUK, role: AssociationRole.HEAD },
      { personKey: PETROV, role: AssociationRole.MEMBER },
      { personKey: S12_YOUNG_MATH, role: AssociationRole.MEMBER },
      { personKey: S12_YOUNG_CHEM, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2022-09-06',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. План работы ШМО на 2022/2023 уч. год. 2. Подготовка к круглому столу «Технологии, методы и средства подготовки учащихся к ГИА» (07.10.2022).',
        decisions:
          '1. Принять проект плана ШМО с мероприятиями сетевого взаимодействия. ' +
          '2. Филиппову М.И. и Рочевой А.Д. определить наставников в СОШ №35 (Жданова Т.М., Сергеев В.П.).',
        attendeeKeys: [IGNATYUK, PETROV, S12_YOUNG_MATH, S12_YOUNG_CHEM],
      },
      {
        heldOn: '2023-02-22',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Итоги перекрёстной проверки диагностических работ 9 и 11 классов по математике. 2. План подготовки к ВПР.',
        decisions:
          '1. Организовать повторение тем с наибольшим числом ошибок в 9 и 11 классах до 15.03.2023. ' +
          '2. Провести тренировочные работы в формате ВПР в 5–8 классах в марте 2023 г.',
        attendeeKeys: [IGNATYUK, S12_YOUNG_MATH, S12_YOUNG_CHEM],
      },
    ],
  },
  {
    key: 'demo:association:vorkuta-sosh35-shmo-science-math',
    kind: AssociationKind.SCHOOL_SUBJECT,
    name: 'ШМО учителей естественно-математического цикла МОУ «СОШ №35 с УИОП» г. Воркуты',
    subject: 'Математика, физика, биология',
    description:
      'Школьное методическое объединение школы-партнёра с высокими результатами; его педагоги — наставники ' +
      '(классический наставник, ментор) учителей СОШ №12 и эксперты перекрёстной проверки ГИА.',
    host: { organizationKey: SOSH_35 },
    members: [
      { personKey: S35_MATH, role: AssociationRole.HEAD },
      { personKey: S35_DEPUTY, role: AssociationRole.MEMBER },
      { personKey: S35_PHYSICS, role: AssociationRole.MEMBER },
      { personKey: S35_YOUNG_BIO, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2022-09-07',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Участие ШМО в сетевом проекте с МОУ «СОШ №12». 2. Наставники для учителей математики и естественных наук СОШ №12.',
        decisions:
          '1. Наставниками назначить Жданову Т.М. (классический наставник) и Сергеева В.П. (ментор). ' +
          '2. Подготовить выступление ШМО на круглом столе по подготовке к ГИА 07.10.2022.',
        attendeeKeys: [S35_MATH, S35_DEPUTY, S35_PHYSICS, S35_YOUNG_BIO],
      },
      {
        heldOn: '2023-01-20',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Подготовка экспертов к перекрёстной проверке диагностических работ 9 классов (23–28.01.2023). 2. Согласование критериев оценивания.',
        decisions:
          '1. Экспертами по математике и физике утвердить Жданову Т.М. и Сергеева В.П. ' +
          '2. Проверку вести по критериям ФИПИ с протоколом расхождений.',
        attendeeKeys: [S35_MATH, S35_DEPUTY, S35_PHYSICS],
      },
    ],
  },
  {
    key: 'demo:association:vorkuta-sosh35-shmo-primary',
    kind: AssociationKind.SCHOOL_SUBJECT,
    name: 'ШМО учителей начальных классов МОУ «СОШ №35 с УИОП» г. Воркуты',
    subject: 'Начальные классы',
    description: 'Школьное методическое объединение учителей начальных классов; руководитель — наставник-тьютор.',
    host: { organizationKey: SOSH_35 },
    members: [
      { personKey: S35_PRIMARY, role: AssociationRole.HEAD },
      { personKey: S35_YOUNG_PRIMARY, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2022-09-08',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. План работы ШМО на 2022/2023 уч. год с мероприятиями сетевого взаимодействия. 2. Тьюторское сопровождение молодого педагога.',
        decisions:
          '1. Принять план работы ШМО. ' +
          '2. Носовой Г.Ф. как тьютору сопровождать Ляпунову С.Е. и учителя начальных классов СОШ №12 Пакшину Л.А. по запросу.',
        attendeeKeys: [S35_PRIMARY, S35_YOUNG_PRIMARY],
      },
      {
        heldOn: '2022-11-16',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Итоги методической панорамы (10.11.2022): открытые уроки начальных классов. 2. Подготовка к ВПР в 4 классах.',
        decisions:
          '1. Включить разработки открытых уроков в банк методических находок. ' +
          '2. Провести тренировочные работы в формате ВПР в феврале 2023 г.',
        attendeeKeys: [S35_PRIMARY, S35_YOUNG_PRIMARY],
      },
    ],
  },
];
