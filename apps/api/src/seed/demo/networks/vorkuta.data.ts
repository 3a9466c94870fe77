import { AgreementKind, NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { DemoNetwork } from '../networks.types';

/**
 * Seed 003: Воркута, проект сетевого взаимодействия МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП»
 * «Школьные методические объединения – драйвер профессионального развития» (2022–2023),
 * утв. приказом МОУ «СОШ №12» от 25.08.2022 № 527; developers and participants: both schools and
 * МКУ «Воркутинский Дом Учителя».
 *
 * - СОШ №12 is the coordinator: the project is its own (the director's order, its deputy answers
 *   for the road map); it is the school with low results (антирисковая программа, «500+»).
 * - СОШ №35 с УИОП is the stronger partner whose teachers mentor those of СОШ №12
 *   («сетевое взаимодействие школ с разным уровнем качества образовательных результатов»).
 * - The agreement: партнёрское соглашение о сотрудничестве от 10.01.2022 (road map item 1,
 *   signed by the two directors). The seed gives no number (stored as «б/н», без номера) and no
 *   term (endsOn left empty); the network's own term is the project's: January 2022 – June 2023.
 */

const SOSH_12 = 'demo:org:11-vorkuta-sosh-12';
const SOSH_35 = 'demo:org:11-vorkuta-sosh-35';
const DOM_UCHITELYA = 'demo:org:11-vorkuta-dom-uchitelya';

export const VORKUTA_NETWORK: DemoNetwork = {
  key: 'demo:network:vorkuta-sosh12-sosh35',
  name: 'Сетевое взаимодействие МОУ «СОШ №12» и МОУ «СОШ №35 с УИОП» г. Воркуты: проект «Школьные методические объединения – драйвер профессионального развития»',
  model: NetworkModel.BILATERAL_PARTNERSHIP,
  coordinatorKey: SOSH_12,
  startsOn: '2022-01-10',
  endsOn: '2023-06-30',
  goals:
    'Создание методических условий для непрерывного развития профессиональных компетентностей педагогических ' +
    'работников в условиях сетевого взаимодействия: создать методическую службу в МОУ «СОШ №12» г. Воркуты, ' +
    'вовлечь в методическую деятельность 100% педагогов, внедрить индивидуальные образовательные маршруты (ИОМ), ' +
    'обеспечить обмен опытом работы ШМО и наставничество «Учитель – учитель» между школами с разным уровнем ' +
    'качества образовательных результатов.',
  members: [
    { organizationKey: SOSH_12, role: NetworkMemberRole.COORDINATOR },
    { organizationKey: SOSH_35, role: NetworkMemberRole.MENTOR_SCHOOL },
    { organizationKey: DOM_UCHITELYA, role: NetworkMemberRole.METHODOLOGICAL_SERVICE },
  ],
  edges: [{ from: SOSH_35, to: SOSH_12, kind: NetworkEdgeKind.SUPPORT }],
  agreements: [
    {
      key: 'demo:agreement:vorkuta-sosh12-sosh35-2022',
      // The seed gives the date (10.01.2022) and no number: «б/н» is how a document without a number is cited.
      illustrative: false,
      number: 'б/н',
      kind: AgreementKind.PARTNERSHIP,
      signedOn: '2022-01-10',
      subject:
        'Партнёрское соглашение о сотрудничестве в рамках проекта по организации методической поддержки ' +
        'общеобразовательных организаций, имеющих низкие образовательные результаты обучающихся, на территории ' +
        'Республики Коми («500+»)',
      startsOn: '2022-01-10',
      partyKeys: [SOSH_12, SOSH_35],
    },
  ],
};
