import { NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { DemoNetwork } from '../networks.types';

/**
 * Seed 000: мастерская педагогического диалога «Будем дружить школами» (январь 2026 – май 2027).
 *
 * The programme names no schools: the five schools of registry/friends.data.ts (fictional
 * «Школа А … Д (иллюстративная)») are the members; Школа А, where the registry places the two authors
 * (Первухина Е.В., Савельева Н.В.), coordinates.
 * Model DISTRIBUTED: «по итогам самодиагностики каждая школа ежегодно выявляет собственные дефициты и
 * профициты» — every school both gives and receives, so support runs in several directions (cycles
 * are allowed in this model). The edges are INVENTED from the proficits of the invented staff in the
 * registry: Школа Б (ШМО естественно-научного цикла, «высокий» уровень самодиагностики), Школа А
 * (учитель математики — супервизор), Школа В (опытный учитель начальных классов), Школа Г
 * (центр «Точка роста», биология и география), Школа Д (учитель русского языка высшей категории).
 * The programme mentions no agreement, so none is given.
 */

const SOSH_9 = 'demo:org:53-borovichi-sosh-9';
const GYMNASIUM = 'demo:org:53-borovichi-gymnasium';
const SOSH_11 = 'demo:org:53-borovichi-sosh-11';
const OPECHENSKY = 'demo:org:53-borovichi-opechensky-posad';
const VOLOK = 'demo:org:53-borovichi-volok';

export const FRIENDS_NETWORK: DemoNetwork = {
  key: 'demo:network:budem-druzhit-shkolami',
  name: 'Мастерская педагогического диалога «Будем дружить школами»',
  model: NetworkModel.DISTRIBUTED,
  coordinatorKey: SOSH_9,
  startsOn: '2026-01-01',
  endsOn: '2027-05-31',
  goals:
    'Создание организационно-педагогических и учебно-методических условий для целенаправленного повышения уровня ' +
    'профессиональных компетенций через сетевое взаимодействие и развитие наставничества в формате супервизии. ' +
    'Задачи: организовать взаимодействие школ; сформировать представление о научно-методическом сопровождении ' +
    'педагогов с помощью совместных форм работы; обеспечить расширение педагогических практик по итогам реализации проекта.',
  members: [
    { organizationKey: SOSH_9, role: NetworkMemberRole.COORDINATOR },
    { organizationKey: GYMNASIUM, role: NetworkMemberRole.PARTICIPANT },
    { organizationKey: SOSH_11, role: NetworkMemberRole.PARTICIPANT },
    { organizationKey: OPECHENSKY, role: NetworkMemberRole.PARTICIPANT },
    { organizationKey: VOLOK, role: NetworkMemberRole.PARTICIPANT },
  ],
  edges: [
    { from: GYMNASIUM, to: SOSH_11, kind: NetworkEdgeKind.SUPPORT }, // естественно-научный цикл
    { from: GYMNASIUM, to: OPECHENSKY, kind: NetworkEdgeKind.SUPPORT }, // подготовка к ВПР/ГИА
    { from: SOSH_9, to: OPECHENSKY, kind: NetworkEdgeKind.SUPPORT }, // математика, супервизия
    { from: SOSH_9, to: VOLOK, kind: NetworkEdgeKind.SUPPORT }, // супервизия молодых педагогов
    { from: SOSH_11, to: VOLOK, kind: NetworkEdgeKind.SUPPORT }, // начальные классы
    { from: VOLOK, to: SOSH_9, kind: NetworkEdgeKind.SUPPORT }, // русский язык и литература
    { from: OPECHENSKY, to: GYMNASIUM, kind: NetworkEdgeKind.SUPPORT }, // практикумы «Точки роста»
  ],
  agreements: [],
};
