import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';
import { DemoAssociation } from '../associations.types';

/**
 * Seed 001: г. Ярославль, МИП «Наставничество: ресурсы взаимного развития в профессиональных
 * обучающихся сообществах педагогов города» (2023–2025), with inter-regional partners.
 *
 * From the seed:
 * - «Профессиональное обучающееся сообщество наставников МСО» built on «Соглашение всех участников
 *   МИП о взаимодействии в ПОС наставников МСО (2023, май)»: a learning community of the network;
 * - the roadmap: организационно-аналитический этап (июнь–октябрь 2023: needs of the mentors, the
 *   «Мастерская «Профиль наставника ПОС»», a programme of master classes), методический (ноябрь
 *   2023 – май 2024: new practices, exchange), коммуникативный (февраль–апрель 2024: master classes
 *   for the city, «онлайн взаимодействие на межрегиональном уровне»), практический (июнь–декабрь
 *   2024: presentation of the model), аналитико-результативный (январь–май 2025: publications);
 * - forms of mentoring: «позитивный профессиональный дуэт», «однократное погружение в мир
 *   профессионалов», флэш-наставничество, ПОС; products: «Дневник ПОС», «Практики наставничества
 *   (проблема → способы решения → механизмы взаимодействия → продукты → результат)»;
 * - the inter-regional partners (Тутаев, Калуга, Калининградская область, Волгоград): the online
 *   interaction is stored as a network pedagogical association.
 * The seed names no ШМО (it only contrasts «методическое объединение — пространство для выполнения
 * обязанностей» with the ПОС), so none is given here; the school-level ПОС of СШ №26 and
 * д/с №57 stand for the «ПОС образовательных организаций». The seed names only the heads of the
 * six Yaroslavl organisations; all other people are the invented ones of registry/yaroslavl.data.ts.
 * Days of the meetings and all decisions are invented within the roadmap's stages.
 */

const NETWORK = 'demo:network:yaroslavl-mip-nastavnichestvo';

// Ярославль.
const ISTRATIY = 'demo:person:76-yar-sh3-istratiy';
const SH3_POS_HEAD = 'demo:person:76-yar-sh3-pos-head'; // Воронина А.С.
const SH3_MENTOR = 'demo:person:76-yar-sh3-mentor'; // Кудрявцев П.А., «позитивный профессиональный дуэт»
const SH26_POS_HEAD = 'demo:person:76-yar-sh26-pos-head'; // Голубева М.А., автор «Дневника ПОС»
const SH26_MENTOR = 'demo:person:76-yar-sh26-mentor'; // Соболев И.В., флэш-наставник
const SH26_YOUNG = 'demo:person:76-yar-sh26-young'; // Киселёва Е.И.
const DS8_SENIOR = 'demo:person:76-yar-ds8-senior'; // Шмелёва Т.В.
const DS55_MENTOR = 'demo:person:76-yar-ds55-mentor'; // Полякова Н.И., «однократное погружение»
const DS57_SENIOR = 'demo:person:76-yar-ds57-senior'; // Комарова Е.Б.
const DS57_SPEECH = 'demo:person:76-yar-ds57-speech'; // Афанасьева Ю.П.
const DS57_YOUNG = 'demo:person:76-yar-ds57-young'; // Громова А.Р.
const DS182_MENTOR = 'demo:person:76-yar-ds182-mentor'; // Карпова Л.М., флэш-наставничество
// Inter-regional partners.
const TUTAEV_DEPUTY = 'demo:person:76-tutaev-sh4-deputy'; // Лебедева И.В., координатор межрегионального взаимодействия
const KALUGA_DEPUTY = 'demo:person:40-kaluga-sh25-deputy'; // Ермакова Н.Г.
const KALUGA_MENTOR = 'demo:person:40-kaluga-sh25-mentor'; // Титов Р.Е.
const KOLOSOK_SENIOR = 'demo:person:40-kaluga-kolosok-senior'; // Анисимова О.В.
const KALININGRAD_DEPUTY = 'demo:person:39-shkola-budushchego-deputy'; // Кравцова Е.И.
const KHRABROVO_MENTOR = 'demo:person:39-khrabrovo-mentor'; // Осипов Д.М.
const VOLGOGRAD_DEPUTY = 'demo:person:34-volgograd-sh101-deputy'; // Рыбакова Т.А.

