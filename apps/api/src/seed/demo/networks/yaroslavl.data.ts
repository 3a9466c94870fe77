import { AgreementKind, NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { DemoNetwork } from '../networks.types';

/**
 * Seed 001: г. Ярославль, инновационный проект на соискание статуса МИП «Наставничество: ресурсы
 * взаимного развития в профессиональных обучающихся сообществах педагогов города» (2023–2025) and its
 * slide «Межрегиональное взаимодействие».
 *
 * - Members: the six executors of the МИП in the city (СШ №3, СШ №26, ДОУ №8, 55, 57, 182) and the
 *   six partners of the inter-regional slide (СШ №4 «Центр образования» г. Тутаева — same region,
 *   but drawn among the inter-regional partners; Калуга ×2; Калининградская область ×2; Волгоград).
 * - Coordinator: the seed names none; СШ №3 (first executor listed, ФИП/ЦРЛП experience) is taken.
 *   The fictional «Демонстрационный городской методический центр» of the registry is not in the seed and is not a member.
 * - Dates: the road map runs from June 2023 (организационно-аналитический этап) to May 2025
 *   (аналитико-результативный этап).
 * - Agreement: «Соглашение всех участников МИП о взаимодействии в ПОС наставников МСО (2023, май)».
 *   Only the month is given: the number and the day are INVENTED; the seed gives no term, so
 *   endsOn is left empty. No agreements with the inter-regional partners are mentioned.
 * - Edges: none. The seed shows horizontal links («горизонтальные связи», взаимообмен практиками,
 *   online interaction at the inter-regional level), not directed support.
 */

const SH_3 = 'demo:org:76-yar-sh-3';
const SH_26 = 'demo:org:76-yar-sh-26';
const DS_8 = 'demo:org:76-yar-ds-8';
const DS_55 = 'demo:org:76-yar-ds-55';
const DS_57 = 'demo:org:76-yar-ds-57';
const DS_182 = 'demo:org:76-yar-ds-182';

const MIP_EXECUTORS = [SH_3, SH_26, DS_55, DS_8, DS_182, DS_57];

const INTER_REGIONAL_PARTNERS = [
  'demo:org:76-tutaev-sh-4',
  'demo:org:40-kaluga-sh-25',
  'demo:org:40-kaluga-kolosok',
  'demo:org:39-gurievsk-shkola-budushchego',
  'demo:org:39-gurievsk-khrabrovo',
  'demo:org:34-volgograd-sh-101',
];

export const YAROSLAVL_NETWORK: DemoNetwork = {
  key: 'demo:network:yaroslavl-mip-nastavnichestvo',
  name: 'МИП «Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города» (г. Ярославль) и межрегиональные партнёры',
  model: NetworkModel.INTER_REGIONAL,
  coordinatorKey: SH_3,
  startsOn: '2023-06-01',
  endsOn: '2025-05-31',
  goals:
    'Запуск и стабилизация механизмов эффективного наставничества в ПОС образовательных организаций: разработка и ' +
    'апробация модели наставничества в образовательных организациях города, Мастерская «Профиль наставника ПОС», ' +
    'взаимообмен практиками наставничества, в том числе в онлайн-взаимодействии на межрегиональном уровне. ' +
    'Ожидаемый результат — повышение профессиональных компетенций педагогов и образовательных результатов ' +
    'благополучателей.',
  members: [
    { organizationKey: SH_3, role: NetworkMemberRole.COORDINATOR },
    ...MIP_EXECUTORS.filter((key) => key !== SH_3).map((organizationKey) => ({
      organizationKey,
      role: NetworkMemberRole.PARTICIPANT,
    })),
    ...INTER_REGIONAL_PARTNERS.map((organizationKey) => ({ organizationKey, role: NetworkMemberRole.PARTNER })),
  ],
  edges: [],
  agreements: [
    {
      key: 'demo:agreement:yaroslavl-mip-pos-2023',
      // The seed gives the month (May 2023) only: the number and the day are invented.
      illustrative: true,
      number: 'МИП-1/2023',
      kind: AgreementKind.NETWORK_INTERACTION,
      signedOn: '2023-05-25',
      subject: 'Соглашение участников МИП о взаимодействии в профессиональном обучающемся сообществе (ПОС) наставников муниципальной системы образования',
      startsOn: '2023-06-01',
      partyKeys: MIP_EXECUTORS,
    },
  ],
};
