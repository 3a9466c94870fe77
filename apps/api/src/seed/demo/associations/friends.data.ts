import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';
import { DemoAssociation } from '../associations.types';

/**
 * Seed 000: Мастерская педагогического диалога «Будем дружить школами» (январь 2026 –
 * май 2027), авторы — Первухина Е.В. (старший методист) и Савельева Н.В. (руководитель ШМО учителей
 * предметов социально-гуманитарного цикла), placed in the fictional «Школа А (иллюстративная)».
 *
 * From the seed:
 * - «Обсуждение идеи, создание рабочих групп, привлечение участников; планирование работы»
 *   (январь–март 2026), «анализ профессиональных дефицитов педагогов, включение анализа в ВШК»
 *   (апрель–май 2026), the start session «Будем знакомы» at the tourist base «Боровлянская»
 *   (август 2026), the teleconference for Teachers' Day «Учитель – профессия дальнего действия»
 *   (октябрь 2026), ЕМД «Непрерывное повышение профессионального мастерства педагога, или Как
 *   превратить трудности в возможности?» (декабрь 2026), the festival of open lessons «Классная
 *   работа» (январь 2027) and the marathon of master classes «ПРЕобразование» (март 2027):
 *   a working group of the workshop, hosted by its network, led by the authors;
 * - the ШМО учителей предметов социально-гуманитарного цикла of Школа А (fictional), headed by Савельева Н.В.;
 * - a creative group of the network preparing the festival and the marathon (invented: the seed
 *   says only «рабочие группы»), using the centres «Точка роста» and «Науколаб».
 * Only Первухина Е.В. and Савельева Н.В. are named in the seed. The demo's «today» is 2026-11-22,
 * so only meetings up to that day are given; their days and decisions are invented.
 */

const NETWORK = 'demo:network:budem-druzhit-shkolami';

const PERVUKHINA = 'demo:person:53-borovichi-sosh9-pervukhina';
const SAVELYEVA = 'demo:person:53-borovichi-sosh9-savelyeva';
const SOSH9_MATH = 'demo:person:53-borovichi-sosh9-math'; // Андреева О.С., супервизор
const SOSH9_YOUNG = 'demo:person:53-borovichi-sosh9-young'; // Яковлева М.И., английский язык
const GYM_DEPUTY = 'demo:person:53-borovichi-gym-deputy'; // Виноградова Е.Н.
const GYM_CHEM = 'demo:person:53-borovichi-gym-chem'; // Тихомиров С.П., руководитель ШМО ЕНЦ
const GYM_YOUNG = 'demo:person:53-borovichi-gym-young'; // Кольцова А.Д., история
const SOSH11_PRIMARY = 'demo:person:53-borovichi-sosh11-primary'; // Ефремова Г.П.
const SOSH11_PHYSICS = 'demo:person:53-borovichi-sosh11-physics'; // Матвеев О.В.
const SOSH11_YOUNG = 'demo:person:53-borovichi-sosh11-young'; // Новикова Ю.А., русский язык
const OPECHENSKY_DIRECTOR = 'demo:person:53-opechensky-director'; // Соловьёв В.И.
const OPECHENSKY_BIO = 'demo:person:53-opechensky-bio'; // Дмитриева С.А., «Точка роста»
const VOLOK_DEPUTY = 'demo:person:53-volok-deputy'; // Кудрявцева Н.М.
const VOLOK_RUS = 'demo:person:53-volok-rus'; // Баранова И.В.

