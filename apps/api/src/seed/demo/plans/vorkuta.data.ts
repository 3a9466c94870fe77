import { PlanKind, PlanLinkKind, PlanStageKind, PlanStatus } from '@metodset/shared';
import { day, DemoPlan, months } from '../plans.types';

/**
 * Seed 003: the dated road map («ДОРОЖНАЯ КАРТА (план реализации проекта)») of the project of МОУ «СОШ №12» and
 * МОУ «СОШ №35 с УИОП» г. Воркуты, 19 items in three stages, with «Сроки | Ответственные | Участники | Результат»
 * as written. The stage periods and tasks are those of the seed's «Сроки и этапы реализации проекта». Responsible
 * are roles (deputies, heads of ШМО…), so they are kept as text, with the schools the text names. Statuses come
 * only from the demo records that carry an item out (the Shadrikov monitoring campaign, the 2022 mentoring pairs);
 * nothing is set by hand and no actual result is invented for these real schools.
 */

const SOSH_12 = 'demo:org:11-vorkuta-sosh-12';
const SOSH_35 = 'demo:org:11-vorkuta-sosh-35';
const BOTH = [SOSH_35, SOSH_12];
const S35 = 'МОУ «СОШ №35 с УИОП» г. Воркуты';
const S12 = 'МОУ «СОШ №12» г. Воркуты';
const DEPUTIES = `Заместители директора ${S35} и ${S12}`;

const dated = (ru: string) => ({ startsOn: day(ru), endsOn: day(ru) });
const range = (from: string, to: string) => ({ startsOn: day(from), endsOn: day(to) });

