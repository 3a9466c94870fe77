import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';
import { DemoAssociation } from '../associations.types';

/**
 * Seed 004: Тимашевский район, краевой ресурсный центр (КРЦ) «Научно-методическое сопровождение
 * профессионального роста педагогов в условиях деятельности стажировочных площадок» (2020–2023).
 *
 * From the seed:
 * - «Создание рабочей группы (Координационного совета)» in August–September 2020, «Проведение
 *   заседаний Координационного совета 4 раза в год», «Положение о координационном совете»; its
 *   target audience is «руководитель проекта, руководители ТМС, входящих в методическую сеть». It is
 *   hosted by the network; its members work at network members (ЦРО, the 8 ТМС, ИРО, КубГУ). Only
 *   one meeting a year is given here, on the plan-schedule's topics (plan approval, monitoring of
 *   effectiveness twice a year, effectiveness maps of May 2021, network communities of 2022,
 *   summing up in September–December 2023);
 * - «рабочие группы педагогов-мастеров» of the staging sites at МБОУ СОШ № 1, 2, 4, 5, 11, 13 and
 *   the support site at МБДОУ д/с № 7: stored as one working group of the district (the staging
 *   sites are not members of the network, so it is hosted by the municipality);
 * - «Создание сетевых сообществ педагогов … по направлению «Профессиональный рост педагогов»»
 *   (March–April 2022): stored as a learning community of the district's interns.
 * The seed names nobody: all people are the invented ones of registry/krasnodar.data.ts. Days of
 * the meetings are invented within the months the plan-schedule gives; decisions are invented.
 */

const NETWORK = 'demo:network:timashevsk-krc';
const MUNICIPALITY = 'Тимашевский район';

// МБУ «ЦРО» (КРЦ).
const CRO_DIRECTOR = 'demo:person:23-tim-cro-director'; // Ткаченко И.Н., председатель координационного совета
const CRO_STAGING = 'demo:person:23-tim-cro-staging'; // Бондаренко С.В.
const CRO_DIAGNOSTICS = 'demo:person:23-tim-cro-diagnostics'; // Кравченко О.А.
const CRO_PRESCHOOL = 'demo:person:23-tim-cro-preschool'; // Литвиненко М.П.
// Partners.
const IRO_CURATOR = 'demo:person:23-krd-iro-curator'; // Захарченко В.А.
const KUBSU_DOCENT = 'demo:person:23-krd-kubsu-docent'; // Белоусова Н.Б.
// The 8 ТМС.
const TMS_HEADS = ['kalininsky', 'bryukhovetsky', 'primorsko-akhtarsky', 'kanevskoy', 'yeysky', 'leningradsky', 'anapa', 'goryachy-klyuch'].map(
  (slug) => `demo:person:23-${slug}-tms-head`,
);
// Staging sites and the support site.
const SOSH1_HEAD = 'demo:person:23-tim-sosh1-head';
const SOSH2_HEAD = 'demo:person:23-tim-sosh2-head';
const SOSH4_HEAD = 'demo:person:23-tim-sosh4-head';
const SOSH5_HEAD = 'demo:person:23-tim-sosh5-head';
const SOSH11_HEAD = 'demo:person:23-tim-sosh11-head';
const SOSH13_HEAD = 'demo:person:23-tim-sosh13-head';
const DOU7_HEAD = 'demo:person:23-tim-dou7-head';
const SOSH11_MASTER = 'demo:person:23-tim-sosh11-master'; // Тарасенко В.И., педагог-психолог
const DOU7_SENIOR = 'demo:person:23-tim-dou7-senior'; // Власенко И.С., педагог-мастер
// Interns (стажёры).
const SOSH1_INTERN = 'demo:person:23-tim-sosh1-intern';
const SOSH2_INTERN = 'demo:person:23-tim-sosh2-intern';
const SOSH4_INTERN = 'demo:person:23-tim-sosh4-intern';
const SOSH5_INTERN = 'demo:person:23-tim-sosh5-intern';
const SOSH11_INTERN = 'demo:person:23-tim-sosh11-intern';
const SOSH13_INTERN = 'demo:person:23-tim-sosh13-intern';
const DOU7_YOUNG = 'demo:person:23-tim-dou7-young';

const STAGING_HEADS = [SOSH1_HEAD, SOSH2_HEAD, SOSH4_HEAD, SOSH5_HEAD, SOSH11_HEAD, SOSH13_HEAD];
const INTERNS = [SOSH1_INTERN, SOSH2_INTERN, SOSH4_INTERN, SOSH5_INTERN, SOSH11_INTERN, SOSH13_INTERN, DOU7_YOUNG];

