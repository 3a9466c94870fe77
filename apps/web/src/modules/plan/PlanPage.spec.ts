import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import PlanListPage from './PlanListPage.vue';
import PlanPage from './PlanPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

const org = (id: string, shortName: string) => ({ __typename: 'NetworkOrganization', id, shortName, name: shortName });
const item = (id: string, over: Record<string, unknown> = {}) => ({
  __typename: 'PlanItem',
  id,
  position: 1,
  number: '3.',
  title: 'Проведение оценки базовых компетенций педагогов.',
  periodText: '24.03.2022 - 04.04.2022',
  startsOn: '2022-03-24',
  endsOn: '2022-04-04',
  responsibleText: 'Заместитель директора МОУ МОУ «СОШ №12» г. Воркуты',
  participantsText: 'Педагоги-МОУ «СОШ №12» г. Воркуты',
  expectedResult: 'Проведен мониторинг оценки базовых компетентностей педагога',
  actualResult: '',
  manualStatus: 'PLANNED',
  illustrative: false,
  status: { __typename: 'PlanItemStatusInfo', status: 'DONE', derivedFrom: ['CAMPAIGN'] },
  responsible: [{ __typename: 'PlanItemParty', id: 'r1', organization: org('o12', 'МОУ «СОШ №12» г. Воркуты'), person: null }],
  participants: [],
  links: [{ __typename: 'PlanItemLink', id: 'l1', kind: 'CAMPAIGN', targetId: 'c1', occurrenceDate: null, title: 'Мониторинг оценки базовых компетентностей педагогов', status: 'DONE' }],
  ...over,
});
const plan = (canEdit = true) => ({
  __typename: 'Plan',
  id: 'pl1',
  kind: 'ROADMAP',
  title: 'Дорожная карта (план реализации проекта)',
  organizationId: null,
  municipalityId: null,
  networkId: 'n1',
  periodText: 'Проект реализуется в течение 2022-2023 года',
  startsOn: '2022-01-10',
  endsOn: '2023-06-30',
  status: 'COMPLETED',
  sourceNote: 'Приказ от 25.08.2022 № 527',
  illustrative: false,
  archivedAt: null,
  canEdit,
  itemCount: 2,
  owner: { __typename: 'PlanOwner', id: 'n1', kind: 'network', name: 'Сеть СОШ №12 и №35' },
  stages: [
    {
      __typename: 'PlanStage',
      id: 's1',
      position: 1,
      title: 'Организационный этап',
      kind: 'ORGANIZATIONAL',
      periodText: 'май - август 2022 г.',
      startsOn: '2022-05-01',
      endsOn: '2022-08-31',
      description: 'Задачи этапа: Организовать мероприятия по оформлению замысла проекта.',
      // The whole order, an archived item (i0) included.
      order: [{ __typename: 'PlanItem', id: 'i1' }, { __typename: 'PlanItem', id: 'i0' }, { __typename: 'PlanItem', id: 'i2' }],
      items: [
        item('i1'),
        item('i2', {
          number: '',
          position: 2,
          title: 'Семинар',
          periodText: '',
          startsOn: '2022-10-07',
          endsOn: '2022-10-07',
          responsibleText: '',
          participantsText: '',
          manualStatus: 'IN_PROGRESS',
          status: { __typename: 'PlanItemStatusInfo', status: 'PLANNED', derivedFrom: ['EVENT'] },
          links: [
            { __typename: 'PlanItemLink', id: 'l2', kind: 'EVENT', targetId: 'e1', occurrenceDate: '2022-10-07', title: 'Круглый стол «Технологии подготовки к ГИА»', status: 'PLANNED' },
          ],
        }),
      ],
    },
  ],
});

