import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import type { Permission } from '@/gql/graphql';
import { useSessionStore } from '@/modules/auth/session.store';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import FrameworkListPage from './FrameworkListPage.vue';
import FrameworkPage from './FrameworkPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

/** Signs in an account holding these permissions (what `me.permissions` says). */
const signIn = (...permissions: Permission[]) =>
  useSessionStore().setMe({ __typename: 'Me', id: 'u1', login: 'user', displayName: 'Пользователь', personId: null, grants: [], permissions });

const framework = (status: 'DRAFT' | 'PUBLISHED', canManage = true) => ({
  __typename: 'CompetencyFramework',
  id: 'f1',
  code: 'SHADRIKOV',
  version: 2,
  name: 'Базовые компетентности педагога',
  description: '',
  status,
  previousVersionId: 'f0',
  publishedAt: null,
  archivedAt: null,
  canEdit: canManage && status === 'DRAFT',
  canManage,
  competenceCount: 1,
  areas: [
    {
      __typename: 'CompetenceArea',
      id: 'a1',
      code: 'SH2',
      name: 'Постановка целей и задач',
      position: 1,
      competences: [
        {
          __typename: 'Competence',
          id: 'c1',
          areaId: 'a1',
          code: 'SH2.1',
          name: 'Умение перевести тему урока в педагогическую задачу',
          description: '',
          position: 1,
          indicators: [{ __typename: 'CompetenceIndicator', id: 'i1', code: 'SH2.1.1', name: 'Формулирует задачу', position: 1 }],
        },
      ],
    },
  ],
});

function api(status: 'DRAFT' | 'PUBLISHED', seen: Seen = [], canManage = true): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Framework') return { data: { competencyFramework: framework(status, canManage) } };
    if (operation === 'AddCompetence') {
      return { errors: [{ message: 'Компетенция с таким кодом уже есть в этой рамке', extensions: { code: 'CONFLICT', fields: [{ field: 'code', message: 'Компетенция с таким кодом уже есть в этой рамке' }] } }] };
    }
    if (operation === 'FrameworkList') {
      const { areas: _a, ...row } = framework(status, canManage);
      return { data: { competencyFrameworks: { __typename: 'CompetencyFrameworkConnection', totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [row] } } };
    }
    return { data: null };
  };
}

describe('FrameworkPage', () => {
  it('shows the tree of a draft with editing controls, publish and no «Новая версия»', async () => {
    const { wrapper } = await mountWithApp(FrameworkPage, { path: '/competences/f1', props: { id: 'f1' }, api: api('DRAFT') });
    await waitFor(() => expect(wrapper.find('[data-testid="framework-tree"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="tree-area-code"]').text()).toBe('SH2');
    expect(wrapper.get('[data-testid="tree-competence-code"]').text()).toBe('SH2.1');
    expect(wrapper.findAll('[data-testid="tree-indicator"]')).toHaveLength(1);
    expect(wrapper.find('[data-testid="framework-publish"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="framework-new-version"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tree-area-add"]').exists()).toBe(true);
  });

  it('adds a competence inline, suggesting the next code, and shows the API’s field error under the field', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(FrameworkPage, { path: '/competences/f1', props: { id: 'f1' }, api: api('DRAFT', seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="tree-competence-add"]').exists()).toBe(true));
    await wrapper.get('[data-testid="tree-competence-add"]').trigger('click');
    const form = wrapper.get('[data-testid="tree-competence-form"]');
    expect((form.get('[data-testid="field-code"]').element as HTMLInputElement).value).toBe('SH2.2');
    await form.get('[data-testid="field-name"]').setValue('Новая компетенция');
    await form.trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-code"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-code"]').text()).toBe('Компетенция с таким кодом уже есть в этой рамке');
    expect(seen.find((s) => s.operation === 'AddCompetence')?.variables).toEqual({ id: 'a1', input: { code: 'SH2.2', name: 'Новая компетенция', description: '' } });
  });

  it('checks the node form before sending', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(FrameworkPage, { path: '/competences/f1', props: { id: 'f1' }, api: api('DRAFT', seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="tree-area-add"]').exists()).toBe(true));
    await wrapper.get('[data-testid="tree-area-add"]').trigger('click');
    const form = wrapper.get('[data-testid="tree-area-form"]');
    await form.get('[data-testid="field-code"]').setValue('с пробелом');
    await form.trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-name"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-code"]').text()).toBe('Код — буквы, цифры, точка, дефис или подчёркивание, без пробелов');
    expect(seen.some((s) => s.operation === 'AddCompetenceArea')).toBe(false);
  });

  it('keeps a published version read-only and offers «Новая версия»', async () => {
    const { wrapper } = await mountWithApp(FrameworkPage, { path: '/competences/f1', props: { id: 'f1' }, api: api('PUBLISHED') });
    await waitFor(() => expect(wrapper.find('[data-testid="framework-readonly"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="framework-new-version"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="framework-publish"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tree-area-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tree-area-add"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="version-status"]').text()).toBe('Действует');
  });

  it('shows readers no controls at all', async () => {
    const { wrapper } = await mountWithApp(FrameworkPage, { path: '/competences/f1', props: { id: 'f1' }, api: api('DRAFT', [], false) });
    await waitFor(() => expect(wrapper.find('[data-testid="framework-tree"]').exists()).toBe(true));
    for (const id of ['framework-publish', 'framework-new-version', 'framework-archive', 'framework-edit', 'tree-area-add', 'tree-competence-edit']) {
      expect(wrapper.find(`[data-testid="${id}"]`).exists()).toBe(false);
    }
  });
});

describe('FrameworkListPage', () => {
  it('lists frameworks with status and filters from the URL; «Новая рамка» only for who may', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(FrameworkListPage, { path: '/competences?status=PUBLISHED', api: api('PUBLISHED', seen) });
    signIn('COMPETENCE_READ', 'COMPETENCE_WRITE');
    await waitFor(() => expect(wrapper.findAll('[data-testid="framework-row"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="framework-row-code"]').text()).toBe('SHADRIKOV');
    expect(wrapper.get('[data-testid="version-status"]').text()).toBe('Действует');
    expect(wrapper.find('[data-testid="framework-create"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="framework-row-archive"]').exists()).toBe(true);
    expect(seen.find((s) => s.operation === 'FrameworkList')?.variables).toMatchObject({ filter: { status: 'PUBLISHED', archived: 'ACTIVE' } });

    const reader = await mountWithApp(FrameworkListPage, { path: '/competences', api: api('PUBLISHED', [], false) });
    signIn('COMPETENCE_READ', 'INSTRUMENT_WRITE');
    await waitFor(() => expect(reader.wrapper.findAll('[data-testid="framework-row"]')).toHaveLength(1));
    expect(reader.wrapper.find('[data-testid="framework-create"]').exists()).toBe(false);
    expect(reader.wrapper.find('[data-testid="framework-row-archive"]').exists()).toBe(false);
  });
});