export const TIMASHEVSK_ASSOCIATIONS: DemoAssociation[] = [
  {
    key: 'demo:association:timashevsk-krc-coordination-council',
    kind: AssociationKind.COORDINATION_COUNCIL,
    name: 'Координационный совет методической сети краевого ресурсного центра (Тимашевский район)',
    description:
      'Координационный совет по внедрению инновации с функциями и полномочиями координатора: руководитель проекта ' +
      '(директор МБУ «ЦРО»), руководители восьми территориальных методических служб сети, представители ИРО ' +
      'Краснодарского края и КубГУ. Заседания — 4 раза в год; мониторинг эффективности деятельности служб — 2 раза в год.',
    host: { networkKey: NETWORK },
    members: [
      { personKey: CRO_DIRECTOR, role: AssociationRole.HEAD },
      { personKey: IRO_CURATOR, role: AssociationRole.DEPUTY },
      { personKey: CRO_STAGING, role: AssociationRole.SECRETARY },
      { personKey: CRO_DIAGNOSTICS, role: AssociationRole.MEMBER },
      { personKey: KUBSU_DOCENT, role: AssociationRole.MEMBER },
      ...TMS_HEADS.map((personKey) => ({ personKey, role: AssociationRole.MEMBER })),
    ],
    meetings: [
      {
        heldOn: '2020-09-29',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Утверждение Положения о координационном совете и плана работы инновационной площадки (КРЦ) на 2020–2023 гг. ' +
          '2. Соглашения о сетевом взаимодействии с восемью ТМС, подписанные в сентябре 2020 г. ' +
          '3. Стажировочные площадки на базе МБОУ СОШ № 1, 2, 4, 5, 11, 13 и опорная площадка МБДОУ д/с № 7. ' +
          '4. Анализ деятельности ТМС за последние 2 года и диагностика профессиональных компетенций педагогов (октябрь–декабрь 2020 г.).',
        decisions:
          '1. Утвердить Положение о координационном совете и план работы на 2020–2023 гг. ' +
          '2. Руководителям ТМС до 30.10.2020 представить планы работы, модели сопровождения педагогов и нормативные ' +
          'документы методических служб для анализа. ' +
          '3. Провести диагностику уровня профессиональных компетенций педагогов по банку диагностических методик КРЦ ' +
          '(ответственная — Кравченко О.А.).',
        attendeeKeys: [CRO_DIRECTOR, IRO_CURATOR, CRO_STAGING, CRO_DIAGNOSTICS, KUBSU_DOCENT, ...TMS_HEADS],
      },
      {
        heldOn: '2021-06-10',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Итоги мониторинга эффективности педагогической деятельности работников ОО и методической деятельности ' +
          '«Центров развития образования» (первое полугодие 2021 г.). ' +
          '2. Карты эффективности деятельности КРЦ по направлениям (май 2021 г.). ' +
          '3. Ход повышения квалификации: целевой показатель — не менее 41 % педагогов и не менее 20 % специалистов УО/ТМС.',
        decisions:
          '1. Принять карты эффективности как инструмент мониторинга совместной деятельности. ' +
          '2. ТМС с недостаточным охватом курсовой подготовкой направить методистов на модульные курсы ИРО в III квартале 2021 г. ' +
          '3. Следующий мониторинг провести в декабре 2021 г.',
        attendeeKeys: [CRO_DIRECTOR, IRO_CURATOR, CRO_STAGING, CRO_DIAGNOSTICS, ...TMS_HEADS.slice(0, 6)],
      },
      {
        heldOn: '2022-04-21',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Создание сетевых сообществ педагогов по направлению «Профессиональный рост педагогов» (март–апрель 2022 г.). ' +
          '2. Подготовка совместного педагогического совета «Профессиональный стандарт педагога как вектор ' +
          'профессионального развития. Пути повышения квалификации педагогических работников». ' +
          '3. Результаты мониторинга эффективности за второе полугодие 2021 г.',
        decisions:
          '1. Поддержать сетевые сообщества молодых педагогов на базе стажировочных площадок; ТМС подключить к ним ' +
          'педагогов своих территорий в дистанционном формате. ' +
          '2. Провести совместный педагогический совет в апреле 2022 г. ' +
          '3. Белоусовой Н.Б. подготовить научную экспертизу модульных программ стажировочных площадок.',
        attendeeKeys: [CRO_DIRECTOR, IRO_CURATOR, CRO_STAGING, KUBSU_DOCENT, ...TMS_HEADS],
      },
      {
        heldOn: '2023-12-14',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Итоги реализации проекта КРЦ в 2020–2023 гг.: достижение минимальных результатов. ' +
          '2. Обобщение опыта по теме «Научно-методическое сопровождение профессионального роста педагога в условиях ' +
          'деятельности стажировочных площадок». ' +
          '3. Методические рекомендации по организации деятельности ресурсных центров для края.',
        decisions:
          '1. Признать план-график 2020–2023 гг. выполненным. ' +
          '2. Направить методические рекомендации и сборник из опыта работы КРЦ в ИРО Краснодарского края. ' +
          '3. Продолжить сетевое взаимодействие и расширить сеть (соглашение с филиалом КубГУ в г. Славянске-на-Кубани).',
        attendeeKeys: [CRO_DIRECTOR, IRO_CURATOR, CRO_STAGING, CRO_DIAGNOSTICS, KUBSU_DOCENT, ...TMS_HEADS],
      },
    ],
  },
  {
    key: 'demo:association:timashevsk-staging-sites-working-group',
    kind: AssociationKind.WORKING_GROUP,
    name: 'Рабочая группа руководителей стажировочных и опорных площадок Тимашевского района',
    description:
      'Руководители стажировочных площадок МБОУ СОШ № 1, 2, 4, 5, 11, 13 и опорной площадки МБДОУ д/с № 7 с кураторами ' +
      'МБУ «ЦРО»: модульные программы стажировок (1–1,5 года, индивидуальные и групповые маршруты), статус ' +
      '«педагог-мастер», «Журнал непрерывного профессионального роста» и «Карта эффективности профессиональной ' +
      'деятельности педагога».',
    host: { municipality: MUNICIPALITY },
    members: [
      { personKey: CRO_STAGING, role: AssociationRole.HEAD },
      { personKey: CRO_DIAGNOSTICS, role: AssociationRole.SECRETARY },
      { personKey: CRO_PRESCHOOL, role: AssociationRole.MEMBER },
      ...STAGING_HEADS.map((personKey) => ({ personKey, role: AssociationRole.MEMBER })),
      { personKey: DOU7_HEAD, role: AssociationRole.MEMBER },
    ],
    meetings: [
      {
        heldOn: '2020-10-15',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Разработка и корректировка модульных программ стажировочных площадок (октябрь–декабрь 2020 г.) по темам: ' +
          '«Формирование методических компетенций педагогов», «Развитие проектно-исследовательских компетенций», ' +
          '«Развитие компетенций педагогов в оценке качества образования», «Ступеньки успеха: психолого-педагогические ' +
          'компетенции», «Системно-деятельностный метод обучения», «ИКТ-компетенции», «Компетенции в области ' +
          'проектирования предметно-развивающей среды». ' +
          '2. Консультация «Организация и проведение диагностики профессиональных компетенций педагогов».',
        decisions:
          '1. Закрепить темы программ за площадками: СОШ № 1 — методические компетенции, СОШ № 2 — ' +
          'проектно-исследовательские, СОШ № 4 — системно-деятельностный подход, СОШ № 5 — ИКТ, СОШ № 11 — ' +
          'психолого-педагогические, СОШ № 13 — оценочные компетенции, д/с № 7 — предметно-развивающая среда. ' +
          '2. Проекты программ представить до 01.12.2020.',
        attendeeKeys: [CRO_STAGING, CRO_DIAGNOSTICS, CRO_PRESCHOOL, ...STAGING_HEADS, DOU7_HEAD],
      },
      {
        heldOn: '2020-12-10',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Консультация «Организация муниципальных стажировочных площадок как средство повышения профессиональных ' +
          'компетенций педагогов». ' +
          '2. Утверждение модульных программ и форм «Журнала непрерывного профессионального роста».',
        decisions:
          '1. Рекомендовать программы к утверждению приказом МБУ «ЦРО». ' +
          '2. Начать занятия стажёров (педагогов со стажем до 3 лет) с января 2021 г. ' +
          '3. Педагогов-мастеров включить в рабочие группы площадок и направить на модульные курсы.',
        attendeeKeys: [CRO_STAGING, CRO_DIAGNOSTICS, CRO_PRESCHOOL, ...STAGING_HEADS, DOU7_HEAD],
      },
      {
        heldOn: '2022-01-20',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Деловая игра «Педагогическое проектирование» на базе стажировочной площадки МБОУ СОШ № 2. ' +
          '2. Итоги работы стажировочных площадок в 2021 г. и план на январь–ноябрь 2022 г.',
        decisions:
          '1. Утвердить план работы стажировочных площадок на 2022 г. ' +
          '2. Провести педагогический марафон мастер-классов педагогов — победителей и призёров профессиональных конкурсов ' +
          '(январь 2022 г.) и фестиваль педагогических идей с открытыми уроками (февраль 2022 г.).',
        attendeeKeys: [CRO_STAGING, CRO_DIAGNOSTICS, SOSH1_HEAD, SOSH2_HEAD, SOSH4_HEAD, SOSH5_HEAD, SOSH13_HEAD],
      },
      {
        heldOn: '2023-03-16',
        format: MeetingFormat.IN_PERSON,
        agenda:
          '1. Практико-ориентированный семинар «Формирование профессиональных компетенций педагогов через организацию ' +
          'муниципальной сети стажировочных площадок». ' +
          '2. Итоги стажировок 2020–2023 гг. и опыт сети муниципальных стажировочных площадок 2015–2018 гг. ' +
          '(по итогам КИП 2015–2018 гг. обучение на стажировках прошли около 80 молодых педагогов).',
        decisions:
          '1. Обобщить опыт площадок для сборника из опыта работы КРЦ (апрель–июнь 2023 г.). ' +
          '2. Открыть стажировочные площадки для педагогов района со стажем более 3 лет по заявкам.',
        attendeeKeys: [CRO_STAGING, CRO_DIAGNOSTICS, CRO_PRESCHOOL, ...STAGING_HEADS, DOU7_HEAD],
      },
    ],
  },
  {
    key: 'demo:association:timashevsk-young-teachers-community',
    kind: AssociationKind.LEARNING_COMMUNITY,
    name: 'Сетевое сообщество молодых педагогов «Профессиональный рост» (Тимашевский район)',
    description:
      'Сообщество стажёров стажировочных площадок (педагоги со стажем до 3 лет) с педагогами-мастерами, созданное ' +
      'в рамках методического сопровождения по направлению «Профессиональный рост педагогов» (март–апрель 2022 г.).',
    host: { municipality: MUNICIPALITY },
    members: [
      { personKey: SOSH11_MASTER, role: AssociationRole.HEAD },
      { personKey: DOU7_SENIOR, role: AssociationRole.DEPUTY },
      ...INTERNS.map((personKey) => ({ personKey, role: AssociationRole.MEMBER })),
    ],
    meetings: [
      {
        heldOn: '2022-04-14',
        format: MeetingFormat.ONLINE,
        agenda:
          '1. Создание сообщества: цели и правила работы. ' +
          '2. Как вести «Журнал непрерывного профессионального роста» и «Карту эффективности профессиональной деятельности педагога».',
        decisions:
          '1. Каждому стажёру заполнить карту эффективности до 15.05.2022 и обсудить её с педагогом-мастером. ' +
          '2. Встречи сообщества — раз в месяц, в дистанционном формате.',
        attendeeKeys: [SOSH11_MASTER, DOU7_SENIOR, ...INTERNS],
      },
      {
        heldOn: '2022-11-17',
        format: MeetingFormat.IN_PERSON,
        agenda: '1. Педагогическая мастерская «Использование здоровьесберегающих технологий в педагогической практике».',
        decisions:
          '1. Стажёрам включить приёмы здоровьесбережения в конспекты уроков и занятий и представить их в журналах роста. ' +
          '2. Подготовить выступления стажёров на психолого-педагогической конференции (февраль 2023 г.).',
        attendeeKeys: [SOSH11_MASTER, DOU7_SENIOR, SOSH1_INTERN, SOSH2_INTERN, SOSH4_INTERN, SOSH11_INTERN, DOU7_YOUNG],
      },
      {
        heldOn: '2023-02-16',
        format: MeetingFormat.MIXED,
        agenda:
          '1. Подготовка к психолого-педагогической конференции «Личностный рост педагога в рамках сетевого взаимодействия». ' +
          '2. Итоги краевого семинара «Индивидуальный образовательный маршрут как средство повышения профессиональных ' +
          'компетенций педагога» (январь 2023 г.).',
        decisions:
          '1. Утвердить выступления Сидоренко А.С. и Дорошенко В.А. на конференции. ' +
          '2. Стажёрам скорректировать индивидуальные образовательные маршруты на второе полугодие.',
        attendeeKeys: [SOSH11_MASTER, SOSH1_INTERN, SOSH2_INTERN, SOSH4_INTERN, SOSH5_INTERN, SOSH13_INTERN],
      },
    ],
  },
];
