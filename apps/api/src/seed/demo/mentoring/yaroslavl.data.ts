import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import { DemoMentoring } from '../mentoring.types';
import { held, planned } from './sessions';

/**
 * Seed 001: г. Ярославль, МИП «Наставничество: ресурсы взаимного развития в профессиональных
 * обучающихся сообществах педагогов города» (2023–2025) with its inter-regional partners, hosted by
 * the network of networks/yaroslavl.data.ts (coordinated by СШ №3).
 *
 * From the seed:
 * - the forms of mentoring: «позитивный профессиональный дуэт», «однократное погружение в мир
 *   профессионалов», флэш-наставничество and the ПОС itself (LEARNING_COMMUNITY);
 * - horizontal links between mentor and teachers, «учить себя в ПОС», research of one's own
 *   mentoring, the «Дневник ПОС» as the result of social reflection (the notes of the sessions);
 * - online interaction at the inter-regional level (the duo with Гурьевск, the flash sessions
 *   with Волгоград).
 * The mentors follow the invented people of registry/yaroslavl.data.ts, whose titles name their
 * form (Кудрявцев П.А. — дуэт, Соболев И.В. and Карпова Л.М. — флэш, Полякова Н.И. — погружение).
 * INVENTED: every pair, date, topic and note, and that the ПОС kept mentoring after the МИП (the
 * programme has no end date): the young teachers of the registry started after 2023.
 */

const NETWORK = 'demo:network:yaroslavl-mip-nastavnichestvo';

const SH3_POS_HEAD = 'demo:person:76-yar-sh3-pos-head'; // Воронина А.С.
const SH3_MENTOR = 'demo:person:76-yar-sh3-mentor'; // Кудрявцев П.А.
const SH3_YOUNG = 'demo:person:76-yar-sh3-young'; // Белякова О.Д.
const SH26_POS_HEAD = 'demo:person:76-yar-sh26-pos-head'; // Голубева М.А.
const SH26_MENTOR = 'demo:person:76-yar-sh26-mentor'; // Соболев И.В.
const SH26_YOUNG = 'demo:person:76-yar-sh26-young'; // Киселёва Е.И.
const DS8_SENIOR = 'demo:person:76-yar-ds8-senior'; // Шмелёва Т.В.
const DS8_YOUNG = 'demo:person:76-yar-ds8-young'; // Лапина А.С.
const DS55_MENTOR = 'demo:person:76-yar-ds55-mentor'; // Полякова Н.И.
const DS55_YOUNG = 'demo:person:76-yar-ds55-young'; // Ефимова В.А.
const DS57_SPEECH = 'demo:person:76-yar-ds57-speech'; // Афанасьева Ю.П.
const DS57_YOUNG = 'demo:person:76-yar-ds57-young'; // Громова А.Р.
const DS182_MENTOR = 'demo:person:76-yar-ds182-mentor'; // Карпова Л.М.
const DS182_YOUNG = 'demo:person:76-yar-ds182-young'; // Смирнова К.О.
const TUTAEV_YOUNG = 'demo:person:76-tutaev-sh4-young'; // Зуева Д.Н.
const KALININGRAD_YOUNG = 'demo:person:39-shkola-budushchego-young'; // Белов Г.А.
const VOLGOGRAD_YOUNG = 'demo:person:34-volgograd-sh101-young'; // Никитина А.В.

const { IN_PERSON, ONLINE, OPEN_LESSON, CONSULTATION } = SessionFormat;

