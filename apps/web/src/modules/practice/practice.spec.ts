import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import PracticeFormPage from './PracticeFormPage.vue';
import PracticeListPage from './PracticeListPage.vue';
import PracticePage from './PracticePage.vue';
import { parsePracticeListQuery, parseTags, snippetParts, toPracticeFilter, toPracticeListQuery } from './practice-list-state';
import { toCreatePracticeInput, emptyPracticeForm, validatePracticeForm } from './practice-form';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];
const NET = '11111111-1111-4111-8111-111111111111';

const card = (state = 'ON_REVIEW', canReview = true, canEdit = false) => ({
  __typename: 'Practice',
  id: 'p1',
  title: 'Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города',
  organizationId: 'o3',
  networkId: 'n1',
  problem: 'Повышение профессиональных компетенций педагогов.',
  solutions: 'Внедрение инструмента эффективного наставничества в деятельность ОО',
  mechanisms: 'Флэш-наставничество',
  products: 'Программа Мастерской «Профиль наставников ПОС»',
  result: 'повышение проф.компетенций педагогов',
  tags: ['наставничество', 'пос'],
  state,
  returnReason: null,
  submittedAt: null,
  publishedAt: null,
  illustrative: false,
  archivedAt: null,
  canEdit,
  canReview,
  organization: { __typename: 'NetworkOrganization', id: 'o3', name: 'МОУ «Средняя школа №3»', shortName: 'СШ № 3 г. Ярославля', municipalityName: 'городской округ город Ярославль' },
  network: { __typename: 'PracticeRef', id: 'n1', title: 'МИП «Наставничество»' },
  authors: [],
  competences: [],
  attachments: [],
  methodologicalProducts: [{ __typename: 'MethodologicalProduct', id: 'm1', kind: 'PROGRAMME', title: 'Программа Мастерской «Профиль наставников ПОС»', year: 2025 }],
});

function api(seen: Seen = [], over: Partial<ReturnType<typeof card>> = {}): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'PracticePage') return { data: { practice: { ...card(), ...over } } };
    if (operation === 'PracticeNetworkOptions') return { data: { networks: { __typename: 'NetworkConnection', nodes: [{ __typename: 'Network', id: 'n1', name: 'МИП «Наставничество»' }] } } };
    if (operation === 'Municipalities') return { data: { municipalities: [] } };
    if (operation === 'PracticeList') {
      const c = card('PUBLISHED', false);
      return {
        data: {
          practices: {
            __typename: 'PracticeConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            nodes: [{ __typename: 'Practice', id: c.id, title: c.title, state: c.state, tags: c.tags, illustrative: false, archivedAt: null, updatedAt: '2026-01-01T00:00:00Z', publishedAt: null, snippet: 'Внедрение инструмента эффективного [[наставничества]] в <b>ОО</b>', organization: c.organization, network: c.network }],
          },
        },
      };
    }
    if (operation === 'PublishPractice') return { data: { publishPractice: { __typename: 'Practice', id: 'p1', state: 'PUBLISHED', publishedAt: '2026-01-01T00:00:00Z', canReview: false } } };
    if (operation === 'ReturnPractice') return { data: { returnPractice: { __typename: 'Practice', id: 'p1', state: 'RETURNED', returnReason: variables['reason'], canReview: false } } };
    if (operation === 'SubmitPractice') return { data: { submitPractice: { __typename: 'Practice', id: 'p1', state: 'ON_REVIEW', returnReason: null, canEdit: true, canReview: false, networkId: 'n1' } } };
    return { data: null };
  };
}

describe('practice list state and helpers', () => {
  it('keeps the filters in the URL and back; unknown values are dropped', () => {
    const s = parsePracticeListQuery({ q: 'наставник', state: 'PUBLISHED', net: NET, tag: 'пос', org: 'не-uuid', archived: 'ALL' });
    expect(s).toMatchObject({ search: 'наставник', state: 'PUBLISHED', networkId: NET, tag: 'пос', organizationId: null, archived: 'ALL' });
    expect(toPracticeListQuery(s)).toEqual({ q: 'наставник', state: 'PUBLISHED', net: NET, tag: 'пос', archived: 'ALL' });
    expect(toPracticeFilter(s, true)).toMatchObject({ state: 'ON_REVIEW', reviewable: true, search: 'наставник' });
  });

  it('splits a snippet into marked matches without parsing HTML; tags are split, trimmed, lower-cased, unique', () => {
    expect(snippetParts('a [[b]] c [[d]]')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c ', match: false },
      { text: 'd', match: true },
    ]);
    expect(snippetParts(null)).toEqual([]);
    expect(parseTags(' ПОС, наставничество ,, пос ')).toEqual(['пос', 'наставничество']);
  });

  it('checks the form: a title and a school for a new card; sends tags as a list', () => {
    const form = { ...emptyPracticeForm(), tags: 'ПОС, флэш' };
    expect(validatePracticeForm(form, false, { required: 'Обязательное поле', tooManyTags: 'много' })).toEqual({ title: 'Обязательное поле', organizationId: 'Обязательное поле' });
    expect(toCreatePracticeInput({ ...form, title: ' Практика ', organizationId: 'o1' })).toMatchObject({ title: 'Практика', organizationId: 'o1', tags: ['пос', 'флэш'] });
  });
});

