import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';
import { DemoAssociation } from '../associations.types';

/**
 * Seed 002: Подпорожский район, проект «Разработка и внедрение модели сетевого наставничества
 * «Школа – школе»» (приказ Комитета образования от 30.12.2020 № 201), планы мероприятий на
 * 2020/2021, 2021/2022 и 2022/2023 уч. годы.
 *
 * The seed lists five district subject associations (РМО) of the «учитель – учителю» model:
 * учителей русского языка, математики, естественно-научного цикла, общественных наук и начальных
 * классов. It names none of their heads: the heads are the invented people of
 * registry/leningrad.data.ts whose position is «руководитель РМО». The seed also names a
 * «муниципальная проектировочная команда» formed in November 2020 (plan 2020/2021, item 1.2): it
 * is stored as a working group of the district. All members except Шахова М.Ю. and Куновская Е.А.
 * are invented.
 *
 * Meetings follow the items of the plans whose responsible party is «Учителя-наставники,
 * руководители РМО» or the ИМС: consultations on planned results in Russian and mathematics,
 * «ВПР как инструмент внутренней системы оценки качества», the seminar-practicum «Эффективность
 * подготовки к ГИА: проблемы и пути их решения», the seminar on PISA-type diagnostics (December
 * 2021), the analysis of the municipal stage of the olympiad (January 2022), the round table on
 * functional literacy in the calendar plans (October 2022), «Организация работы с обучающимися с
 * особыми потребностями» (2022/2023), the monitoring and correction of the plan every August.
 * The exact days, attendance and wording of the decisions are invented for the demo.
 */

const MUNICIPALITY = 'Подпорожский муниципальный район';
const host = { municipality: MUNICIPALITY };

// ИМС and Комитет образования.
const IMS_HEAD = 'demo:person:47-podp-ims-head'; // Егорова Т.Н.
const IMS_METHODIST = 'demo:person:47-podp-ims-methodist'; // Кузьмина И.В.
// СОШ №3 (level 1).
const SHAKHOVA = 'demo:person:47-podp-sosh3-shakhova';
const SOSH3_DEPUTY = 'demo:person:47-podp-sosh3-deputy'; // Смирнова Н.В., русский язык
const SOSH3_MATH = 'demo:person:47-podp-sosh3-math'; // Богданова С.И., руководитель РМО математики
const SOSH3_RUSSIAN = 'demo:person:47-podp-sosh3-russian'; // Лебедева Е.М., руководитель РМО русского языка
const SOSH3_PHYSICS = 'demo:person:47-podp-sosh3-physics'; // Орлов Д.С., наставник по олимпиадам
// СОШ №1.
const SOSH1_PRIMARY = 'demo:person:47-podp-sosh1-primary'; // Морозова О.В., руководитель РМО начальных классов
const SOSH1_MATH = 'demo:person:47-podp-sosh1-math'; // Павлов И.Н.
const SOSH1_YOUNG = 'demo:person:47-podp-sosh1-young'; // Соколова А.И., русский язык
// СОШ №4 (level 2).
const KUNOVSKAYA = 'demo:person:47-podp-sosh4-kunovskaya';
const SOSH4_DEPUTY = 'demo:person:47-podp-sosh4-deputy'; // Алексеева И.Б., математика
const SOSH4_BIOLOGY = 'demo:person:47-podp-sosh4-biology'; // Григорьева В.П., руководитель РМО ЕНЦ
// СОШ №8.
const SOSH8_MATH = 'demo:person:47-podp-sosh8-math'; // Степанова Г.И.
const SOSH8_YOUNG = 'demo:person:47-podp-sosh8-young'; // Ершова П.Д., начальные классы
// Никольская ООШ №9.
const OOSH9_DIRECTOR = 'demo:person:47-podp-oosh9-director'; // Маркова Н.С., история и обществознание
const OOSH9_RUSSIAN = 'demo:person:47-podp-oosh9-russian'; // Зайцева Л.Г.
const OOSH9_YOUNG = 'demo:person:47-podp-oosh9-young'; // Ильин К.Р., математика и физика
// Важинский ОЦ (level 2).
const VAZHINY_DIRECTOR = 'demo:person:47-podp-vazhiny-director'; // Белова Т.А.
const VAZHINY_HISTORY = 'demo:person:47-podp-vazhiny-history'; // Комаров А.В., руководитель РМО общественных наук
const VAZHINY_YOUNG = 'demo:person:47-podp-vazhiny-young'; // Крылова В.П., биология
// Винницкая школа-интернат.
const VINNITSY_RUSSIAN = 'demo:person:47-podp-vinnitsy-vepsian'; // Фомина М.Ю.
const VINNITSY_YOUNG = 'demo:person:47-podp-vinnitsy-young'; // Пахомов И.А., математика
// Вознесенский ОЦ.
const VOZNESENYE_DEPUTY = 'demo:person:47-podp-voznesenye-deputy'; // Харитонова Е.И., русский язык
const VOZNESENYE_YOUNG = 'demo:person:47-podp-voznesenye-young'; // Голованова К.С., химия и биология