export const YAROSLAVL_MENTORING: DemoMentoring = {
  profiles: [
    {
      personKey: SH3_POS_HEAD,
      types: [MentorType.CURATOR],
      directions: [MentorDirection.FUNCTIONAL_LITERACY],
      subjects: ['Русский язык', 'Литература'],
      strengths: 'Руководство ПОС наставников школы; Мастерская «Профиль наставника ПОС».',
      capacity: 2,
    },
    {
      personKey: SH3_MENTOR,
      types: [MentorType.COACH],
      directions: [MentorDirection.STATE_EXAMS],
      subjects: ['Математика'],
      strengths: '«Позитивный профессиональный дуэт»: совместное планирование и взаимопосещение уроков, в том числе онлайн.',
      capacity: 2,
    },
    {
      personKey: SH26_POS_HEAD,
      types: [MentorType.TUTOR],
      directions: [MentorDirection.FUNCTIONAL_LITERACY],
      subjects: ['Начальные классы'],
      strengths: 'Руководитель ПОС наставников, автор «Дневника ПОС»: практики «проблема → способы решения → механизмы взаимодействия → продукты → результат».',
      capacity: 4,
    },
    {
      personKey: SH26_MENTOR,
      types: [MentorType.MENTOR],
      directions: [MentorDirection.OLYMPIADS],
      subjects: ['Физика', 'Астрономия'],
      strengths: 'Флэш-наставничество: короткие встречи по цифровым инструментам урока и обратной связи.',
      capacity: 3,
    },
    {
      personKey: DS8_SENIOR,
      types: [MentorType.CURATOR, MentorType.METHODIST],
      directions: [],
      subjects: ['Дошкольное образование'],
      strengths: 'Руководитель ПОС наставников детского сада; адаптация молодых воспитателей.',
      capacity: 3,
    },
    {
      personKey: DS55_MENTOR,
      types: [MentorType.CLASSIC],
      directions: [],
      subjects: ['Дошкольное образование'],
      strengths: '«Однократное погружение в мир профессионалов»: режимные моменты, игровая деятельность, работа с родителями.',
      capacity: 2,
    },
    {
      personKey: DS57_SPEECH,
      types: [MentorType.METHODIST],
      directions: [MentorDirection.SPECIAL_NEEDS],
      subjects: ['Логопедия'],
      strengths: 'Логопедическое сопровождение детей с ОВЗ в группе; речевые игры для воспитателей.',
      capacity: 2,
    },
    {
      personKey: DS182_MENTOR,
      types: [MentorType.COACH],
      directions: [],
      subjects: ['Дошкольное образование'],
      strengths: 'Флэш-наставничество: разбор одной ситуации за 30 минут.',
      capacity: 3,
    },
  ],
  programs: [
    {
      key: 'demo:mentoring:yaroslavl-pos',
      name: 'Наставничество в ПОС: ресурсы взаимного развития (МИП г. Ярославля и межрегиональные партнёры)',
      model: MentoringModel.TEACHER_TO_TEACHER,
      forms: [MentoringForm.LEARNING_COMMUNITY, MentoringForm.PROFESSIONAL_DUO, MentoringForm.ONE_TIME_IMMERSION, MentoringForm.FLASH],
      host: { networkKey: NETWORK },
      coordinatorKey: SH3_POS_HEAD,
      startsOn: '2023-06-01',
      goals:
        'Запуск и стабилизация механизмов эффективного наставничества в ПОС образовательных организаций: горизонтальные ' +
        'связи между наставником и педагогами, опора на совместное обучение («учить себя в ПОС»), исследование ' +
        'собственной наставнической деятельности, «Дневник ПОС» как результат социорефлексии, диссеминация успешных практик.',
      mentorships: [
        {
          key: 'demo:mentorship:yaroslavl-2023-afanasyeva-gromova',
          form: MentoringForm.ONE_TIME_IMMERSION,
          goals: '«Однократное погружение в мир профессионалов»: логопедическое сопровождение в группе детского сада.',
          startsOn: '2023-11-13',
          endsOn: '2023-12-15',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [DS57_SPEECH],
          menteeKeys: [DS57_YOUNG],
          outcome: 'Наставляемая включила речевые игры в режимные моменты; запись в «Дневнике ПОС».',
          sessions: [
            held('2023-11-15', OPEN_LESSON, 'Погружение: логопедическое занятие в подгруппе', 40, 'Наставляемая наблюдала занятие и вела протокол приёмов.'),
            held('2023-11-29', CONSULTATION, 'Речевые игры в режимных моментах', 45, 'Подобраны пять игр для средней группы.'),
            held('2023-12-13', IN_PERSON, 'Рефлексия погружения: запись в «Дневник ПОС»', 30, 'Сформулирован собственный запрос на следующий год.'),
          ],
        },
        {
          key: 'demo:mentorship:yaroslavl-2026-pos-golubeva',
          form: MentoringForm.LEARNING_COMMUNITY,
          goals: 'ПОС молодых учителей: исследование собственной практики, взаимопосещение уроков, «Дневник ПОС».',
          startsOn: '2026-09-01',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [SH26_POS_HEAD],
          menteeKeys: [SH26_YOUNG, SH3_YOUNG, TUTAEV_YOUNG],
          sessions: [
            held('2026-09-17', IN_PERSON, 'Запуск ПОС: запросы участников, правила «Дневника ПОС»', 90, 'Каждый участник сформулировал свою профессиональную проблему.'),
            held('2026-10-15', ONLINE, 'Практика: проблема → способы решения → механизмы взаимодействия', 60, 'Разобраны две практики участников.'),
            held('2026-11-19', OPEN_LESSON, 'Взаимопосещение уроков (СШ №26)', 90, 'Обратная связь по протоколу «что увидел — что возьму».'),
            planned('2026-12-17', ONLINE, 'Социорефлексия: записи «Дневника ПОС» за полугодие'),
            planned('2027-02-18', IN_PERSON, 'Продукты ПОС: карта практики наставничества'),
          ],
        },
        {
          key: 'demo:mentorship:yaroslavl-2026-duo-kudryavtsev-belov',
          form: MentoringForm.PROFESSIONAL_DUO,
          goals: 'Позитивный профессиональный дуэт учителей математики Ярославля и Гурьевска: совместное планирование, онлайн-взаимопосещение.',
          startsOn: '2026-10-01',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [SH3_MENTOR],
          menteeKeys: [KALININGRAD_YOUNG],
          sessions: [
            held('2026-10-08', ONLINE, 'Знакомство дуэта: сильные стороны и запросы', 45, 'Общая тема — формирующее оценивание в 7 классе.'),
            held('2026-11-12', ONLINE, 'Совместное планирование урока и онлайн-посещение', 60, 'Урок проведён в обеих школах по общему плану.'),
            planned('2026-12-10', ONLINE, 'Анализ работ учащихся двух школ'),
            planned('2027-02-11', ONLINE, 'Межрегиональный вебинар дуэта'),
          ],
        },
        {
          key: 'demo:mentorship:yaroslavl-2026-immersion-polyakova',
          form: MentoringForm.ONE_TIME_IMMERSION,
          goals: '«Однократное погружение в мир профессионалов»: организация игровой деятельности и работа с родителями.',
          startsOn: '2026-10-05',
          endsOn: '2026-10-30',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [DS55_MENTOR],
          menteeKeys: [DS55_YOUNG],
          outcome: 'Наставляемая провела родительское собрание в интерактивной форме; запись в «Дневнике ПОС».',
          sessions: [
            held('2026-10-07', OPEN_LESSON, 'Погружение: день в группе наставника', 240, 'Наблюдение режимных моментов и игровой деятельности.'),
            held('2026-10-14', CONSULTATION, 'Интерактивное родительское собрание: сценарий', 45, 'Сценарий собрания доработан вместе.'),
            held('2026-10-28', IN_PERSON, 'Рефлексия погружения', 30, 'Наставляемая готова вести собрание самостоятельно.'),
          ],
        },
        {
          key: 'demo:mentorship:yaroslavl-2026-flash-karpova',
          form: MentoringForm.FLASH,
          goals: 'Флэш-наставничество молодого воспитателя: короткие разборы ситуаций группы.',
          startsOn: '2026-10-01',
          endsOn: '2026-12-25',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [DS182_MENTOR],
          menteeKeys: [DS182_YOUNG],
          sessions: [
            held('2026-10-06', CONSULTATION, 'Флэш-встреча: конфликт детей в игре', 30, 'Отработан приём «называем чувства».'),
            held('2026-10-27', CONSULTATION, 'Флэш-встреча: утренний круг', 30, 'Наставляемая проведёт утренний круг по новой схеме.'),
            held('2026-11-17', CONSULTATION, 'Флэш-встреча: адаптация новенького ребёнка', 30, 'Составлена памятка для родителей.'),
            planned('2026-12-08', CONSULTATION, 'Флэш-встреча: подготовка к новогоднему празднику'),
          ],
        },
        {
          key: 'demo:mentorship:yaroslavl-2026-flash-sobolev-nikitina',
          form: MentoringForm.FLASH,
          goals: 'Межрегиональные флэш-сессии: цифровые инструменты обратной связи на уроке.',
          startsOn: '2026-11-02',
          endsOn: '2026-12-18',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [SH26_MENTOR],
          menteeKeys: [VOLGOGRAD_YOUNG],
          sessions: [
            held('2026-11-10', ONLINE, 'Флэш-сессия: онлайн-опросы на уроке', 40, 'Наставляемая попробует опрос в начале урока.'),
            planned('2026-11-24', ONLINE, 'Флэш-сессия: цифровые рабочие листы'),
            planned('2026-12-08', ONLINE, 'Флэш-сессия: итоги и запись в «Дневник ПОС»'),
          ],
        },
        {
          key: 'demo:mentorship:yaroslavl-2026-duo-shmeleva-lapina',
          form: MentoringForm.PROFESSIONAL_DUO,
          goals: 'Профессиональный дуэт в детском саду: планирование образовательной деятельности.',
          startsOn: '2026-12-01',
          endsOn: '2027-05-31',
          status: MentorshipStatus.PLANNED,
          mentorKeys: [DS8_SENIOR],
          menteeKeys: [DS8_YOUNG],
          sessions: [
            planned('2026-12-02', IN_PERSON, 'Знакомство дуэта: запрос молодого воспитателя'),
            planned('2027-01-20', OPEN_LESSON, 'Взаимопосещение занятий'),
            planned('2027-03-17', CONSULTATION, 'Календарное планирование на весну'),
          ],
        },
      ],
    },
  ],
};