function api(canEdit = true, seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'PlanPage') return { data: { plan: plan(canEdit) } };
    if (operation === 'PlanList') {
      const { stages: _stages, ...row } = plan();
      return { data: { plans: { __typename: 'PlanConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes: [row] } } };
    }
    if (operation === 'PlanLinkTargets') {
      return {
        data: {
          planLinkTargets: [
            { __typename: 'PlanLinkTarget', id: 'e9', kind: 'EVENT', title: 'Семинар «Учебный план как основа повышения качества образования»', startsOn: '2021-01-01', endsOn: '2021-01-31', occurrenceDates: [] },
          ],
        },
      };
    }
    if (operation === 'LinkPlanItem') return { data: { linkPlanItem: { __typename: 'Plan', id: 'pl1' } } };
    if (operation === 'UnlinkPlanItem') return { data: { unlinkPlanItem: { __typename: 'Plan', id: 'pl1' } } };
    if (operation === 'ReorderPlanItems') return { data: { reorderPlanItems: { __typename: 'Plan', id: 'pl1' } } };
    if (operation === 'UpdatePlanItem') {
      if ((variables['input'] as { endsOn?: string }).endsOn === '2022-01-01') {
        return { data: null, errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'endsOn', message: 'Дата окончания — не раньше даты начала' }] } }] };
      }
      return { data: { updatePlanItem: { __typename: 'Plan', id: 'pl1' } } };
    }
    return { data: null };
  };
}

const inPlace = { stubs: { teleport: true } };

describe('PlanListPage', () => {
  it('lists plans with kind, owner and period, sending the URL filters', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanListPage, { path: '/plans?kind=ROADMAP&year=2022', api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-row"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="plan-link"]').text()).toBe('Дорожная карта (план реализации проекта)');
    expect(wrapper.get('[data-testid="plan-row"]').text()).toContain('Сеть СОШ №12 и №35');
    expect(seen.find((s) => s.operation === 'PlanList')?.variables).toMatchObject({ filter: { kind: 'ROADMAP', year: 2022, archived: 'ACTIVE' }, orderBy: { field: 'STARTS_ON', direction: 'DESC' } });
  });
});