export const VORKUTA_PLANS: DemoPlan[] = [
  {
    key: 'demo:plan:vorkuta-roadmap-2022',
    kind: PlanKind.ROADMAP,
    title: 'Дорожная карта (план реализации проекта) «Школьные методические объединения - драйвер профессионального развития»',
    owner: { networkKey: 'demo:network:vorkuta-sosh12-sosh35' },
    period: 'Проект реализуется в течение 2022-2023 года',
    startsOn: '2022-01-10',
    endsOn: '2023-06-30',
    status: PlanStatus.COMPLETED,
    sourceNote:
      'Проект утверждён приказом МОУ «СОШ №12» г. Воркуты от 25.08.2022 № 527. «Ответственность за качественную реализацию ' +
      'мероприятий дорожной карты проекта возложить на Осипову Е.В., заместителя директора.»',
    stages: [
      {
        title: 'Организационный этап',
        kind: PlanStageKind.ORGANIZATIONAL,
        period: 'май - август 2022 г.',
        ...months(2022, 5, 2022, 8),
        description: 'Задачи этапа: Организовать мероприятия по оформлению замысла проекта.',
        items: [
          {
            number: '1.',
            title:
              'Подготовка и подписание партнерского соглашения о сотрудничестве в рамках проекта по организации методической поддержки общеобразовательных организаций, имеющих низкие образовательные результаты обучающихся',
            period: '10.01.2022',
            ...dated('10.01.2022'),
            responsible: `Директора ${S35} и ${S12}`,
            responsibleOrgKeys: BOTH,
            participants: `Администрация ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Заключение партнерского соглашения о сотрудничестве',
          },
          {
            number: '2.',
            title: 'Организационная встреча рабочих групп участников сетевого проекта, обсуждение плана работы',
            period: '25.02.2022',
            ...dated('25.02.2022'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: 'Члены рабочих групп - участников сетевого проекта',
            expectedResult: 'План реализации проекта',
          },
          {
            number: '3.',
            title: 'Проведение оценки базовых компетенций педагогов.',
            period: '24.03.2022 - 04.04.2022',
            ...range('24.03.2022', '04.04.2022'),
            responsible: 'Заместитель директора МОУ МОУ «СОШ №12» г. Воркуты',
            responsibleOrgKeys: [SOSH_12],
            participants: 'Педагоги-МОУ «СОШ №12» г. Воркуты',
            participantOrgKeys: [SOSH_12],
            expectedResult: 'Проведен мониторинг оценки базовых компетентностей педагога (по материалам В.Д. Шадрикова).',
            links: [{ kind: PlanLinkKind.CAMPAIGN, key: 'demo:campaign:vorkuta-base-2022' }],
          },
          {
            number: '4.',
            title: `Организационная встреча членов ШМО ${S35} и ${S12} «Будем знакомы!»`,
            period: '09.09.2022',
            ...dated('09.09.2022'),
            responsible: `Руководители ШМО ${S35} и ${S12}`,
            responsibleOrgKeys: BOTH,
            participants: `Руководители и члены ШМО ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Сценарий мероприятия. Фотоотчет.',
          },
          {
            number: '5.',
            title: 'Организация работы ШМО учреждений по согласованию планов совместных мероприятий в рамках сетевого взаимодействия.',
            period: '12.09.2022',
            ...dated('12.09.2022'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Руководители ШМО ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Составлены планы работы ШМО МОУ «СОШ №12» г. Воркуты и МОУ «СОШ №3 с УИОП» г. Воркуты, с включением мероприятий, организованных в рамках сетевого взаимодействия.',
          },
          {
            number: '6.',
            title: 'Вовлечение педагогов в различные формы наставничества.',
            period: '26.09.2022',
            ...dated('26.09.2022'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `- ${DEPUTIES}\n- Руководители ШМО ${S35} и ${S12}\n- Члены рабочих групп - участников сетевого проекта`,
            participantOrgKeys: BOTH,
            expectedResult: 'Сформированы наставнические пары и группы.',
          },
          {
            number: '7.',
            title: 'Организация работы библиотечного центра МОУ «СОШ №12» г. Воркуты на 2022-2023 учебный год по участию в мероприятиях Проекта.',
            period: '27.09.2022',
            ...dated('27.09.2022'),
            responsible: `Педагоги-библиотекари ${S35} и ${S12}`,
            responsibleOrgKeys: BOTH,
            participants: `Педагоги-библиотекари и руководители ШМО ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Составлен план работы библиотечного центра МОУ «СОШ №12» г. Воркуты',
          },
          {
            number: '8.',
            title: 'Разработка индивидуальных образовательных маршрутов (ИОМ) педагогов, показывающих низкие образовательные результаты',
            period: '30.09.2022',
            ...dated('30.09.2022'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Педагоги ${S12}`,
            participantOrgKeys: [SOSH_12],
            expectedResult: 'ИОМ педагогов',
          },
        ],
      },
      {
        title: 'Основной этап',
        kind: PlanStageKind.MAIN,
        period: 'сентябрь 2022 – май 2023 г.',
        ...months(2022, 9, 2023, 5),
        description: 'Задачи этапа: Обеспечить реализацию мероприятий проекта.',
        items: [
          {
            number: '1.',
            title: 'Реализация ИОМ педагогов.',
            period: '01.10.2022- 31.05.2023',
            ...range('01.10.2022', '31.05.2023'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Педагоги ${S12}`,
            participantOrgKeys: [SOSH_12],
            expectedResult: 'Повышение профессиональных компетенций',
          },
          {
            number: '2.',
            title: 'Круглый стол «Технологии, методы и средства подготовки учащихся к ГИА»',
            period: '07.10.2022',
            ...dated('07.10.2022'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Учителя- предметники ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Обмен опытом по подготовке учащихся к ГИА',
          },
          {
            number: '3.',
            title:
              'Методическая панорама «От панорамы методических идей к совершенствованию методических компетенций»: открытые учебные занятия, методические мероприятия по отдельному графику, разработанные с учетом затруднений, выявленных в ходе проведения мониторинга оценки базовых компетентностей педагога (по материалам В.Д. Шадрикова):\n' +
              '- знания современных достижений в области методики обучения;\n- способы перевода темы урока в учебную задачу;\n' +
              '- методики и приемы формирования позитивной мотивации к познавательной деятельности на уроке;\n- система интеллектуальных операций.',
            period: '10.11.2022',
            ...dated('10.11.2022'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Педагоги ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Обобщение и распространение педагогического опыта, создание банка методических находок.',
          },
          {
            number: '4.',
            title: 'Организация перекрестных проверок диагностических работ учащихся 9-х и 11-х классов в ходе подготовки к ГИА.',
            period: '9 класс- 23.01.2023- 28.01.2023\n11 класс- 13.02.2023- 18.02.2023',
            ...range('23.01.2023', '18.02.2023'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Учителя- предметники ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Повышение объективности результатов проверки',
          },
          {
            number: '5.',
            title: 'Система работы по подготовке учащихся к ВПР.',
            period: '16.01.2023',
            ...dated('16.01.2023'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Учителя-предметники ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Обмен опытом по подготовке учащихся к ВПР',
          },
          {
            number: '6.',
            title: 'Обучающий семинар "Технологии обучения: исследовательский метод в обучении и проектная деятельность»',
            period: '01.02.2023',
            ...dated('01.02.2023'),
            responsible: `Руководители ШМО ${S12}`,
            responsibleOrgKeys: [SOSH_12],
            participants: `Педагоги ${S12}`,
            participantOrgKeys: [SOSH_12],
            expectedResult: 'Повышение квалификации педагогов, создание банка методических находок.',
          },
          {
            number: '7.',
            title: 'Организация и проведение библиотечным центром МОУ «СОШ №12» г. Воркуты мероприятий в рамках реализации Проекта в период осенней оздоровительной компании.',
            period: '28.10.2022-06.11.2022',
            ...range('28.10.2022', '06.11.2022'),
            responsible: `Педагоги-библиотекари ${S35} и ${S12}`,
            responsibleOrgKeys: BOTH,
            participants: `Классные руководители, педагоги и учащиеся ${S12} ${S35}`,
            participantOrgKeys: [SOSH_12, SOSH_35],
            expectedResult: 'Сценарии мероприятий',
          },
          {
            number: '8.',
            title: 'Организация работы наставнических пар или групп.',
            period: '26.09.2022-31.12.2022',
            ...range('26.09.2022', '31.12.2022'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Педагоги ${S35} и ${S12}, участники программы наставничества`,
            participantOrgKeys: BOTH,
            expectedResult: 'Установление наставнических отношений',
            links: [
              { kind: PlanLinkKind.MENTORSHIP, key: 'demo:mentorship:vorkuta-2022-zhdanova-lytkina' },
              { kind: PlanLinkKind.MENTORSHIP, key: 'demo:mentorship:vorkuta-2022-lazareva-triad' },
            ],
          },
          {
            number: '9.',
            title: 'Размещение информационных материалов о работе учреждений в рамках сетевого взаимодействия на официальных сайтах учреждений',
            period: '01.09.2022-31.05.2023',
            ...range('01.09.2022', '31.05.2023'),
            responsible: `Технические специалисты ${S35} и ${S12}`,
            responsibleOrgKeys: BOTH,
            participants: `- ${DEPUTIES}\n- Руководители ШМО ${S35} и ${S12}\n- Учителя- предметники ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Организация работы виртуального методического кабинета',
          },
        ],
      },
      {
        title: 'Аналитико – обобщающий этап',
        kind: PlanStageKind.ANALYTICAL,
        period: 'май-июнь 2023 г.',
        ...months(2023, 5, 2023, 6),
        description: 'Задачи этапа: Провести анализ достигнутых результатов реализации проекта.',
        items: [
          {
            number: '1.',
            title: '«Диалог в сети» - демонстрация собственных профессиональных достижений по реализации ИОМ педагогов.',
            period: '15.05.2023',
            ...dated('15.05.2023'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `Педагоги ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: '- Обобщение опыта работы\n-Награждение педагогов -активных участников Проекта',
          },
          {
            number: '2.',
            title: 'Проведение мониторинга эффективности сетевого взаимодействия.',
            period: '15.05.2023- 22.05.2023',
            ...range('15.05.2023', '22.05.2023'),
            responsible: DEPUTIES,
            responsibleOrgKeys: BOTH,
            participants: `- ${DEPUTIES}\n- Руководители ШМО ${S35} и ${S12}`,
            participantOrgKeys: BOTH,
            expectedResult: 'Анализ соответствия итогов работы предполагаемым результатам',
          },
        ],
      },
    ],
  },
];
