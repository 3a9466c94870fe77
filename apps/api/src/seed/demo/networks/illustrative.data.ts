import { NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { DemoNetwork } from '../networks.types';

/**
 * ILLUSTRATIVE, not from the seeds: a made-up network of made-up organisations, only to show networks by consent.
 * Its coordinator (a demonstration centre in the Timashevsk district) has invited a demonstration school of the
 * Podporozhye district; `methodist.podporozhye` sees the invitation in «Приглашения в сети» and may accept or decline
 * it. No real organisation is named in it.
 */
export const ILLUSTRATIVE_NETWORK: DemoNetwork = {
  key: 'demo:network:illustrative-invitations',
  name: 'Демонстрационная межрегиональная сеть (иллюстративные данные)',
  model: NetworkModel.INTER_REGIONAL,
  coordinatorKey: 'demo:org:23-tim-illustrative-center',
  startsOn: '2026-09-01',
  goals:
    'Иллюстративные данные, не взятые из программ: сеть показывает, как организация другого региона получает ' +
    'приглашение, принимает или отклоняет его и до ответа ни в чём не участвует.',
  members: [{ organizationKey: 'demo:org:23-tim-illustrative-center', role: NetworkMemberRole.COORDINATOR }],
  invitations: [
    {
      organizationKey: 'demo:org:47-podp-illustrative-school',
      role: NetworkMemberRole.PARTICIPANT,
      invitedByLogin: 'methodist.timashevsk',
      invitedAt: '2026-11-16T09:30:00+03:00',
      illustrative: true,
    },
  ],
  edges: [],
  agreements: [],
};
