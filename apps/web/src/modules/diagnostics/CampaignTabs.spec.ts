import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import CampaignParticipants from './CampaignParticipants.vue';
import CampaignResults from './CampaignResults.vue';

const participant = (i: number) => ({
  __typename: 'DiagnosticParticipant',
  id: `p${i}`,
  personId: `pe${i}`,
  fullName: `Иванова Мария ${i}`,
  organizationName: 'МОУ «СОШ №12»',
  selfStatus: i % 2 ? 'SUBMITTED' : null,
  selfSubmittedAt: i % 2 ? '2026-11-20T10:00:00Z' : null,
  expertStatus: null,
  expertSubmittedAt: null,
});
const page = (typename: string, nodes: unknown[], total: number) => ({ __typename: typename, totalCount: total, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes });

function api(seen: { operation: string; variables: Record<string, unknown> }[]): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'DiagnosticParticipants') return { data: { diagnosticParticipants: page('DiagnosticParticipantConnection', [participant(1), participant(2)], 60) } };
    if (operation === 'DiagnosticResults') {
      const nodes = [1, 2].map((i) => ({
        __typename: 'DiagnosticPersonResults',
        participant: participant(i),
        results: [{ __typename: 'CompetenceResult', competenceId: 'c1', competenceCode: 'П1', competenceName: 'Предметная', score: 40 + i, level: 'NORM', source: 'SELF', measuredOn: '2026-11-20' }],
      }));
      return { data: { diagnosticResults: page('DiagnosticPersonResultsConnection', nodes, 2) } };
    }
    return { data: null };
  };
}

describe('a campaign card’s two lists', () => {
  it('participants: the order and page go into p_* keys; the card’s tab and the results’ keys stay', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper, router } = await mountWithApp(CampaignParticipants, {
      path: '/diagnostics/c1?tab=participants&p_page=2&r_sort=organization&r_dir=desc',
      props: { campaignId: 'c1', mode: 'SELF', canAssess: false },
      api: api(seen),
    });
    await waitFor(() => expect(wrapper.findAll('[data-testid="participant-row"]')).toHaveLength(2));
    expect(seen.at(-1)?.variables).toMatchObject({ campaignId: 'c1', first: 25, offset: 25, orderBy: { field: 'NAME', direction: 'ASC' } });
    await wrapper.get('[data-testid="participant-col-self"]').trigger('click');
    await waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ tab: 'participants', r_sort: 'organization', r_dir: 'desc', p_sort: 'self_status', p_dir: 'asc' }),
    );
    await waitFor(() => expect(seen.at(-1)?.variables).toMatchObject({ offset: 0, orderBy: { field: 'SELF_STATUS', direction: 'ASC' } }));
    expect(router.currentRoute.value.params).toMatchObject({ id: 'c1' });
  });

  it('results: reads its r_* keys, sorts by organisation and keeps the tab; a competence column per competence', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    const { wrapper, router } = await mountWithApp(CampaignResults, {
      path: '/diagnostics/c1?tab=results&p_q=Иван&r_level=NORM',
      props: { campaignId: 'c1' },
      api: api(seen),
    });
    await waitFor(() => expect(wrapper.findAll('[data-testid="result-row"]')).toHaveLength(2));
    expect(seen.at(-1)?.variables).toMatchObject({ filter: { level: 'NORM', competenceId: null }, orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(wrapper.findAll('[data-testid="result-П1"]').map((c) => c.attributes('data-level'))).toEqual(['NORM', 'NORM']);
    await wrapper.get('[data-testid="result-col-organization"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ tab: 'results', p_q: 'Иван', r_level: 'NORM', r_sort: 'organization', r_dir: 'asc' }));
    await waitFor(() => expect(seen.at(-1)?.variables).toMatchObject({ orderBy: { field: 'ORGANIZATION', direction: 'ASC' }, filter: { level: 'NORM' } }));
  });
});
