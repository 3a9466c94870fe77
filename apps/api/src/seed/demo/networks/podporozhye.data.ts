import { NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { DemoNetwork } from '../networks.types';

/**
 * Seed 002: Подпорожский район, инновационный проект «Разработка и внедрение модели сетевого
 * наставничества «Школа – школе» для общеобразовательных организаций Подпорожского района»,
 * утв. приказом Комитета образования от 30.12.2020 № 201; планы мероприятий на 2020/2021,
 * 2021/2022 и 2022/2023 уч. годы (последний пункт — мониторинг в августе 2023 г.).
 *
 * The seed: «следует считать смешанную модель, включающую в себя элементы концентрической и распределенной
 * моделей», so it is stored as MIXED; its scheme has three levels, which a mixed network keeps:
 * - level 1: МБОУ «Подпорожская СОШ №3» — the only high-results school, опорная школа
 *   наставничества и ресурсный центр; its director (Шахова М.Ю.) is the level-1 mentor;
 * - level 2: two directors of low-results schools act as mentors. The seed does not name them;
 *   as in registry/leningrad.data.ts, СОШ №4 (Куновская Е.А., mentor of the «500+» pair of 2022)
 *   and the Важинский ОЦ (co-organiser with СОШ №3 and СОШ №4 throughout) are taken;
 * - level 3: the other five ШНОР schools; they work with a level-2 mentor and «в случае
 *   необходимости» may consult the level-1 mentor (CONSULT edges to СОШ №3).
 * Which level-2 mentor supports which level-3 school is not in the seed; it follows the plans
 * where they give a hint (pair Куновская – Брякжиева → СОШ №4 supports СОШ №8; PISA seminar of
 * December 2021 run by СОШ №3, СОШ №4 and the Винницкая школа-интернат → СОШ №4 supports it),
 * and the rest is assigned to the Важинский ОЦ. The «500+» pair Шахова – Ключина (2021) makes the
 * level-1 school support the Вознесенский ОЦ directly.
 * The network is run by the информационно-методическая служба (responsible for most items of the
 * plans), which has no level. The seed names no agreement, so none is given.
 */

const IMS = 'demo:org:47-podp-ims';
const SOSH_3 = 'demo:org:47-podp-sosh-3';
const SOSH_4 = 'demo:org:47-podp-sosh-4';
const VAZHINY = 'demo:org:47-podp-vazhiny-oc';
const SOSH_1 = 'demo:org:47-podp-sosh-1';
const SOSH_8 = 'demo:org:47-podp-sosh-8';
const OOSH_9 = 'demo:org:47-podp-oosh-9';
const VINNITSY = 'demo:org:47-podp-vinnitsy-internat';
const VOZNESENYE = 'demo:org:47-podp-voznesenye-oc';

export const PODPOROZHYE_NETWORK: DemoNetwork = {
  key: 'demo:network:podporozhye-shkola-shkole',
  name: 'Сетевое наставничество «Школа – школе» общеобразовательных организаций Подпорожского района',
  model: NetworkModel.MIXED,
  coordinatorKey: IMS,
  startsOn: '2020-12-30',
  endsOn: '2023-08-31',
  goals:
    'Создание условий для успешного перехода школ с низкими образовательными результатами и школ, функционирующих ' +
    'в неблагоприятных социальных условиях, в эффективный режим развития. Задачи: разработать и внедрить схему ' +
    'сетевого наставничества школ Подпорожского района (модели «руководитель – руководителю» и «учитель – учителю»), ' +
    'разработать и реализовать мероприятия проекта, провести мониторинг его реализации.',
  members: [
    { organizationKey: IMS, role: NetworkMemberRole.COORDINATOR },
    { organizationKey: SOSH_3, role: NetworkMemberRole.RESOURCE_CENTER, level: 1 },
    { organizationKey: SOSH_4, role: NetworkMemberRole.MENTOR_SCHOOL, level: 2 },
    { organizationKey: VAZHINY, role: NetworkMemberRole.MENTOR_SCHOOL, level: 2 },
    { organizationKey: SOSH_1, role: NetworkMemberRole.SUPPORTED_SCHOOL, level: 3 },
    { organizationKey: SOSH_8, role: NetworkMemberRole.SUPPORTED_SCHOOL, level: 3 },
    { organizationKey: OOSH_9, role: NetworkMemberRole.SUPPORTED_SCHOOL, level: 3 },
    { organizationKey: VINNITSY, role: NetworkMemberRole.SUPPORTED_SCHOOL, level: 3 },
    { organizationKey: VOZNESENYE, role: NetworkMemberRole.SUPPORTED_SCHOOL, level: 3 },
  ],
  edges: [
    // Level 1 → level 2: the director of СОШ №3 mentors the two level-2 mentors.
    { from: SOSH_3, to: SOSH_4, kind: NetworkEdgeKind.SUPPORT },
    { from: SOSH_3, to: VAZHINY, kind: NetworkEdgeKind.SUPPORT },
    // Level 1 → level 3: «500+» pair Шахова М.Ю. – Ключина Г.Г. (февраль 2021).
    { from: SOSH_3, to: VOZNESENYE, kind: NetworkEdgeKind.SUPPORT },
    // Level 2 → level 3.
    { from: SOSH_4, to: SOSH_8, kind: NetworkEdgeKind.SUPPORT }, // «500+» pair Куновская Е.А. – Брякжиева А.С. (февраль 2022)
    { from: SOSH_4, to: VINNITSY, kind: NetworkEdgeKind.SUPPORT },
    { from: VAZHINY, to: SOSH_1, kind: NetworkEdgeKind.SUPPORT },
    { from: VAZHINY, to: OOSH_9, kind: NetworkEdgeKind.SUPPORT },
    // Level 3 may turn to the level-1 mentor for a consultation (Вознесенский ОЦ is mentored by it directly).
    { from: SOSH_1, to: SOSH_3, kind: NetworkEdgeKind.CONSULT },
    { from: SOSH_8, to: SOSH_3, kind: NetworkEdgeKind.CONSULT },
    { from: OOSH_9, to: SOSH_3, kind: NetworkEdgeKind.CONSULT },
    { from: VINNITSY, to: SOSH_3, kind: NetworkEdgeKind.CONSULT },
  ],
  agreements: [],
};