export const PODPOROZHYE_ASSOCIATIONS: DemoAssociation[] = [
  {
    key: 'demo:association:podporozhye-rmo-russian',
    kind: AssociationKind.DISTRICT_SUBJECT,
    name: 'РМО учителей русского языка и литературы Подпорожского района',
    subject: 'Русский язык',
    description:
      'Районное методическое объединение модели «учитель – учителю» проекта «Школа – школе». Руководитель РМО — ' +
      'учитель-наставник по подготовке к ВПР; основная задача — поддержка учителей русского языка школ с низкими ' +
      'образовательными результатами (ШНОР) в подготовке к ВПР и ГИА.',
    host,
    members: [
      { personKey: SOSH3_RUSSIAN, role: AssociationRole.HEAD },
      { personKey: OOSH9_RUSSIAN, role: AssociationRole.SECRETARY },
      { personKey: SOSH3_DEPUTY, role: AssociationRole.MEMBER },
      { personKey: SOSH1_YOUNG, role: AssociationRole.MEMBER },
      { personKey: VINNITSY_RUSSIAN, role: AssociationRole.MEMBER },
      { personKey: VOZNESENYE_DEPUTY, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2021-01-27',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Тематическая консультация «Средства достижения планируемых результатов по русскому языку» (Лебедева Е.М.). ' +
          '2. Итоги ВПР по русскому языку, проведённых осенью 2020 г. в 5–9 классах школ с НОР: типичные ошибки. ' +
          '3. Закрепление учителя-наставника за учителями русского языка школ 3-го уровня.',
        decisions:
          '1. Принять к сведению анализ ВПР осени 2020 г.; наибольшие затруднения — работа с текстом и пунктуационный анализ. ' +
          '2. Учителям СОШ №1, Никольской ООШ №9, Винницкой школы-интерната и Вознесенского ОЦ включить в уроки ' +
          'III четверти задания на работу с текстом в формате ВПР. ' +
          '3. Лебедевой Е.М. провести индивидуальные консультации для молодых учителей по модели «учитель – учителю» (февраль–март 2021 г.).',
        attendeeKeys: [SOSH3_RUSSIAN, OOSH9_RUSSIAN, SOSH3_DEPUTY, SOSH1_YOUNG, VINNITSY_RUSSIAN, VOZNESENYE_DEPUTY],
      },
      {
        heldOn: '2021-08-26',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Анализ результатов ВПР по русскому языку весной 2021 г. в школах района. ' +
          '2. Мастер-класс «ВПР как инструмент внутренней системы оценки качества». ' +
          '3. План работы РМО на 2021/2022 уч. год и работа наставника по подготовке к ВПР.',
        decisions:
          '1. Утвердить план работы РМО на 2021/2022 уч. год. ' +
          '2. Закрепить за Лебедевой Е.М. направление «наставник по подготовке к ВПР» с сентября 2021 г. ' +
          '3. Руководителям ШМО школ с НОР использовать результаты ВПР при составлении рабочих программ и планов ВСОКО.',
        attendeeKeys: [SOSH3_RUSSIAN, OOSH9_RUSSIAN, SOSH1_YOUNG, VINNITSY_RUSSIAN, VOZNESENYE_DEPUTY],
      },
      {
        heldOn: '2022-01-19',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Семинар-практикум «Эффективность подготовки к ГИА: проблемы и пути их решения»: итоговое собеседование ' +
          'по русскому языку в 9 классе и сочинение в формате ОГЭ. ' +
          '2. Обмен опытом подготовки к заданиям ОГЭ по русскому языку.',
        decisions:
          '1. Провести в школах пробное итоговое собеседование до 31.01.2022. ' +
          '2. Разместить в виртуальном методическом кабинете ИМС подборку материалов для подготовки к сочинению ОГЭ. ' +
          '3. Учителям-наставникам консультировать коллег школ с НОР по запросу в онлайн-формате.',
        attendeeKeys: [SOSH3_RUSSIAN, OOSH9_RUSSIAN, SOSH3_DEPUTY, SOSH1_YOUNG, VOZNESENYE_DEPUTY],
      },
      {
        heldOn: '2022-10-20',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Круглый стол «Организация поддержки педагогов по включению в календарно-тематическое планирование вопросов ' +
          'по формированию и оценке функциональной грамотности»: читательская грамотность на уроках русского языка и литературы. ' +
          '2. Обмен опытом.',
        decisions:
          '1. Включить в календарно-тематическое планирование 5–9 классов не менее одного урока в четверть с заданиями ' +
          'по читательской грамотности. ' +
          '2. Сформировать районный банк заданий по читательской грамотности (ответственная — Зайцева Л.Г.).',
        attendeeKeys: [SOSH3_RUSSIAN, OOSH9_RUSSIAN, SOSH3_DEPUTY, VINNITSY_RUSSIAN, VOZNESENYE_DEPUTY],
      },
    ],
  },
  {
    key: 'demo:association:podporozhye-rmo-math',
    kind: AssociationKind.DISTRICT_SUBJECT,
    name: 'РМО учителей математики Подпорожского района',
    subject: 'Математика',
    description:
      'Районное методическое объединение модели «учитель – учителю» проекта «Школа – школе». Руководитель РМО — ' +
      'учитель-наставник по подготовке к ОГЭ/ЕГЭ; в центре работы — результаты ВПР и подготовка к ГИА по математике ' +
      'в школах с низкими образовательными результатами.',
    host,
    members: [
      { personKey: SOSH3_MATH, role: AssociationRole.HEAD },
      { personKey: SOSH4_DEPUTY, role: AssociationRole.DEPUTY },
      { personKey: SOSH1_MATH, role: AssociationRole.MEMBER },
      { personKey: SOSH8_MATH, role: AssociationRole.MEMBER },
      { personKey: OOSH9_YOUNG, role: AssociationRole.MEMBER },
      { personKey: VINNITSY_YOUNG, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2021-01-28',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Тематическая консультация «Средства достижения планируемых результатов по математике» (Богданова С.И.). ' +
          '2. Анализ ВПР по математике осени 2020 г. в школах с НОР.',
        decisions:
          '1. Учителям математики школ с НОР провести поэлементный анализ ВПР по своим классам до 12.02.2021. ' +
          '2. Организовать взаимопосещение уроков учителями СОШ №3 и СОШ №8 (февраль–март 2021 г.).',
        attendeeKeys: [SOSH3_MATH, SOSH4_DEPUTY, SOSH1_MATH, SOSH8_MATH, OOSH9_YOUNG],
      },
      {
        heldOn: '2021-09-22',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Организация работы наставников по направлениям: наставник по ОГЭ/ЕГЭ. ' +
          '2. Итоги ОГЭ по математике 2021 г. и план подготовки к ГИА-2022. ' +
          '3. Молодые учителя математики: запросы на наставничество.',
        decisions:
          '1. Закрепить Богданову С.И. наставником по ОГЭ/ЕГЭ для учителей математики школ с НОР. ' +
          '2. Составить индивидуальные планы профессионального развития Ильина К.Р. и Пахомова И.А. до 15.10.2021. ' +
          '3. Провести районную диагностическую работу по математике в 9 классах в декабре 2021 г.',
        attendeeKeys: [SOSH3_MATH, SOSH4_DEPUTY, SOSH1_MATH, SOSH8_MATH, OOSH9_YOUNG, VINNITSY_YOUNG],
      },
      {
        heldOn: '2022-03-16',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Семинар-практикум «Эффективность подготовки к ГИА: проблемы и пути их решения»: итоги районной ' +
          'диагностической работы по математике в 9 классах. ' +
          '2. Группы риска по математике: индивидуальная работа с обучающимися.',
        decisions:
          '1. Составить списки обучающихся группы риска и индивидуальные планы подготовки к ОГЭ до 01.04.2022. ' +
          '2. Провести повторную диагностическую работу в апреле 2022 г. с перекрёстной проверкой учителями СОШ №3.',
        attendeeKeys: [SOSH3_MATH, SOSH4_DEPUTY, SOSH1_MATH, SOSH8_MATH, VINNITSY_YOUNG],
      },
      {
        heldOn: '2023-02-15',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Мастер-класс «Использование современных образовательных технологий при подготовке обучающихся к ' +
          'независимым оценочным процедурам» (ВПР по математике 2023 г.). ' +
          '2. График проведения ВПР в школах района.',
        decisions:
          '1. Использовать на уроках в 5–8 классах тренировочные варианты ВПР с разбором типичных ошибок. ' +
          '2. Результаты ВПР-2023 обсудить на августовском заседании РМО.',
        attendeeKeys: [SOSH3_MATH, SOSH1_MATH, SOSH8_MATH, OOSH9_YOUNG, VINNITSY_YOUNG],
      },
    ],
  },
  {
    key: 'demo:association:podporozhye-rmo-science',
    kind: AssociationKind.DISTRICT_SUBJECT,
    name: 'РМО учителей естественно-научного цикла Подпорожского района',
    subject: 'Естественно-научный цикл (физика, химия, биология, география)',
    description:
      'Районное методическое объединение учителей физики, химии, биологии и географии. Руководитель РМО — ' +
      'учитель-наставник по функциональной грамотности; наставник по подготовке к олимпиадам — учитель физики СОШ №3.',
    host,
    members: [
      { personKey: SOSH4_BIOLOGY, role: AssociationRole.HEAD },
      { personKey: SOSH3_PHYSICS, role: AssociationRole.DEPUTY },
      { personKey: VAZHINY_YOUNG, role: AssociationRole.MEMBER },
      { personKey: VOZNESENYE_YOUNG, role: AssociationRole.MEMBER },
      { personKey: OOSH9_YOUNG, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2021-12-15',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Семинар «Анализ опыта участия обучающихся 8 (9) классов в диагностике по модели PISA»: естественно-научная грамотность. ' +
          '2. Какие умения оказались дефицитными: объяснение явлений, интерпретация данных.',
        decisions:
          '1. Включить в уроки физики, химии и биологии задания на интерпретацию данных и научное объяснение явлений. ' +
          '2. Григорьевой В.П. подготовить подборку заданий PISA-типа для 7–9 классов к 01.02.2022.',
        attendeeKeys: [SOSH4_BIOLOGY, SOSH3_PHYSICS, VAZHINY_YOUNG, VOZNESENYE_YOUNG],
      },
      {
        heldOn: '2022-01-26',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Анализ результатов муниципального этапа Всероссийской олимпиады школьников 2021/2022 уч. года ' +
          'по физике, химии, биологии и географии. ' +
          '2. Эффективные практики подготовки обучающихся к олимпиадам (Орлов Д.С.).',
        decisions:
          '1. Организовать с февраля 2022 г. районный кружок олимпиадной подготовки по физике на базе СОШ №3. ' +
          '2. Учителям школ с НОР направлять мотивированных обучающихся на консультации наставника по олимпиадам.',
        attendeeKeys: [SOSH4_BIOLOGY, SOSH3_PHYSICS, VAZHINY_YOUNG, VOZNESENYE_YOUNG, OOSH9_YOUNG],
      },
      {
        heldOn: '2022-11-16',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Мастер-класс «Задания по функциональной грамотности в контексте урока» (естественно-научная грамотность). ' +
          '2. Подготовка к ВПР по биологии, географии и физике весной 2023 г.',
        decisions:
          '1. Каждому учителю разработать и провести до конца II полугодия урок с заданиями по естественно-научной грамотности. ' +
          '2. Лучшие разработки направить на муниципальный конкурс методических материалов.',
        attendeeKeys: [SOSH4_BIOLOGY, SOSH3_PHYSICS, VAZHINY_YOUNG, OOSH9_YOUNG],
      },
    ],
  },
  {
    key: 'demo:association:podporozhye-rmo-social',
    kind: AssociationKind.DISTRICT_SUBJECT,
    name: 'РМО учителей общественных наук Подпорожского района',
    subject: 'История, обществознание',
    description:
      'Районное методическое объединение учителей истории и обществознания. Руководитель РМО — учитель-наставник ' +
      'по работе с обучающимися с ОВЗ; секретарь — методист информационно-методической службы.',
    host,
    members: [
      { personKey: VAZHINY_HISTORY, role: AssociationRole.HEAD },
      { personKey: IMS_METHODIST, role: AssociationRole.SECRETARY },
      { personKey: OOSH9_DIRECTOR, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2021-09-29',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Анализ результатов ВПР по истории и обществознанию весной 2021 г. ' +
          '2. Организация работы наставника по работе с обучающимися с ОВЗ (Комаров А.В.).',
        decisions:
          '1. Учителям истории и обществознания скорректировать рабочие программы по итогам ВПР до 15.10.2021. ' +
          '2. Составить график консультаций наставника по работе с обучающимися с ОВЗ на 2021/2022 уч. год.',
        attendeeKeys: [VAZHINY_HISTORY, IMS_METHODIST, OOSH9_DIRECTOR],
      },
      {
        heldOn: '2022-11-23',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Тематическая консультация «Организация работы с обучающимися с особыми потребностями»: адаптация заданий ' +
          'на уроках истории и обществознания. ' +
          '2. Подготовка к ОГЭ по обществознанию.',
        decisions:
          '1. Разработать банк адаптированных заданий по истории для 5–7 классов (ответственный — Комаров А.В.). ' +
          '2. Провести пробный ОГЭ по обществознанию в 9 классах в феврале 2023 г.',
        attendeeKeys: [VAZHINY_HISTORY, IMS_METHODIST, OOSH9_DIRECTOR],
      },
      {
        heldOn: '2023-03-22',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Семинар-практикум «Эффективность подготовки к ГИА: проблемы и пути их решения»: итоги пробного ОГЭ ' +
          'по обществознанию. ' +
          '2. Задания с развёрнутым ответом: критерии оценивания.',
        decisions:
          '1. Провести в апреле 2023 г. консультации для обучающихся группы риска. ' +
          '2. Кузьминой И.В. включить опыт Важинского ОЦ в материалы муниципального конкурса методических материалов.',
        attendeeKeys: [VAZHINY_HISTORY, IMS_METHODIST],
      },
    ],
  },
  {
    key: 'demo:association:podporozhye-rmo-primary',
    kind: AssociationKind.DISTRICT_SUBJECT,
    name: 'РМО учителей начальных классов Подпорожского района',
    subject: 'Начальные классы',
    description:
      'Районное методическое объединение учителей начальных классов: ВПР в 4 классе (русский язык, математика, ' +
      'окружающий мир), функциональная грамотность младших школьников.',
    host,
    members: [
      { personKey: SOSH1_PRIMARY, role: AssociationRole.HEAD },
      { personKey: IMS_METHODIST, role: AssociationRole.SECRETARY },
      { personKey: SOSH8_YOUNG, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2021-08-25',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Результаты ВПР в 4 классах весной 2021 г. по русскому языку, математике и окружающему миру. ' +
          '2. План работы РМО на 2021/2022 уч. год.',
        decisions:
          '1. Утвердить план работы РМО на 2021/2022 уч. год. ' +
          '2. Морозовой О.В. провести открытые уроки по смысловому чтению для молодых учителей начальных классов (октябрь 2021 г.).',
        attendeeKeys: [SOSH1_PRIMARY, IMS_METHODIST, SOSH8_YOUNG],
      },
      {
        heldOn: '2022-03-23',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Мастер-класс «Задания по функциональной грамотности в контексте урока» в начальной школе. ' +
          '2. Подготовка к ВПР в 4 классах в 2022 г.',
        decisions:
          '1. Использовать на уроках задания открытого банка по читательской и математической грамотности для 3–4 классов. ' +
          '2. Провести тренировочные работы в формате ВПР в первой половине апреля 2022 г.',
        attendeeKeys: [SOSH1_PRIMARY, SOSH8_YOUNG],
      },
      {
        heldOn: '2022-10-19',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Круглый стол «Организация поддержки педагогов по включению в календарно-тематическое планирование вопросов ' +
          'по формированию и оценке функциональной грамотности» (начальная школа).',
        decisions:
          '1. Внести в КТП 1–4 классов уроки с заданиями по функциональной грамотности. ' +
          '2. Обменяться планированием между СОШ №1 и СОШ №8 до 01.11.2022.',
        attendeeKeys: [SOSH1_PRIMARY, IMS_METHODIST, SOSH8_YOUNG],
      },
    ],
  },
  {
    key: 'demo:association:podporozhye-project-team',
    kind: AssociationKind.WORKING_GROUP,
    name: 'Муниципальная проектировочная команда проекта «Школа – школе»',
    description:
      'Муниципальная команда по разработке и внедрению инновационного проекта «Сетевое наставничество» (сформирована ' +
      'в ноябре 2020 г.): разработка проекта и нормативной базы, подбор руководителей-наставников и учителей-наставников, ' +
      'ежегодный мониторинг реализации проекта и корректировка плана мероприятий.',
    host,
    members: [
      { personKey: IMS_HEAD, role: AssociationRole.HEAD },
      { personKey: IMS_METHODIST, role: AssociationRole.SECRETARY },
      { personKey: SHAKHOVA, role: AssociationRole.MEMBER },
      { personKey: KUNOVSKAYA, role: AssociationRole.MEMBER },
      { personKey: VAZHINY_DIRECTOR, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2020-11-12',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Формирование муниципальной проектировочной команды. ' +
          '2. Разработка инновационного проекта «Сетевое наставничество»: распределение разделов. ' +
          '3. Подготовка к экспертной сессии по защите проекта.',
        decisions:
          '1. Утвердить состав команды. ' +
          '2. Принять смешанную модель сетевого наставничества (элементы концентрической и распределённой моделей). ' +
          '3. Представить проект на экспертной сессии в ноябре 2020 г. (ответственная — Егорова Т.Н.).',
        attendeeKeys: [IMS_HEAD, IMS_METHODIST, SHAKHOVA, KUNOVSKAYA, VAZHINY_DIRECTOR],
      },
      {
        heldOn: '2020-12-16',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Подбор эффективных руководителей-наставников и учителей-наставников; база наставников и наставляемых. ' +
          '2. Проект нормативно-правовой базы сетевого наставничества.',
        decisions:
          '1. Руководитель-наставник 1-го уровня — Шахова М.Ю. (СОШ №3); наставники 2-го уровня — Куновская Е.А. (СОШ №4) ' +
          'и Белова Т.А. (Важинский ОЦ). ' +
          '2. Учителя-наставники — Богданова С.И., Лебедева Е.М., Орлов Д.С., Григорьева В.П., Комаров А.В. ' +
          '3. Направить проект положения о сетевом наставничестве в Комитет образования на утверждение.',
        attendeeKeys: [IMS_HEAD, IMS_METHODIST, SHAKHOVA, KUNOVSKAYA, VAZHINY_DIRECTOR],
      },
      {
        heldOn: '2021-08-24',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Мониторинг реализации проекта в 2020/2021 уч. году. ' +
          '2. Корректировка плана мероприятий на 2021/2022 уч. год. ' +
          '3. Организация работы наставников по направлениям с сентября 2021 г.',
        decisions:
          '1. Утвердить план мероприятий на 2021/2022 уч. год. ' +
          '2. Закрепить направления: ОГЭ/ЕГЭ — Богданова С.И., ВПР — Лебедева Е.М., олимпиады — Орлов Д.С., ' +
          'функциональная грамотность — Григорьева В.П., обучающиеся с ОВЗ — Комаров А.В. ' +
          '3. Наставнической паре «500+» на 2022 г. назначить Куновскую Е.А. и Брякжиеву А.С.',
        attendeeKeys: [IMS_HEAD, IMS_METHODIST, SHAKHOVA, KUNOVSKAYA, VAZHINY_DIRECTOR],
      },
      {
        heldOn: '2022-08-23',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Анализ реализации проекта в 2021/2022 уч. году. ' +
          '2. Выявление методических дефицитов школ. ' +
          '3. План мероприятий на 2022/2023 уч. год.',
        decisions:
          '1. Утвердить план мероприятий на 2022/2023 уч. год. ' +
          '2. Поручить руководителям РМО организацию работы наставников по направлениям с сентября 2022 г. ' +
          '3. Провести муниципальный конкурс методических материалов по актуальным вопросам обучения и воспитания.',
        attendeeKeys: [IMS_HEAD, IMS_METHODIST, SHAKHOVA, KUNOVSKAYA],
      },
    ],
  },
];
