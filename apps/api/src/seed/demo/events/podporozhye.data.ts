import { EventKind, EventTiming } from '@metodset/shared';
import { DemoEvent } from '../events.types';

/**
 * Seed 002: the seminars, practicums, round tables, joint teachers' councils, conferences and the contest of the yearly
 * event plans «План мероприятий по реализации проекта «Разработка и внедрение модели сетевого наставничества «Школа –
 * школе» на 2020-2021 / 2021-2022 / 2022-2023 учебный год» — titles, months («Сроки»), «Ответственные» and
 * «Планируемый результат» as written; `source` names the year-plan and its item number. Hosted by the network of the
 * project; the organisers are the organisations the «Ответственные» column names. The rows that are not events
 * (forming the team, monitoring, organising mentors' work) and the rows «В течение учебного года» that bundle several
 * consultations and master classes are plan items (the plan domain keeps them). The seeds give no attendance: none.
 * Item 1.8 of the 2022-2023 plan says «Апрель 2022 года»; kept as written.
 */
const NETWORK = { networkKey: 'demo:network:podporozhye-shkola-shkole' };
const IMS = 'demo:org:47-podp-ims';
const SOSH3 = 'demo:org:47-podp-sosh-3';
const SOSH4 = 'demo:org:47-podp-sosh-4';
const VAZHINY = 'demo:org:47-podp-vazhiny-oc';
const VOZNESENYE = 'demo:org:47-podp-voznesenye-oc';
const VINNITSY = 'demo:org:47-podp-vinnitsy-internat';
const plan = (years: string, item: string) => `План мероприятий проекта «Школа – школе» на ${years} учебный год, п. ${item} (seed 002)`;
const LAST_DAY: Record<string, string> = { '01': '31', '02': '28', '03': '31', '04': '30', '06': '30', '08': '31', '10': '31', '11': '30', '12': '31' };
const month = (label: string, ym: string) => ({ timing: EventTiming.PERIOD, periodLabel: label, startsOn: `${ym}-01`, endsOn: `${ym}-${LAST_DAY[ym.slice(5)]}` });
const HEADS = 'Повышение профессиональных компетенций руководителей ШНОР';