describe('PracticeListPage', () => {
  it('searches with the URL’s words, sorts by relevance, and marks the matched words of the snippet (as text)', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PracticeListPage, { path: '/practices?q=наставник', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="practice-row"]')).toHaveLength(1));
    const sent = seen.find((s) => s.operation === 'PracticeList')!.variables;
    expect(sent).toMatchObject({ filter: { search: 'наставник', archived: 'ACTIVE' }, search: 'наставник', orderBy: { field: 'RELEVANCE', direction: 'DESC' } });
    const snippet = wrapper.get('[data-testid="practice-snippet"]');
    expect(snippet.get('mark').text()).toBe('наставничества');
    expect(snippet.find('b').exists()).toBe(false);
    expect(snippet.text()).toContain('<b>ОО</b>');
  });
});

describe('PracticePage', () => {
  it('shows the five sections in order, the products, and the reviewer’s actions; publishes', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PracticePage, { path: '/practices/p1', props: { id: 'p1' }, api: api(seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="practice-title"]').exists()).toBe(true));
    const sections = wrapper.findAll('[data-testid^="practice-section-"]').map((s) => s.attributes('data-testid'));
    expect(sections).toEqual(['practice-section-problem', 'practice-section-solutions', 'practice-section-mechanisms', 'practice-section-products', 'practice-section-result']);
    expect(wrapper.get('[data-testid="practice-section-solutions"]').text()).toContain('Способы решения');
    expect(wrapper.get('[data-testid="practice-products"]').text()).toContain('Программа Мастерской «Профиль наставников ПОС»');
    expect(wrapper.get('[data-testid="practice-authors"]').text()).toBe('Авторы не указаны');
    expect(wrapper.find('[data-testid="practice-submit"]').exists()).toBe(false);
    await wrapper.get('[data-testid="practice-publish"]').trigger('click');
    await waitFor(() => expect(seen.some((s) => s.operation === 'PublishPractice' && s.variables['id'] === 'p1')).toBe(true));
  });

  it('asks for a reason before returning a card', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PracticePage, { path: '/practices/p1', props: { id: 'p1' }, api: api(seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="practice-return"]').exists()).toBe(true));
    await wrapper.get('[data-testid="practice-return"]').trigger('click');
    await wrapper.get('[data-testid="practice-return-send"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Обязательное поле');
    expect(seen.some((s) => s.operation === 'ReturnPractice')).toBe(false);
    await wrapper.get('[data-testid="practice-reason"]').setValue('Опишите механизмы');
    await wrapper.get('[data-testid="practice-return-send"]').trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'ReturnPractice')?.variables).toEqual({ id: 'p1', reason: 'Опишите механизмы' }));
  });

  it('an author sends a draft to review; no reviewer actions', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PracticePage, { path: '/practices/p1', props: { id: 'p1' }, api: api(seen, { state: 'DRAFT', canReview: false, canEdit: true }) });
    await waitFor(() => expect(wrapper.find('[data-testid="practice-submit"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="practice-publish"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="practice-edit"]').exists()).toBe(true);
    await wrapper.get('[data-testid="practice-submit"]').trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'SubmitPractice')?.variables).toEqual({ id: 'p1', networkId: null }));
  });
});

describe('PracticeFormPage', () => {
  it('checks the required fields before sending', async () => {
    const seen: string[] = [];
    const { wrapper } = await mountWithApp(PracticeFormPage, { path: '/practices/new', api: (operation) => (seen.push(operation), { data: null }) });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="error-title"]').text()).toBe('Обязательное поле');
    expect(wrapper.get('[data-testid="error-organizationId"]').text()).toBe('Обязательное поле');
    expect(seen).not.toContain('CreatePractice');
  });
});
