import { AgreementKind, NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { DemoAgreement, DemoNetwork } from '../networks.types';

/**
 * Seed 004: Тимашевский район, краевой ресурсный центр (КРЦ), проект «Научно-методическое
 * сопровождение профессионального роста педагогов в условиях деятельности стажировочных площадок»
 * (2020–2023), section 4 «Модель авторской методической сети»: 13 organisations — МБУ «ЦРО»
 * Тимашевского района (КРЦ, coordinator; председатель координационного совета), 8 territorial
 * methodological services (ТМС) «с недостаточно реализованным методическим потенциалом», ГБОУ ИРО
 * Краснодарского края, КубГУ, its branch in Славянск-на-Кубани and ЧОУ «Персонал-Ресурс».
 *
 * Agreements, one per partner (coordinator + partner), as the seed describes them:
 * - with the 8 ТМС: «соглашения о сотрудничестве и сетевом взаимодействии» / «договоры о сетевом
 *   взаимодействии», planned for September 2020 («Подписание партнёрских соглашений между краевым
 *   ресурсным центром и ТМС…», план-график 2020) → NETWORK_INTERACTION;
 * - with ИРО, КубГУ and «Персонал-Ресурс»: «соглашения о сотрудничестве подписаны» → COOPERATION;
 * - with the Slavyansk branch of КубГУ: «готовятся документы о подписании взаимодействия» → NO agreement:
 *   the branch is a member of the network, but nothing is signed.
 * The seed gives NO numbers, dates or terms of any agreement: every agreement below is stored with
 * illustrative: true (its number, dates and term are INVENTED for the demo; dates follow the seed's
 * plan-schedule). Terms: the agreements with ТМС and ИРО are open-ended (no endsOn), КубГУ has a fixed
 * term that ends after 2027; the (invented) term of «Персонал-Ресурс» ends on 2026-12-31 — within 60 days
 * after the demo's «today» (2026-11-22), so the «expiring agreements» list has something to show. No other
 * demo agreement ends before 2027-02-20.
 * The network itself has no end date: the project ran 2020–2023, but the agreements and the
 * resource centre outlive it («взаимодействие внутри сети будет расширяться»).
 *
 * Edges: the КРЦ supports each ТМС (информационно-методическое сопровождение ТМС); ИРО, whose
 * Положение о краевом ресурсном центре (приказ № 25 от 31.01.2019) governs the КРЦ, supports the
 * КРЦ; the КРЦ turns to КубГУ for scientific consultation (an inference from «научно-методическое
 * сопровождение»; the seed draws no arrows).
 */

const CRO = 'demo:org:23-tim-cro';
const IRO = 'demo:org:23-krd-iro';
const KUBSU = 'demo:org:23-krd-kubsu';
const KUBSU_SLAVYANSK = 'demo:org:23-slav-kubsu-filial';
const PERSONAL_RESURS = 'demo:org:23-krd-personal-resurs';

/** The 8 territorial services, in the seed's order, with the (invented) date of their agreement. */
const TMS: ReadonlyArray<{ slug: string; territory: string; signedOn: string }> = [
  { slug: 'kalininsky', territory: 'Калининский район', signedOn: '2020-09-07' },
  { slug: 'bryukhovetsky', territory: 'Брюховецкий район', signedOn: '2020-09-08' },
  { slug: 'primorsko-akhtarsky', territory: 'Приморско-Ахтарский район', signedOn: '2020-09-10' },
  { slug: 'kanevskoy', territory: 'Каневской район', signedOn: '2020-09-14' },
  { slug: 'yeysky', territory: 'Ейский район', signedOn: '2020-09-15' },
  { slug: 'leningradsky', territory: 'Ленинградский район', signedOn: '2020-09-17' },
  { slug: 'anapa', territory: 'город-курорт Анапа', signedOn: '2020-09-21' },
  { slug: 'goryachy-klyuch', territory: 'город Горячий Ключ', signedOn: '2020-09-24' },
];

const tmsKey = (slug: string): string => `demo:org:23-${slug}-tms`;

const PROJECT_THEME =
  '«Научно-методическое сопровождение профессионального роста педагогов в условиях деятельности стажировочных площадок»';

const tmsAgreements: DemoAgreement[] = TMS.map((t, i) => ({
  key: `demo:agreement:timashevsk-krc-${t.slug}-tms`,
  illustrative: true,
  number: `СВ-${String(i + 1).padStart(2, '0')}/2020`,
  kind: AgreementKind.NETWORK_INTERACTION,
  signedOn: t.signedOn,
  subject:
    `Соглашение о сотрудничестве и сетевом взаимодействии краевого ресурсного центра и территориальной методической ` +
    `службы (${t.territory}) по направлению ${PROJECT_THEME}: повышение уровня профессиональных компетенций ` +
    'управленческих, руководящих и педагогических работников, стажировки на стажировочных площадках КРЦ',
  startsOn: t.signedOn,
  partyKeys: [CRO, tmsKey(t.slug)],
}));

export const TIMASHEVSK_NETWORK: DemoNetwork = {
  key: 'demo:network:timashevsk-krc',
  name: `Методическая сеть краевого ресурсного центра ${PROJECT_THEME} (Тимашевский район)`,
  model: NetworkModel.RESOURCE_CENTER_SERVICES,
  coordinatorKey: CRO,
  startsOn: '2020-08-01',
  goals:
    'Развитие сетевого взаимодействия заинтересованных педагогических сообществ в рамках ресурсного центра; ' +
    'формирование и совершенствование профессиональных компетентностей руководящих и педагогических работников ' +
    'образовательных организаций края посредством трансляции и освоения передового педагогического опыта в ' +
    'деятельность территориальных методических служб с недостаточно реализованным методическим потенциалом. ' +
    'Координационный совет собирается 4 раза в год; мониторинг эффективности методической деятельности ' +
    'служб — 2 раза в год.',
  members: [
    { organizationKey: CRO, role: NetworkMemberRole.COORDINATOR },
    ...TMS.map((t) => ({ organizationKey: tmsKey(t.slug), role: NetworkMemberRole.METHODOLOGICAL_SERVICE })),
    { organizationKey: IRO, role: NetworkMemberRole.PARTNER },
    { organizationKey: KUBSU, role: NetworkMemberRole.PARTNER },
    { organizationKey: KUBSU_SLAVYANSK, role: NetworkMemberRole.PARTNER },
    { organizationKey: PERSONAL_RESURS, role: NetworkMemberRole.PARTNER },
  ],
  edges: [
    { from: IRO, to: CRO, kind: NetworkEdgeKind.SUPPORT },
    ...TMS.map((t) => ({ from: CRO, to: tmsKey(t.slug), kind: NetworkEdgeKind.SUPPORT })),
    { from: CRO, to: KUBSU, kind: NetworkEdgeKind.CONSULT },
  ],
  agreements: [
    {
      key: 'demo:agreement:timashevsk-krc-iro',
      illustrative: true,
      number: 'СС-01/2020',
      kind: AgreementKind.COOPERATION,
      signedOn: '2020-08-17',
      subject:
        `Соглашение о сотрудничестве в научно-методическом сопровождении деятельности краевого ресурсного центра по ` +
        `направлению ${PROJECT_THEME}`,
      startsOn: '2020-08-17',
      partyKeys: [CRO, IRO],
    },
    {
      key: 'demo:agreement:timashevsk-krc-kubsu',
      illustrative: true,
      number: 'СС-02/2020',
      kind: AgreementKind.COOPERATION,
      signedOn: '2020-08-24',
      subject:
        'Соглашение о сотрудничестве: научное консультирование проекта КРЦ, участие преподавателей университета в ' +
        'семинарах и конференциях методической сети, экспертиза модульных программ стажировочных площадок',
      startsOn: '2020-09-01',
      endsOn: '2027-08-31',
      partyKeys: [CRO, KUBSU],
    },
    {
      key: 'demo:agreement:timashevsk-krc-personal-resurs',
      illustrative: true,
      number: 'СС-03/2020',
      kind: AgreementKind.COOPERATION,
      signedOn: '2020-08-28',
      subject:
        'Соглашение о сотрудничестве в организации повышения квалификации педагогических работников образовательных ' +
        'организаций — участников методической сети',
      startsOn: '2020-09-01',
      endsOn: '2026-12-31',
      partyKeys: [CRO, PERSONAL_RESURS],
    },
    ...tmsAgreements,
    // None with the Slavyansk branch of КубГУ: «готовятся документы о подписании взаимодействия».
  ],
};
