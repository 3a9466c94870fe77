import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import { DemoMentoring } from '../mentoring.types';
import { held, planned } from './sessions';

/**
 * Seed 002: Подпорожский район, сетевое наставничество «Школа – школе» (2020–2023), hosted by the
 * network of networks/podporozhye.data.ts (run by the ИМС).
 *
 * From the seed:
 * - the models «руководитель – руководителю» (the level-1 director mentors the two level-2
 *   directors, who mentor the directors of the level-3 schools) and «учитель – учителю» (3–5
 *   teacher-mentors of the district «с высокими результатами обучения», chosen among the heads of
 *   the РМО); the forms: traditional, partner («равный – равному»), group («круги наставничества»),
 *   flash, virtual;
 * - the mentor types (методист, лидер, тьютор, разработчик) and, from September 2021, the mentors'
 *   directions: ОГЭ/ЕГЭ, ВПР, olympiads, functional literacy, pupils with disabilities (ОВЗ);
 * - «Формирование базы наставников и наставляемых» (December 2020);
 * - the «500+» pairs: Шахова М.Ю. (СОШ №3) – Ключина Г.Г. (Вознесенский ОЦ), February 2021, and
 *   Куновская Е.А. (СОШ №4) – Брякжиева А.С. (СОШ №8), February 2022: a SCHOOL_TO_SCHOOL programme.
 * Which level-2 director mentors which level-3 director follows the network's support edges.
 * INVENTED for the demo: who mentors whom among the teachers, every date of a meeting, every topic
 * and note; and that the district kept the «учитель – учителю» pairs going after the project
 * (the programme has no end date), so the mentor base has a current load: the 2026/2027 pairs are
 * with the young teachers of the registry (who started after 2023). One of them is STOPPED.
 */

const NETWORK = 'demo:network:podporozhye-shkola-shkole';
const SOSH_3 = 'demo:org:47-podp-sosh-3';
const SOSH_4 = 'demo:org:47-podp-sosh-4';
const SOSH_8 = 'demo:org:47-podp-sosh-8';
const VOZNESENYE = 'demo:org:47-podp-voznesenye-oc';

// ИМС.
const IMS_HEAD = 'demo:person:47-podp-ims-head'; // Егорова Т.Н.
const IMS_METHODIST = 'demo:person:47-podp-ims-methodist'; // Кузьмина И.В., база наставников
// Level 1: СОШ №3.
const SHAKHOVA = 'demo:person:47-podp-sosh3-shakhova';
const S3_MATH = 'demo:person:47-podp-sosh3-math'; // Богданова С.И., ОГЭ/ЕГЭ
const S3_RUSSIAN = 'demo:person:47-podp-sosh3-russian'; // Лебедева Е.М., ВПР
const S3_PHYSICS = 'demo:person:47-podp-sosh3-physics'; // Орлов Д.С., олимпиады
const S3_YOUNG = 'demo:person:47-podp-sosh3-young'; // Васильева Д.А.
// Level 2: СОШ №4, Важинский ОЦ.
const KUNOVSKAYA = 'demo:person:47-podp-sosh4-kunovskaya';
const S4_BIOLOGY = 'demo:person:47-podp-sosh4-biology'; // Григорьева В.П., функциональная грамотность
const S4_YOUNG = 'demo:person:47-podp-sosh4-young'; // Тимофеев А.О.
const BELOVA = 'demo:person:47-podp-vazhiny-director';
const VAZ_HISTORY = 'demo:person:47-podp-vazhiny-history'; // Комаров А.В., ОВЗ
const VAZ_YOUNG = 'demo:person:47-podp-vazhiny-young'; // Крылова В.П.
// Level 3.
const S1_DIRECTOR = 'demo:person:47-podp-sosh1-director'; // Федорова Л.А.
const S1_PRIMARY = 'demo:person:47-podp-sosh1-primary'; // Морозова О.В.
const S1_MATH = 'demo:person:47-podp-sosh1-math'; // Павлов И.Н.
const S1_YOUNG = 'demo:person:47-podp-sosh1-young'; // Соколова А.И.
const BRYAKZHIEVA = 'demo:person:47-podp-sosh8-bryakzhieva';
const S8_MATH = 'demo:person:47-podp-sosh8-math'; // Степанова Г.И.
const S8_YOUNG = 'demo:person:47-podp-sosh8-young'; // Ершова П.Д.
const O9_DIRECTOR = 'demo:person:47-podp-oosh9-director'; // Маркова Н.С.
const O9_RUSSIAN = 'demo:person:47-podp-oosh9-russian'; // Зайцева Л.Г.
const O9_YOUNG = 'demo:person:47-podp-oosh9-young'; // Ильин К.Р.
const VIN_DIRECTOR = 'demo:person:47-podp-vinnitsy-director'; // Кононова Р.В.
const VIN_VEPSIAN = 'demo:person:47-podp-vinnitsy-vepsian'; // Фомина М.Ю.
const VIN_YOUNG = 'demo:person:47-podp-vinnitsy-young'; // Пахомов И.А.
const KLYUCHINA = 'demo:person:47-podp-voznesenye-klyuchina';
const VOZ_YOUNG = 'demo:person:47-podp-voznesenye-young'; // Голованова К.С.