describe('PlanPage', () => {
  it('shows the plan as a table by stage: №, мероприятие, сроки as written, ответственные, статус with its source', async () => {
    const { wrapper } = await mountWithApp(PlanPage, { path: '/plans/pl1', props: { id: 'pl1' }, api: api() });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-item-row"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="plan-title"]').text()).toBe('Дорожная карта (план реализации проекта)');
    expect(wrapper.get('[data-testid="plan-stage-title"]').text()).toBe('Организационный этап');
    const [first, second] = wrapper.findAll('[data-testid="plan-item-row"]');
    expect(first.get('td').text()).toBe('3.');
    expect(first.get('[data-testid="plan-item-period"]').text()).toBe('24.03.2022 - 04.04.2022');
    expect(first.get('[data-testid="plan-item-responsible"]').text()).toBe('Заместитель директора МОУ МОУ «СОШ №12» г. Воркуты');
    expect(first.get('[data-testid="plan-item-status"]').attributes('data-status')).toBe('DONE');
    expect(first.get('[data-testid="plan-item-status-source"]').text()).toBe('по данным диагностики');
    // No number or period written: numbered by position, dated by its dates; the organisation named stands in for the text.
    expect(second.get('td').text()).toBe('2.');
    expect(second.get('[data-testid="plan-item-period"]').text()).toBe('07.10.2022');
    expect(second.get('[data-testid="plan-item-responsible"]').text()).toBe('МОУ «СОШ №12» г. Воркуты');
    // Linked to one occurrence of an event: it opens from the table, and the status says where it comes from.
    const linked = second.get('[data-testid="plan-item-linked-open"]');
    expect(linked.text()).toBe('Круглый стол «Технологии подготовки к ГИА», 07.10.2022');
    expect(linked.attributes('href')).toBe('/events/e1');
    expect(second.get('[data-testid="plan-item-status-source"]').text()).toBe('по данным мероприятия');
    expect(first.get('[data-testid="plan-item-linked-open"]').attributes('href')).toBe('/diagnostics/c1');
  });

  it('links an item to an event found by title, and unlinks it', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanPage, { path: '/plans/pl1', props: { id: 'pl1' }, api: api(true, seen), global: inPlace });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-item-edit"]')).toHaveLength(2));
    await wrapper.findAll('[data-testid="plan-item-edit"]')[1].trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="plan-item-links"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="plan-item-link"]').text()).toContain('Круглый стол «Технологии подготовки к ГИА», 07.10.2022');
    const input = wrapper.get('[data-testid="plan-link-target-input"]');
    await input.setValue('учебный план');
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-link-option"]')).toHaveLength(1));
    expect(seen.find((s) => s.operation === 'PlanLinkTargets')?.variables).toEqual({ kind: 'EVENT', search: 'учебный план' });
    await wrapper.get('[data-testid="plan-link-option"]').trigger('click');
    await wrapper.get('[data-testid="plan-link-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'LinkPlanItem')).toBe(true));
    expect(seen.find((s) => s.operation === 'LinkPlanItem')?.variables).toEqual({ itemId: 'i2', input: { kind: 'EVENT', targetId: 'e9', occurrenceDate: null } });
    await wrapper.get('[data-testid="plan-item-unlink"]').trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'UnlinkPlanItem')?.variables).toEqual({ linkId: 'l2' }));
  });

  it('refuses to link before a record is chosen, asking nothing of the API', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanPage, { path: '/plans/pl1', props: { id: 'pl1' }, api: api(true, seen), global: inPlace });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-item-edit"]')).toHaveLength(2));
    await wrapper.findAll('[data-testid="plan-item-edit"]')[0].trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="plan-link-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="plan-link-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="plan-link-error"]').exists()).toBe(true));
    expect(seen.some((s) => s.operation === 'LinkPlanItem')).toBe(false);
  });

  it('moves an item down past its visible neighbour, sending the whole order with the archived item in its place', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanPage, { path: '/plans/pl1', props: { id: 'pl1' }, api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-item-down"]')).toHaveLength(2));
    expect(wrapper.findAll('[data-testid="plan-item-up"]')[0].attributes('disabled')).toBeDefined();
    expect(wrapper.findAll('[data-testid="plan-item-down"]')[1].attributes('disabled')).toBeDefined();
    await wrapper.findAll('[data-testid="plan-item-down"]')[0].trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'ReorderPlanItems')?.variables).toEqual({ stageId: 's1', ids: ['i2', 'i0', 'i1'] }));
  });

  it('edits an item in a dialog: an end before the start is refused under its field, then the change is sent', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PlanPage, { path: '/plans/pl1', props: { id: 'pl1' }, api: api(true, seen), global: inPlace });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-item-edit"]')).toHaveLength(2));
    await wrapper.findAll('[data-testid="plan-item-edit"]')[0].trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="plan-item-form"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="plan-item-derived-hint"]').text()).toContain('по данным диагностики');
    await wrapper.get('[data-testid="field-endsOn"]').setValue('2022-01-01');
    await wrapper.get('[data-testid="plan-item-form"]').trigger('submit');
    // The client check catches the end before the start first; the API is not asked.
    await waitFor(() => expect(wrapper.find('[data-testid="error-endsOn"]').exists()).toBe(true));
    expect(seen.some((s) => s.operation === 'UpdatePlanItem')).toBe(false);
    await wrapper.get('[data-testid="field-endsOn"]').setValue('2022-04-04');
    await wrapper.get('[data-testid="field-actualResult"]').setValue('Мониторинг проведён');
    await wrapper.get('[data-testid="plan-item-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'UpdatePlanItem')).toBe(true));
    expect(seen.find((s) => s.operation === 'UpdatePlanItem')?.variables).toMatchObject({
      itemId: 'i1',
      input: { title: 'Проведение оценки базовых компетенций педагогов.', periodText: '24.03.2022 - 04.04.2022', endsOn: '2022-04-04', actualResult: 'Мониторинг проведён', status: 'PLANNED' },
    });
  });

  it('offers no changes to who may not edit', async () => {
    const { wrapper } = await mountWithApp(PlanPage, { path: '/plans/pl1', props: { id: 'pl1' }, api: api(false) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-item-row"]')).toHaveLength(2));
    expect(wrapper.find('[data-testid="plan-item-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="plan-item-down"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="plan-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="plan-add-stage"]').exists()).toBe(false);
  });
});