export const PODPOROZHYE_EVENTS: DemoEvent[] = [
  {
    key: 'demo:event:podp-2020-1-1',
    title: 'Семинар для специалистов ИМС и руководителей ОО «Сетевое наставничество: научные подходы и лучшие практики»',
    kind: EventKind.SEMINAR,
    ...month('Октябрь 2020 года', '2020-10'),
    responsibleNote: 'Информационно – методическая служба',
    organizerKeys: [IMS],
    plannedResult: 'Освоение руководителями ОО и специалистами ИМС научно – практического опыта по данному вопросу.',
    source: plan('2020- 2021', '1.1'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2020-2-2',
    title: 'Семинар «Условия и факторы, способствующие успешному управлению образовательной организацией».',
    kind: EventKind.SEMINAR,
    ...month('Январь 2021 года', '2021-01'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3» Информационно – методическая служба',
    organizerKeys: [SOSH3, IMS],
    plannedResult: HEADS,
    source: plan('2020- 2021', '2.2'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2020-2-3',
    title: 'Семинар – практикум «Учебный план как основа повышения качества образования»',
    kind: EventKind.PRACTICUM,
    ...month('Январь 2021 года', '2021-01'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3», МБОУ «Важинский ОЦ», МБОУ «Подпорожская СОШ №4 им. М.Горького»',
    organizerKeys: [SOSH3, VAZHINY, SOSH4],
    plannedResult: 'Повышение профессиональных компетенций заместителей директоров по УВР школ ШНОР',
    source: plan('2020- 2021', '2.3'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2020-2-5',
    title: 'Круглый стол «Участие ОО в федеральном проекте «500+»: согласование позиций, обмен опытом разработки концептуальных документов»',
    kind: EventKind.ROUND_TABLE,
    ...month('Март 2021 года', '2021-03'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3», МБОУ «Важинский ОЦ», МБОУ «Подпорожская СОШ №4 им. М.Горького» МБОУ «Вознесенский ОЦ»',
    organizerKeys: [SOSH3, VAZHINY, SOSH4, VOZNESENYE],
    plannedResult: 'Повышение профессиональных компетенций членов школьных управленческих команд',
    source: plan('2020- 2021', '2.5'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2020-2-6',
    title: 'Круглый стол «Эффективные методики мониторинга профессиональных затруднений педагогических работников»',
    kind: EventKind.ROUND_TABLE,
    ...month('Март 2021 года', '2021-03'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3»',
    organizerKeys: [SOSH3],
    plannedResult: HEADS,
    source: plan('2020- 2021', '2.6'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2020-2-7',
    title: 'Выездной семинар «Эффективные методики анализа условий и результатов образовательного процесса»',
    kind: EventKind.SEMINAR,
    ...month('Июнь 2021 года', '2021-06'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3»',
    organizerKeys: [SOSH3],
    plannedResult: HEADS,
    source: plan('2020- 2021', '2.7'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2020-2-8',
    title: 'Совместный педсовет «Эффективные методики повышения учебной мотивации обучающихся»',
    kind: EventKind.JOINT_TEACHERS_COUNCIL,
    ...month('Январь 2021 года', '2021-01'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3», МБОУ «Важинский ОЦ», МБОУ «Подпорожская СОШ №4 им. М.Горького»',
    organizerKeys: [SOSH3, VAZHINY, SOSH4],
    plannedResult: 'Повышение профессиональных компетенций руководителей и учителей ШНОР',
    source: plan('2020- 2021', '2.8'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2021-2-2',
    title: 'Семинар- практикум для заместителей директоров по учебно- воспитательной работе « Как эффективно организовать ВСОКО»',
    kind: EventKind.PRACTICUM,
    ...month('Август 2021 года', '2021-08'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3» Информационно – методическая служба',
    organizerKeys: [SOSH3, IMS],
    plannedResult: 'Повышение профессиональных компетенций заместителей директоров по УВР ШНОР',
    source: plan('2021- 2022', '2.2'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2021-2-4',
    title: 'Семинар «Анализ опыта участия обучающихся 8 (9) классов в диагностике по модели PISA»',
    kind: EventKind.SEMINAR,
    ...month('Декабрь 2021 года', '2021-12'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3»; МБОУ «Подпорожская СОШ №4 им. М.Горького», МБОУ «Винницкая СОШ- интернат»',
    organizerKeys: [SOSH3, SOSH4, VINNITSY],
    plannedResult: HEADS,
    source: plan('2021- 2022', '2.4'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2021-2-5',
    title:
      'Семинар «Анализ результатов муниципального этапа Всероссийской олимпиады школьников в 2021/ 2022 учебный год. Эффективные практики подготовки обучающихся к олимпиадам».',
    kind: EventKind.SEMINAR,
    ...month('Январь 2022 года', '2022-01'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3»',
    organizerKeys: [SOSH3],
    plannedResult: 'Повышение профессиональных компетенций руководителей и учителей ШНОР',
    source: plan('2021- 2022', '2.5'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2021-2-7',
    title: 'Совместный педсовет «Пути формирования учебной мотивации обучающихся» (по согласованию между ОО)',
    kind: EventKind.JOINT_TEACHERS_COUNCIL,
    ...month('Март 2022 года', '2022-03'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3»',
    organizerKeys: [SOSH3],
    plannedResult: HEADS,
    source: plan('2021- 2022', '2.7'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2021-2-8',
    title: 'Методическая конференция «Эффективные практики организации деятельности детских организаций»',
    kind: EventKind.CONFERENCE,
    ...month('Апрель 2022 года', '2022-04'),
    responsibleNote: 'Администрация МБОУ «Подпорожская СОШ №3», МБОУ «Важинский ОЦ», МБОУ «Подпорожская СОШ №4 им. М.Горького»',
    organizerKeys: [SOSH3, VAZHINY, SOSH4],
    plannedResult: 'Повышение профессиональных компетенций руководителей и учителей ШНОР',
    source: plan('2021- 2022', '2.8'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2022-1-3',
    title:
      'Круглый стол «Организация поддержки педагогов по включению в календарно-тематическое планирование вопросов по формированию и оценке функциональной грамотности» (обмен опытом)',
    kind: EventKind.ROUND_TABLE,
    ...month('Октябрь 2022 года', '2022-10'),
    responsibleNote: 'Информационно– методическая служба Руководители РМО',
    organizerKeys: [IMS],
    plannedResult:
      'Повышение профессиональных компетенций заместителей директоров по УВР ШНОР, руководителей РМО, муниципальных и школьных тьюторов по направлениям функциональной грамотности.',
    source: plan('2022 - 2023', '1.3'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2022-1-4',
    title: 'Методическая конференция « Развитие воспитательных практик для обеспечения взаимообучения школьников»',
    kind: EventKind.CONFERENCE,
    ...month('Ноябрь 2022 года', '2022-11'),
    responsibleNote: 'Информационно- методическая служба МБОУ «Подпорожская СОШ №3»',
    organizerKeys: [IMS, SOSH3],
    plannedResult: 'Повышение профессиональных компетенций педагогических работников ШНОР',
    source: plan('2022 - 2023', '1.4'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2022-1-5',
    title:
      'Семинар- практикум «Организация информационно- просветительской работы с родителями , СМИ и общественностью по актуальным вопросам обучения и воспитания» (обмен опытом и эффективными практиками)',
    kind: EventKind.PRACTICUM,
    ...month('Декабрь 2022 года', '2022-12'),
    responsibleNote: 'Информационно- методическая служба МБОУ «Подпорожская СОШ №3»',
    organizerKeys: [IMS, SOSH3],
    plannedResult: 'Повышение профессиональных компетенций руководящих работников ШНОР',
    source: plan('2022 - 2023', '1.5'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2022-1-7',
    title: 'Совместные педсоветы (по согласованию между ОО) «Эффективные приемы работы со слабоуспевающими и низкомотивированными детьми»',
    kind: EventKind.JOINT_TEACHERS_COUNCIL,
    ...month('Март 2023 года', '2023-03'),
    responsibleNote: 'Информационно- методическая служба МБОУ «Подпорожская СОШ №3»',
    organizerKeys: [IMS, SOSH3],
    plannedResult: 'Повышение профессиональных компетенций педагогических работников ШНОР',
    source: plan('2022 - 2023', '1.7'),
    host: NETWORK,
  },
  {
    key: 'demo:event:podp-2022-1-8',
    title: 'Муниципальный конкурс методических материалов по актуальным вопросам обучения и воспитания.',
    kind: EventKind.CONTEST,
    ...month('Апрель 2022 года', '2022-04'),
    responsibleNote: 'Информационно- методическая служба Руководители ОО',
    organizerKeys: [IMS],
    plannedResult: 'Повышение профессиональных компетенций педагогических работников ШНОР',
    source: plan('2022 - 2023', '1.8'),
    host: NETWORK,
  },
];