const { IN_PERSON, ONLINE, OPEN_LESSON, CONSULTATION } = SessionFormat;

export const PODPOROZHYE_MENTORING: DemoMentoring = {
  profiles: [
    {
      personKey: SHAKHOVA,
      types: [MentorType.LEADER],
      directions: [],
      subjects: [],
      // Only what the programme says: the level-1 school's mentor, the «500+» pair of 2021.
      strengths: 'Руководитель-наставник 1-го уровня (МБОУ «Подпорожская СОШ №3» — школа со стабильно высокими результатами); наставническая пара «500+» Шахова М.Ю. – Ключина Г.Г. (2021).',
      capacity: 3,
    },
    {
      personKey: KUNOVSKAYA,
      types: [MentorType.LEADER],
      directions: [],
      subjects: [],
      // Only what the programme says: the «500+» pair of 2022.
      strengths: 'Наставническая пара «500+» Куновская Е.А. – Брякжиева А.С. (2022).',
      capacity: 2,
    },
    {
      personKey: BELOVA,
      types: [MentorType.LEADER, MentorType.TUTOR],
      directions: [MentorDirection.FUNCTIONAL_LITERACY],
      subjects: [],
      strengths: 'Управление сельским образовательным центром; кадровое обеспечение малокомплектной школы; руководитель-наставник 2-го уровня.',
      capacity: 2,
    },
    {
      personKey: S3_MATH,
      types: [MentorType.METHODIST],
      directions: [MentorDirection.STATE_EXAMS],
      subjects: ['Математика'],
      strengths: 'Подготовка к ОГЭ и ЕГЭ по математике (профильный уровень); руководитель РМО учителей математики.',
      capacity: 4,
    },
    {
      personKey: S3_RUSSIAN,
      types: [MentorType.TUTOR],
      directions: [MentorDirection.VPR, MentorDirection.FUNCTIONAL_LITERACY],
      subjects: ['Русский язык', 'Литература'],
      strengths: 'Подготовка к ВПР по русскому языку; читательская грамотность; руководитель РМО учителей русского языка.',
      capacity: 3,
    },
    {
      personKey: S3_PHYSICS,
      types: [MentorType.DEVELOPER],
      directions: [MentorDirection.OLYMPIADS],
      subjects: ['Физика'],
      strengths: 'Подготовка к предметным олимпиадам; разработка программ внеурочной деятельности.',
      capacity: 2,
    },
    {
      personKey: S4_BIOLOGY,
      types: [MentorType.LEADER, MentorType.DEVELOPER],
      directions: [MentorDirection.FUNCTIONAL_LITERACY],
      subjects: ['Биология', 'Химия'],
      strengths: 'Задания по функциональной (естественно-научной) грамотности в контексте урока; руководитель РМО естественно-научного цикла.',
      capacity: 3,
    },
    {
      personKey: VAZ_HISTORY,
      types: [MentorType.TUTOR],
      directions: [MentorDirection.SPECIAL_NEEDS],
      subjects: ['История', 'Обществознание'],
      strengths: 'Организация работы с обучающимися с особыми образовательными потребностями (ОВЗ); адаптированные программы.',
      capacity: 2,
      // On long sick leave since October 2026 (see the STOPPED pair below).
      available: false,
    },
    {
      personKey: S1_PRIMARY,
      types: [MentorType.METHODIST],
      directions: [MentorDirection.VPR],
      subjects: ['Начальные классы'],
      strengths: 'ВПР в 4 классе; смысловое чтение в начальной школе; руководитель РМО учителей начальных классов.',
      capacity: 2,
    },
  ],
  programs: [
    {
      key: 'demo:mentoring:podporozhye-leader-to-leader',
      name: '«Школа – школе»: наставничество «руководитель – руководителю»',
      model: MentoringModel.LEADER_TO_LEADER,
      forms: [MentoringForm.TRADITIONAL, MentoringForm.PEER, MentoringForm.GROUP, MentoringForm.VIRTUAL],
      host: { networkKey: NETWORK },
      coordinatorKey: IMS_HEAD,
      startsOn: '2021-01-11',
      endsOn: '2023-08-31',
      goals:
        'Персонифицированный подход к повышению профессионализма руководителя и его методическому сопровождению: ' +
        'выявление проблемных зон руководителя и определение его точек роста. Директор школы 1-го уровня наставляет ' +
        'руководителей-наставников 2-го уровня, они — руководителей школ 3-го уровня, которые при необходимости ' +
        'обращаются за консультацией к наставнику 1-го уровня.',
      mentorships: [
        {
          key: 'demo:mentorship:podporozhye-l2l-level1-level2',
          form: MentoringForm.GROUP,
          goals: 'Подготовка руководителей-наставников 2-го уровня: схема сетевого наставничества, анализ управленческих дефицитов школ 3-го уровня.',
          startsOn: '2021-01-11',
          endsOn: '2023-06-30',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [SHAKHOVA],
          menteeKeys: [KUNOVSKAYA, BELOVA],
          // The programme states the pair, not its meetings: no invented sessions or outcome for named people.
          sessions: [],
        },
        {
          key: 'demo:mentorship:podporozhye-l2l-belova-fedorova',
          form: MentoringForm.TRADITIONAL,
          goals: 'Внутренняя система оценки качества образования в СОШ №1; план выхода из перечня ШНОР.',
          startsOn: '2021-02-01',
          endsOn: '2023-06-30',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [BELOVA],
          menteeKeys: [S1_DIRECTOR],
          outcome: 'Положение о ВСОКО обновлено; доля работ ВПР с оценкой «2» по математике снизилась.',
          sessions: [
            held('2021-02-17', IN_PERSON, 'Самоанализ школы: проблемные зоны руководителя', 90, 'Составлен перечень управленческих дефицитов, определены точки роста.'),
            held('2021-10-13', CONSULTATION, 'ВСОКО: положение и график внутренних оценочных процедур', 60, 'Проект положения о ВСОКО вынесен на педсовет.'),
            held('2022-03-16', IN_PERSON, 'Анализ результатов ВПР по школе и классам', 90, 'Определены классы «зоны риска» и меры поддержки учителей.'),
            held('2023-04-19', CONSULTATION, 'Итоги наставничества: что изменилось в управлении школой', 60, 'Директор готовит выступление на итоговом семинаре проекта.'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-l2l-belova-markova',
          form: MentoringForm.TRADITIONAL,
          goals: 'Кадровые решения малокомплектной основной школы; методическая работа без ШМО.',
          startsOn: '2021-02-01',
          endsOn: '2023-06-30',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [BELOVA],
          menteeKeys: [O9_DIRECTOR],
          outcome: 'Учителя школы включены в районные методические объединения; составлен план повышения квалификации.',
          sessions: [
            held('2021-02-24', IN_PERSON, 'Кадровая ситуация школы и дефициты руководителя', 90, 'Решено закрепить учителей за РМО района вместо ШМО.'),
            held('2021-11-24', ONLINE, 'План повышения квалификации педагогов школы', 60, 'План согласован с ИМС.'),
            held('2022-10-19', CONSULTATION, 'Консультация наставника 1-го уровня: подготовка к ГИА в 9 классе', 60, 'По просьбе директора подключён наставник 1-го уровня (консультация 3-го уровня с 1-м).'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-l2l-kunovskaya-kononova',
          form: MentoringForm.VIRTUAL,
          goals: 'Управление школой-интернатом с низкими результатами: мотивация педагогов, работа с результатами ВПР.',
          startsOn: '2021-02-01',
          endsOn: '2023-06-30',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [KUNOVSKAYA],
          menteeKeys: [VIN_DIRECTOR],
          // The programme states the pair, not its meetings: no invented sessions or outcome for named people.
          sessions: [],
        },
      ],
    },
    {
      key: 'demo:mentoring:podporozhye-500-plus',
      name: '«Школа – школе»: наставнические пары федерального проекта «500+»',
      model: MentoringModel.SCHOOL_TO_SCHOOL,
      forms: [MentoringForm.TRADITIONAL],
      host: { networkKey: NETWORK },
      coordinatorKey: IMS_HEAD,
      startsOn: '2021-02-01',
      endsOn: '2022-12-31',
      goals: 'Повышение профессиональных компетенций руководителей школ с ШНОР: школа-наставник сопровождает школу с низкими образовательными результатами в рамках федерального проекта «500+».',
      mentorships: [
        {
          key: 'demo:mentorship:podporozhye-500-shakhova-klyuchina',
          form: MentoringForm.TRADITIONAL,
          goals: 'Организация взаимодействия наставнической пары для участия в федеральном проекте «500+» (план 2020/2021, п. 2.4; куратор — администрация СОШ №3).',
          startsOn: '2021-02-01',
          endsOn: '2021-12-24',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [SHAKHOVA],
          menteeKeys: [KLYUCHINA],
          mentorOrganizationKey: SOSH_3,
          menteeOrganizationKey: VOZNESENYE,
          // The programme states the pair, not its meetings: no invented sessions or outcome for named people.
          sessions: [],
        },
        {
          key: 'demo:mentorship:podporozhye-500-kunovskaya-bryakzhieva',
          form: MentoringForm.TRADITIONAL,
          goals: 'Организация взаимодействия наставнической пары для участия в федеральном проекте «500+» (план 2021/2022, п. 2.6).',
          startsOn: '2022-02-01',
          endsOn: '2022-12-23',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [KUNOVSKAYA],
          menteeKeys: [BRYAKZHIEVA],
          mentorOrganizationKey: SOSH_4,
          menteeOrganizationKey: SOSH_8,
          // The programme states the pair, not its meetings: no invented sessions or outcome for named people.
          sessions: [],
        },
      ],
    },
    {
      key: 'demo:mentoring:podporozhye-teacher-to-teacher',
      name: '«Школа – школе»: наставничество «учитель – учителю»',
      model: MentoringModel.TEACHER_TO_TEACHER,
      forms: [MentoringForm.TRADITIONAL, MentoringForm.PEER, MentoringForm.GROUP, MentoringForm.FLASH, MentoringForm.VIRTUAL],
      host: { networkKey: NETWORK },
      coordinatorKey: IMS_METHODIST,
      startsOn: '2021-09-01',
      goals:
        'Помощь педагогу при изучении нормативных документов и новых достижений методики преподавания, в ' +
        'совершенствовании педагогического мастерства, освоении новых форм и методик оценивания. Учителя-наставники ' +
        'работают по направлениям: ОГЭ/ЕГЭ, ВПР, олимпиады, функциональная грамотность, обучающиеся с ОВЗ.',
      mentorships: [
        {
          key: 'demo:mentorship:podporozhye-t2t-bogdanova-2021',
          form: MentoringForm.GROUP,
          goals: 'Эффективная подготовка к ГИА по математике: «круг наставничества» учителей математики школ 3-го уровня.',
          startsOn: '2021-09-15',
          endsOn: '2022-05-31',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [S3_MATH],
          menteeKeys: [S1_MATH, S8_MATH],
          outcome: 'Наставляемые провели открытые уроки на РМО; разработан банк заданий для повторения перед ОГЭ.',
          sessions: [
            held('2021-09-29', IN_PERSON, 'Анализ результатов ОГЭ-2021 по школам, выбор тем', 90, 'Общий дефицит — задачи с практическим содержанием.'),
            held('2021-11-24', OPEN_LESSON, 'Мастер-класс: современные технологии подготовки к независимым оценочным процедурам', 90, 'Показаны приёмы работы с заданиями второй части.'),
            held('2022-02-16', CONSULTATION, 'Семинар-практикум «Эффективность подготовки к ГИА: проблемы и пути их решения»', 120, 'Наставляемые представили планы повторения.'),
            held('2022-04-27', OPEN_LESSON, 'Открытые уроки наставляемых', 120, 'Посещено 2 урока, обратная связь по структуре урока повторения.'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-lebedeva-zaitseva',
          form: MentoringForm.PEER,
          goals: 'ВПР по русскому языку как инструмент внутренней системы оценки качества.',
          startsOn: '2021-10-01',
          endsOn: '2022-05-31',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [S3_RUSSIAN],
          menteeKeys: [O9_RUSSIAN],
          outcome: 'Критерии оценивания ВПР применяются в текущем контроле; подготовлен комплект тренировочных работ.',
          sessions: [
            held('2021-10-13', ONLINE, 'Типичные ошибки ВПР по русскому языку в 5–7 классах', 60, 'Составлен перечень ошибок по классам.'),
            held('2022-01-19', ONLINE, 'Критерии оценивания и единый орфографический режим', 60, 'Договорились о совместной проверке тренировочных работ.'),
            held('2022-03-23', CONSULTATION, 'Совместная проверка тренировочных работ', 90, 'Расхождение оценок снизилось до одного балла.'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-komarov-fomina',
          form: MentoringForm.PEER,
          goals: 'Организация работы с обучающимися с особыми потребностями на уроках русского языка в школе-интернате.',
          startsOn: '2022-09-15',
          endsOn: '2023-05-31',
          status: MentorshipStatus.COMPLETED,
          mentorKeys: [VAZ_HISTORY],
          menteeKeys: [VIN_VEPSIAN],
          outcome: 'Разработаны адаптированные задания для 5–6 классов; опыт представлен на РМО.',
          sessions: [
            held('2022-09-28', ONLINE, 'Особые образовательные потребности: что показывает диагностика', 60, 'Выделены три группы обучающихся по видам затруднений.'),
            held('2022-11-23', CONSULTATION, 'Адаптация заданий: опоры, алгоритмы, дозирование', 60, 'Наставляемая подготовила первые адаптированные карточки.'),
            held('2023-02-15', OPEN_LESSON, 'Посещение урока с адаптированными заданиями', 90, 'Рекомендовано больше визуальных опор.'),
            held('2023-04-19', IN_PERSON, 'Тематическая консультация «Организация работы с обучающимися с особыми потребностями»', 90, 'Подготовлено выступление на РМО.'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-bogdanova-2026',
          form: MentoringForm.VIRTUAL,
          goals: 'Молодые учителя математики сельских школ: подготовка к ОГЭ, планирование уроков повторения.',
          startsOn: '2026-09-07',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [S3_MATH],
          menteeKeys: [O9_YOUNG, VIN_YOUNG],
          sessions: [
            held('2026-09-16', ONLINE, 'Знакомство: дефициты по итогам ОГЭ-2026, индивидуальные планы', 60, 'Оба наставляемых выбрали тему «задачи с практическим содержанием».'),
            held('2026-10-14', ONLINE, 'Разбор заданий второй части ОГЭ: типичные ошибки', 60, 'Наставляемые составят подборки задач к следующей встрече.'),
            held('2026-11-18', ONLINE, 'Трансляция урока наставника: урок повторения в 9 классе', 45, 'Обсудили структуру урока и формы обратной связи.'),
            planned('2026-12-16', ONLINE, 'Пробный ОГЭ: анализ результатов по классам'),
            planned('2027-02-10', ONLINE, 'Открытые уроки наставляемых (онлайн-посещение)'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-orlov-timofeev',
          form: MentoringForm.FLASH,
          goals: 'Эффективные приёмы подготовки обучающихся к предметным олимпиадам (флеш-встречи).',
          startsOn: '2026-12-01',
          endsOn: '2027-03-31',
          status: MentorshipStatus.PLANNED,
          mentorKeys: [S3_PHYSICS],
          menteeKeys: [S4_YOUNG],
          sessions: [
            planned('2026-12-02', CONSULTATION, 'Муниципальный этап олимпиады: разбор задач'),
            planned('2027-01-20', CONSULTATION, 'Кружок олимпиадной подготовки: как собрать группу'),
            planned('2027-03-10', ONLINE, 'Итоги регионального этапа и планы'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-grigorieva-2026',
          form: MentoringForm.GROUP,
          goals: 'Задания по функциональной (естественно-научной) грамотности в контексте урока биологии и химии.',
          startsOn: '2026-09-14',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [S4_BIOLOGY],
          menteeKeys: [VOZ_YOUNG, VAZ_YOUNG],
          sessions: [
            held('2026-09-23', IN_PERSON, 'Естественно-научная грамотность: что проверяют задания PISA', 90, 'Наставляемые выбрали по две темы для встраивания заданий.'),
            held('2026-10-21', OPEN_LESSON, 'Мастер-класс «Задания по функциональной грамотности в контексте урока»', 90, 'Показаны три приёма работы с текстом и графиком.'),
            planned('2026-11-25', OPEN_LESSON, 'Посещение уроков наставляемых'),
            planned('2027-01-27', CONSULTATION, 'Составление банка заданий по функциональной грамотности'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-lebedeva-sokolova',
          form: MentoringForm.TRADITIONAL,
          goals: 'Молодой учитель русского языка: планирование, подготовка к ВПР в 5–6 классах.',
          startsOn: '2026-09-01',
          endsOn: '2027-06-30',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [S3_RUSSIAN],
          menteeKeys: [S1_YOUNG],
          sessions: [
            held('2026-09-09', IN_PERSON, 'Рабочая программа и тематическое планирование', 90, 'Планирование на первую четверть согласовано.'),
            held('2026-10-07', OPEN_LESSON, 'Посещение урока наставляемой (6 класс)', 45, 'Рекомендовано сократить объяснение, больше самостоятельной работы.'),
            held('2026-11-11', CONSULTATION, 'ВПР в 5 классе: типичные ошибки и тренировочные задания', 60, 'Подобраны задания на орфограммы корня.'),
            planned('2026-12-09', OPEN_LESSON, 'Посещение урока наставника'),
            planned('2027-03-03', CONSULTATION, 'Подготовка к ВПР: пробная работа'),
            planned('2027-04-14', IN_PERSON, 'Анализ ВПР и итоги года'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-morozova-ershova',
          form: MentoringForm.TRADITIONAL,
          goals: 'Молодой учитель начальных классов: смысловое чтение, подготовка к ВПР в 4 классе.',
          startsOn: '2026-09-01',
          endsOn: '2027-05-31',
          status: MentorshipStatus.ACTIVE,
          mentorKeys: [S1_PRIMARY],
          menteeKeys: [S8_YOUNG],
          sessions: [
            held('2026-09-10', IN_PERSON, 'Адаптация: класс, документы, родители', 60, 'Составлен план первых родительских собраний.'),
            held('2026-10-15', OPEN_LESSON, 'Посещение урока литературного чтения у наставника', 45, 'Разобраны приёмы смыслового чтения.'),
            held('2026-11-19', OPEN_LESSON, 'Посещение урока наставляемой', 45, 'Урок построен по образцу; следующий шаг — дифференциация заданий.'),
            planned('2027-01-21', CONSULTATION, 'Читательская грамотность: диагностическая работа'),
          ],
        },
        {
          key: 'demo:mentorship:podporozhye-t2t-komarov-vasilieva',
          form: MentoringForm.TRADITIONAL,
          goals: 'Работа с обучающимися с ОВЗ на уроках английского языка.',
          startsOn: '2026-09-01',
          endsOn: '2026-10-16',
          status: MentorshipStatus.STOPPED,
          stopReason: 'Наставник на длительном больничном с октября 2026 г.; наставляемая будет включена в новую пару во втором полугодии.',
          mentorKeys: [VAZ_HISTORY],
          menteeKeys: [S3_YOUNG],
          sessions: [
            held('2026-09-16', ONLINE, 'Знакомство: обучающиеся с ОВЗ в классах наставляемой', 60, 'Составлен список обучающихся и их рекомендаций ПМПК.'),
            planned('2026-10-21', CONSULTATION, 'Адаптация заданий по английскому языку'),
            planned('2026-11-18', OPEN_LESSON, 'Посещение урока наставляемой'),
          ],
        },
      ],
    },
  ],
};