export const FRIENDS_ASSOCIATIONS: DemoAssociation[] = [
  {
    key: 'demo:association:friends-workshop-working-group',
    kind: AssociationKind.WORKING_GROUP,
    name: 'Рабочая группа Мастерской педагогического диалога «Будем дружить школами»',
    description:
      'Представители управленческих команд пяти школ (иллюстративные данные) под руководством авторов проекта: ' +
      'планирование и проведение событий мастерской, анализ профессиональных дефицитов педагогов, наставничество ' +
      'в формате супервизии.',
    host: { networkKey: NETWORK },
    members: [
      { personKey: PERVUKHINA, role: AssociationRole.HEAD },
      { personKey: SAVELYEVA, role: AssociationRole.DEPUTY },
      { personKey: SOSH9_MATH, role: AssociationRole.MEMBER },
      { personKey: GYM_DEPUTY, role: AssociationRole.MEMBER },
      { personKey: SOSH11_PRIMARY, role: AssociationRole.MEMBER },
      { personKey: OPECHENSKY_DIRECTOR, role: AssociationRole.MEMBER },
      { personKey: VOLOK_DEPUTY, role: AssociationRole.SECRETARY },
    ],
    meetings: [
      {
        heldOn: '2026-01-28',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Обсуждение идеи проекта «Будем дружить школами»: сетевое взаимодействие и наставничество в формате супервизии. ' +
          '2. Создание рабочих групп и привлечение участников от каждой школы. ' +
          '3. Планирование работы на январь 2026 – май 2027 г.',
        decisions:
          '1. Принять план мастерской: организационно-методический, внедренческий и рефлексивный блоки. ' +
          '2. Каждой школе до 20.02.2026 назначить координатора и определить педагогов-участников. ' +
          '3. Показатели результативности принять по паспорту проекта (уровень профессиональных компетенций педагогов — ' +
          '70 % в 2026 г., 80 % в 2027 г.).',
        attendeeKeys: [PERVUKHINA, SAVELYEVA, SOSH9_MATH, GYM_DEPUTY, SOSH11_PRIMARY, OPECHENSKY_DIRECTOR, VOLOK_DEPUTY],
      },
      {
        heldOn: '2026-04-22',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Анализ профессиональных дефицитов педагогов по итогам самодиагностики школ в проекте «Школа Минпросвещения России». ' +
          '2. Включение анализа дефицитов в планы внутришкольного контроля.',
        decisions:
          '1. Сводную карту дефицитов и профицитов школ разместить в общей папке мастерской до 15.05.2026. ' +
          '2. Включить в планы ВШК на 2026/2027 уч. год посещение уроков педагогов с выявленными дефицитами.',
        attendeeKeys: [PERVUKHINA, SAVELYEVA, SOSH9_MATH, GYM_DEPUTY, SOSH11_PRIMARY, VOLOK_DEPUTY],
      },
      {
        heldOn: '2026-08-27',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Итоги стартовой методической сессии «Будем знакомы» на туристической базе «Боровлянская». ' +
          '2. План внедренческого блока (октябрь 2026 – апрель 2027 г.): телемост ко Дню учителя, ЕМД, фестиваль открытых ' +
          'уроков «Классная работа», марафон мастер-классов «ПРЕобразование».',
        decisions:
          '1. Утвердить график событий внедренческого блока. ' +
          '2. Телемост «Учитель – профессия дальнего действия» провести в начале октября 2026 г. ' +
          '3. Сформировать творческую группу по подготовке фестиваля и марафона.',
        attendeeKeys: [PERVUKHINA, SAVELYEVA, SOSH9_MATH, GYM_DEPUTY, SOSH11_PRIMARY, OPECHENSKY_DIRECTOR, VOLOK_DEPUTY],
      },
      {
        heldOn: '2026-10-14',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Итоги телемоста «Учитель – профессия дальнего действия». ' +
          '2. Подготовка ЕМД «Непрерывное повышение профессионального мастерства педагога, или Как превратить трудности ' +
          'в возможности?» (декабрь 2026 г.).',
        decisions:
          '1. ЕМД провести на базе школы Б; от каждой школы — по одному выступлению о преодолении выявленного дефицита. ' +
          '2. Программу ЕМД согласовать до 20.11.2026.',
        attendeeKeys: [PERVUKHINA, SAVELYEVA, GYM_DEPUTY, SOSH11_PRIMARY, OPECHENSKY_DIRECTOR, VOLOK_DEPUTY],
      },
    ],
  },
  {
    key: 'demo:association:friends-festival-creative-group',
    kind: AssociationKind.CREATIVE_GROUP,
    name: 'Творческая группа фестиваля «Классная работа» и марафона мастер-классов «ПРЕобразование»',
    description:
      'Педагоги школ — участников мастерской «Будем дружить школами», готовящие фестиваль открытых уроков ' +
      '«Классная работа» (январь 2027 г.) и марафон мастер-классов «ПРЕобразование» (март 2027 г.) с использованием ' +
      'ресурсов центров «Точка роста» и «Науколаб».',
    host: { networkKey: NETWORK },
    members: [
      { personKey: GYM_CHEM, role: AssociationRole.HEAD },
      { personKey: SOSH9_MATH, role: AssociationRole.MEMBER },
      { personKey: SOSH9_YOUNG, role: AssociationRole.MEMBER },
      { personKey: GYM_YOUNG, role: AssociationRole.MEMBER },
      { personKey: SOSH11_PHYSICS, role: AssociationRole.MEMBER },
      { personKey: SOSH11_YOUNG, role: AssociationRole.MEMBER },
      { personKey: OPECHENSKY_BIO, role: AssociationRole.MEMBER },
      { personKey: VOLOK_RUS, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2026-09-16',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Концепция фестиваля открытых уроков «Классная работа»: номинации и требования к уроку. ' +
          '2. Оборудование центров «Точка роста» и «Науколаб» для открытых уроков.',
        decisions:
          '1. Номинации фестиваля: «Урок-исследование», «Функциональная грамотность на уроке», «Первый открытый урок» ' +
          '(для молодых педагогов). ' +
          '2. Молодым педагогам готовить уроки с супервизором Андреевой О.С.',
        attendeeKeys: [GYM_CHEM, SOSH9_MATH, SOSH9_YOUNG, GYM_YOUNG, SOSH11_PHYSICS, OPECHENSKY_BIO, VOLOK_RUS],
      },
      {
        heldOn: '2026-11-18',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Заявки школ на фестиваль «Классная работа» и график открытых уроков (январь 2027 г.). ' +
          '2. Темы марафона мастер-классов «ПРЕобразование» (март 2027 г.).',
        decisions:
          '1. Утвердить график: по два открытых урока от каждой школы, 12–30 января 2027 г. ' +
          '2. Собрать темы мастер-классов марафона до 15.12.2026 (ответственный — Тихомиров С.П.).',
        attendeeKeys: [GYM_CHEM, SOSH9_MATH, SOSH9_YOUNG, GYM_YOUNG, SOSH11_PHYSICS, SOSH11_YOUNG, OPECHENSKY_BIO, VOLOK_RUS],
      },
    ],
  },
  {
    key: 'demo:association:friends-sosh9-shmo-social-humanities',
    kind: AssociationKind.SCHOOL_SUBJECT,
    name: 'ШМО учителей предметов социально-гуманитарного цикла (Школа А, иллюстративная)',
    subject: 'История, обществознание, иностранный язык',
    description:
      'Школьное методическое объединение, руководитель которого — соавтор проекта «Будем дружить школами»; ' +
      'наставничество молодых педагогов в формате супервизии.',
    host: { organizationKey: 'demo:org:53-borovichi-sosh-9' },
    members: [
      { personKey: SAVELYEVA, role: AssociationRole.HEAD },
      { personKey: PERVUKHINA, role: AssociationRole.MEMBER },
      { personKey: SOSH9_YOUNG, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2026-04-15',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Профессиональные дефициты учителей цикла по итогам самодиагностики школы. 2. Подготовка к ВПР по истории и обществознанию.',
        decisions:
          '1. Передать дефициты учителей цикла в рабочую группу мастерской к 22.04.2026. ' +
          '2. Яковлевой М.И. составить индивидуальный план профессионального развития с супервизором.',
        attendeeKeys: [SAVELYEVA, PERVUKHINA, SOSH9_YOUNG],
      },
      {
        heldOn: '2026-09-09',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Анализ результатов ВПР-2026 по истории и обществознанию. 2. План работы ШМО на 2026/2027 уч. год с событиями мастерской.',
        decisions:
          '1. Включить в план ШМО участие в телемосте (октябрь), ЕМД (декабрь) и фестивале «Классная работа» (январь). ' +
          '2. Задания ВПР с низким процентом выполнения отработать на уроках до конца I полугодия.',
        attendeeKeys: [SAVELYEVA, PERVUKHINA, SOSH9_YOUNG],
      },
    ],
  },
];