export const YAROSLAVL_ASSOCIATIONS: DemoAssociation[] = [
  {
    key: 'demo:association:yaroslavl-pos-mentors-mso',
    kind: AssociationKind.LEARNING_COMMUNITY,
    name: 'Профессиональное обучающееся сообщество наставников МСО г. Ярославля',
    description:
      'ПОС наставников шести образовательных организаций — участников МИП «Наставничество: ресурсы взаимного развития» ' +
      '(соглашение о взаимодействии, май 2023 г.): горизонтальные связи наставников, Мастерская «Профиль наставника ПОС», ' +
      'взаимообмен практиками наставничества, «Дневник ПОС» как результат социорефлексии.',
    host: { networkKey: NETWORK },
    members: [
      { personKey: ISTRATIY, role: AssociationRole.HEAD },
      { personKey: SH3_POS_HEAD, role: AssociationRole.DEPUTY },
      { personKey: SH26_POS_HEAD, role: AssociationRole.SECRETARY },
      { personKey: SH3_MENTOR, role: AssociationRole.MEMBER },
      { personKey: SH26_MENTOR, role: AssociationRole.MEMBER },
      { personKey: DS8_SENIOR, role: AssociationRole.MEMBER },
      { personKey: DS55_MENTOR, role: AssociationRole.MEMBER },
      { personKey: DS57_SENIOR, role: AssociationRole.MEMBER },
      { personKey: DS57_SPEECH, role: AssociationRole.MEMBER },
      { personKey: DS182_MENTOR, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2023-06-21',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Соглашение участников МИП о взаимодействии в ПОС наставников МСО (май 2023 г.): порядок работы сообщества. ' +
          '2. Изучение профессиональных потребностей наставников ПОС: анкета и сроки.',
        decisions:
          '1. Провести анкетирование наставников шести организаций до 15.09.2023 (ответственная — Воронина А.С.). ' +
          '2. Вести «Дневник ПОС» с первой встречи (ответственная — Голубева М.А.).',
        attendeeKeys: [ISTRATIY, SH3_POS_HEAD, SH26_POS_HEAD, DS8_SENIOR, DS55_MENTOR, DS57_SENIOR, DS182_MENTOR],
      },
      {
        heldOn: '2023-10-18',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Итоги изучения профессиональных потребностей наставников. ' +
          '2. Открытие в МСО Мастерской «Профиль наставника ПОС». ' +
          '3. Программа мастер-классов для наставников (нетворкинг, семинары).',
        decisions:
          '1. Утвердить программу Мастерской «Профиль наставника ПОС» на 2023/2024 уч. год. ' +
          '2. Мастер-классы провести по формам: «позитивный профессиональный дуэт» (СШ №3), «однократное погружение ' +
          'в мир профессионалов» (д/с №55), флэш-наставничество (СШ №26, д/с №182).',
        attendeeKeys: [ISTRATIY, SH3_POS_HEAD, SH26_POS_HEAD, SH3_MENTOR, SH26_MENTOR, DS8_SENIOR, DS55_MENTOR, DS57_SENIOR, DS182_MENTOR],
      },
      {
        heldOn: '2024-03-13',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Взаимообмен практиками наставничества: новые практики методического этапа. ' +
          '2. Мастер-классы для педагогов МСО по теме «Профиль наставника ПОС» (февраль–апрель 2024 г.).',
        decisions:
          '1. Оформить практики по схеме «проблема → способы решения → механизмы взаимодействия → продукты → результат». ' +
          '2. Провести мастер-класс для педагогов МСО на базе д/с №57 в апреле 2024 г. (Комарова Е.Б., Афанасьева Ю.П.).',
        attendeeKeys: [ISTRATIY, SH3_POS_HEAD, SH26_POS_HEAD, SH3_MENTOR, DS55_MENTOR, DS57_SENIOR, DS57_SPEECH, DS182_MENTOR],
      },
      {
        heldOn: '2024-11-20',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Презентация модели эффективного наставничества для профессионального сообщества МСО. ' +
          '2. Пакет НПА для обеспечения деятельности наставников ПОС образовательной организации. ' +
          '3. Подготовка методических продуктов МИП к публикации (январь–май 2025 г.).',
        decisions:
          '1. Одобрить модель и пакет НПА; рекомендовать их образовательным организациям города. ' +
          '2. Подготовить к публикации программу Мастерской, «Дневник ПОС» и сборник практик наставничества до 30.04.2025.',
        attendeeKeys: [ISTRATIY, SH3_POS_HEAD, SH26_POS_HEAD, SH3_MENTOR, SH26_MENTOR, DS8_SENIOR, DS57_SENIOR, DS182_MENTOR],
      },
    ],
  },
  {
    key: 'demo:association:yaroslavl-interregional-mentors',
    kind: AssociationKind.NETWORK_PEDAGOGICAL,
    name: 'Межрегиональное сетевое объединение наставников «Наставничество: ресурсы взаимного развития»',
    description:
      'Онлайн-взаимодействие ПОС наставников Ярославля с партнёрами: МОУ СШ №4 «Центр образования» г. Тутаева, ' +
      'МБОУ «СШ №25» и МБДОУ «Колосок» г. Калуги, МБОУ СОШ «Школа будущего» и «Храбровская СОШ» Калининградской ' +
      'области, МОУ СШ №101 г. Волгограда: вебинары, конференции, обмен практиками наставничества.',
    host: { networkKey: NETWORK },
    members: [
      { personKey: SH3_POS_HEAD, role: AssociationRole.HEAD },
      { personKey: TUTAEV_DEPUTY, role: AssociationRole.DEPUTY },
      { personKey: SH26_POS_HEAD, role: AssociationRole.MEMBER },
      { personKey: KALUGA_DEPUTY, role: AssociationRole.MEMBER },
      { personKey: KALUGA_MENTOR, role: AssociationRole.MEMBER },
      { personKey: KOLOSOK_SENIOR, role: AssociationRole.MEMBER },
      { personKey: KALININGRAD_DEPUTY, role: AssociationRole.MEMBER },
      { personKey: KHRABROVO_MENTOR, role: AssociationRole.MEMBER },
      { personKey: VOLGOGRAD_DEPUTY, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2024-02-14',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Онлайн-вебинар «Профиль наставника ПОС» для партнёров МИП. ' +
          '2. Формат межрегионального взаимодействия на коммуникативном этапе (февраль–апрель 2024 г.).',
        decisions:
          '1. Встречаться онлайн раз в два месяца на платформе «Сферум». ' +
          '2. Каждой организации-партнёру подготовить к апрелю описание одной своей практики наставничества.',
        attendeeKeys: [SH3_POS_HEAD, TUTAEV_DEPUTY, SH26_POS_HEAD, KALUGA_DEPUTY, KOLOSOK_SENIOR, KALININGRAD_DEPUTY, VOLGOGRAD_DEPUTY],
      },
      {
        heldOn: '2024-04-17',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Межрегиональная онлайн-конференция: обмен практиками наставничества (куратор наставничества СШ №25 г. Калуги, ' +
          'ПОС СШ №101 г. Волгограда, наставничество в дошкольной организации «Колосок», школы Гурьевского округа). ' +
          '2. «Дневник ПОС» как инструмент рефлексии (Голубева М.А.).',
        decisions:
          '1. Включить практики партнёров в банк практик МИП. ' +
          '2. Партнёрам апробировать «Дневник ПОС» в своих сообществах до декабря 2024 г.',
        attendeeKeys: [SH3_POS_HEAD, TUTAEV_DEPUTY, SH26_POS_HEAD, KALUGA_DEPUTY, KALUGA_MENTOR, KOLOSOK_SENIOR, KALININGRAD_DEPUTY, KHRABROVO_MENTOR, VOLGOGRAD_DEPUTY],
      },
      {
        heldOn: '2024-12-11',
        format: MeetingFormat.ONLINE,
        agenda: '1. Итоги апробации «Дневника ПОС» у партнёров. 2. Отбор практик для совместной публикации МИП.',
        decisions:
          '1. Отобрать в сборник по одной практике от каждой организации-партнёра. ' +
          '2. Материалы направить Ворониной А.С. до 01.03.2025.',
        attendeeKeys: [SH3_POS_HEAD, TUTAEV_DEPUTY, SH26_POS_HEAD, KALUGA_DEPUTY, KOLOSOK_SENIOR, KHRABROVO_MENTOR, VOLGOGRAD_DEPUTY],
      },
    ],
  },
  {
    key: 'demo:association:yaroslavl-sh26-pos',
    kind: AssociationKind.LEARNING_COMMUNITY,
    name: 'ПОС наставников МОУ «Средняя школа №26» г. Ярославля',
    description: 'Школьное профессиональное обучающееся сообщество наставников и наставляемых; здесь родился «Дневник ПОС».',
    host: { organizationKey: 'demo:org:76-yar-sh-26' },
    members: [
      { personKey: SH26_POS_HEAD, role: AssociationRole.HEAD },
      { personKey: SH26_MENTOR, role: AssociationRole.MEMBER },
      { personKey: SH26_YOUNG, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2023-11-08',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Запуск «Дневника ПОС»: разделы и порядок записей. 2. Флэш-встречи наставляемых с наставником по физике.',
        decisions:
          '1. Вести «Дневник ПОС» после каждой встречи сообщества. ' +
          '2. Соболеву И.В. провести две флэш-встречи для Киселёвой Е.И. до конца декабря 2023 г.',
        attendeeKeys: [SH26_POS_HEAD, SH26_MENTOR, SH26_YOUNG],
      },
      {
        heldOn: '2024-05-22',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Рефлексия учебного года по записям «Дневника ПОС». 2. Обратная связь «вопросы и восхищения».',
        decisions:
          '1. Представить опыт ведения «Дневника ПОС» на городской ПОС наставников. ' +
          '2. Сохранить пару Голубева М.А. – Киселёва Е.И. на 2024/2025 уч. год.',
        attendeeKeys: [SH26_POS_HEAD, SH26_MENTOR, SH26_YOUNG],
      },
    ],
  },
  {
    key: 'demo:association:yaroslavl-ds57-pos',
    kind: AssociationKind.LEARNING_COMMUNITY,
    name: 'ПОС наставников МДОУ «Детский сад №57» г. Ярославля',
    description: 'Профессиональное обучающееся сообщество наставников и молодых воспитателей детского сада.',
    host: { organizationKey: 'demo:org:76-yar-ds-57' },
    members: [
      { personKey: DS57_SENIOR, role: AssociationRole.HEAD },
      { personKey: DS57_SPEECH, role: AssociationRole.MEMBER },
      { personKey: DS57_YOUNG, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2023-09-27',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Профессиональные потребности молодого воспитателя: анкета. 2. План взаимопосещений занятий на 2023/2024 уч. год.',
        decisions:
          '1. Афанасьевой Ю.П. провести для Громовой А.Р. открытое занятие по развитию речи в октябре 2023 г. ' +
          '2. Итоги анкеты передать в городскую ПОС наставников.',
        attendeeKeys: [DS57_SENIOR, DS57_SPEECH, DS57_YOUNG],
      },
      {
        heldOn: '2024-02-21',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Подготовка мастер-класса для педагогов МСО «Профиль наставника ПОС». 2. Промежуточные итоги наставничества.',
        decisions:
          '1. Провести мастер-класс в апреле 2024 г. (Комарова Е.Б., Афанасьева Ю.П.). ' +
          '2. Громовой А.Р. показать самостоятельное занятие в марте 2024 г.',
        attendeeKeys: [DS57_SENIOR, DS57_SPEECH, DS57_YOUNG],
      },
    ],
  },
];
