import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import DocumentListPage from './DocumentListPage.vue';
import DocumentPage from './DocumentPage.vue';
import DocumentTaskListPage from './DocumentTaskListPage.vue';
import { documentFileProblem } from './useDocumentPage';
import { emptyDocumentForm, toCreateDocumentInput, validateDocumentForm } from './document-form';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];
const person = (id: string, fullName: string) => ({ __typename: 'PersonCard', id, fullName });
const task = (id: string, over: Record<string, unknown> = {}) => ({
  __typename: 'DocumentTask',
  id,
  position: 4,
  number: '4.',
  text: 'Осиповой Е.В., заместителю директора, ознакомить педагогический коллектив с дорожной картой проекта в срок до 01.09.2022.',
  dueOn: '2022-09-01',
  responsibleText: 'Осиповой Е.В., заместителю директора',
  status: 'PLANNED',
  state: 'OVERDUE',
  doneOn: null,
  result: '',
  illustrative: false,
  responsible: [person('p1', 'Осипова Е. В.')],
  ...over,
});
const doc = (canEdit = true) => ({
  __typename: 'Document',
  id: 'd1',
  level: 'ORGANIZATION',
  kind: 'ORDER',
  number: '527',
  issuedOn: '2022-08-25',
  title: 'Об утверждении проекта сетевого взаимодействия с МОУ «СОШ №35 с УИОП» г. Воркуты в рамках реализации федерального проекта «500+»',
  issuer: 'Директор М.С.Балашова',
  regionId: null,
  municipalityId: null,
  organizationId: 'o12',
  validFrom: null,
  validUntil: null,
  validity: 'EXPIRED',
  url: null,
  fileName: null,
  fileType: null,
  fileSize: null,
  sourceNote: '',
  tags: ['сетевое взаимодействие', '500+'],
  illustrative: false,
  archivedAt: null,
  canEdit,
  taskCount: 2,
  owner: { __typename: 'DocumentOwner', id: 'o12', kind: 'organization', name: 'МОУ «СОШ №12» г. Воркуты' },
  replacedBy: { __typename: 'Document', id: 'd2', kind: 'ORDER', number: '600', issuedOn: '2023-09-01', title: 'О продолжении проекта' },
  tasks: [task('t4'), task('t5', { number: '5.', state: 'DONE', status: 'DONE', doneOn: '2022-08-31', responsible: [person('p2', 'Степанов Н. В.')], responsibleText: 'Степанову Н.В., технику' })],
});
const page = <T>(nodes: T[], typename: string) => ({ __typename: typename, totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes });

function api(canEdit = true, seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'DocumentPage') return { data: { document: doc(canEdit) } };
    if (operation === 'DocumentList') {
      const { tasks: _t, replacedBy: _r, ...row } = doc();
      return { data: { documents: page([row], 'DocumentConnection') } };
    }
    if (operation === 'DocumentTaskList') {
      const { tasks: _t, replacedBy: _r, ...d } = doc();
      return { data: { documentTasks: page([{ ...task('t4'), document: d }], 'DocumentTaskConnection') } };
    }
    if (operation === 'SetDocumentTaskStatus') return { data: { setDocumentTaskStatus: { __typename: 'DocumentTask', id: 't4', status: 'DONE', state: 'DONE', doneOn: '2026-12-03', result: '' } } };
    if (operation === 'CreateDocumentTask') {
      return { data: null, errors: [{ message: 'Ответственный не найден', extensions: { code: 'NOT_FOUND' } }] };
    }
    return { data: null };
  };
}

describe('DocumentListPage', () => {
  it('lists documents with kind, number, date, level and a validity chip, sending the URL filters', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(DocumentListPage, { path: '/documents?q=приказ&level=ORGANIZATION&validity=EXPIRED&year=2022', api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="document-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="document-row"]').text();
    expect(row).toContain('527');
    expect(row).toContain('25.08.2022');
    expect(row).toContain('Утратил силу');
    expect(wrapper.get('[data-testid="document-link"]').attributes('href')).toBe('/documents/d1');
    expect(seen.find((s) => s.operation === 'DocumentList')?.variables).toMatchObject({
      filter: { search: 'приказ', level: 'ORGANIZATION', validity: 'EXPIRED', year: 2022, archived: 'ACTIVE' },
      orderBy: { field: 'ISSUED_ON', direction: 'DESC' },
    });
  });
});

describe('document tags', () => {
  it('filters the list by the tag in the URL, shows each row’s tags, and a click on a tag filters by it', async () => {
    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(DocumentListPage, { path: '/documents?tag=%20Наставничество', api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="document-row"]')).toHaveLength(1));
    expect(seen.find((s) => s.operation === 'DocumentList')?.variables).toMatchObject({ filter: { tag: 'наставничество' } });
    expect((wrapper.get('[data-testid="filter-tag"]').element as HTMLInputElement).value).toBe('наставничество');
    const tags = wrapper.findAll('[data-testid="document-tag"]');
    expect(tags.map((x) => x.text())).toEqual(['сетевое взаимодействие', '500+']);
    await tags[1]!.trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query['tag']).toBe('500+'));
    await waitFor(() => expect(seen.filter((s) => s.operation === 'DocumentList').at(-1)?.variables).toMatchObject({ filter: { tag: '500+' } }));
  });

  it('shows the tags on the card, each linking to the list filtered by it; the form sends them normalised, at most 20', async () => {
    const { wrapper } = await mountWithApp(DocumentPage, { path: '/documents/d1', props: { id: 'd1' }, api: api() });
    await waitFor(() => expect(wrapper.find('[data-testid="document-tags"]').exists()).toBe(true));
    const links = wrapper.findAll('[data-testid="document-tags"] a');
    expect(links.map((a) => [a.text(), decodeURIComponent(a.attributes('href') ?? '')])).toEqual([
      ['сетевое взаимодействие', '/documents?tag=сетевое+взаимодействие'],
      ['500+', '/documents?tag=500+'],
    ]);
    const m = { required: 'req', validity: 'val', url: 'url', tooManyTags: 'tags' };
    const form = { ...emptyDocumentForm(), level: 'FEDERAL' as const, kind: 'LAW' as const, title: 'Закон', tags: ' ФГОС, фгос ,  Сетевое   взаимодействие,' };
    expect(toCreateDocumentInput(form).tags).toEqual(['фгос', 'сетевое взаимодействие']);
    expect(validateDocumentForm({ ...form, tags: Array.from({ length: 21 }, (_, i) => `м${i}`).join(',') }, false, m)).toEqual({ tags: 'tags' });
  });
});

describe('DocumentPage', () => {
  it('shows the order as cited: caption, issuer, the replacing document, and its tasks with deadlines, responsible and state', async () => {
    const { wrapper } = await mountWithApp(DocumentPage, { path: '/documents/d1', props: { id: 'd1' }, api: api() });
    await waitFor(() => expect(wrapper.findAll('[data-testid="document-task-text"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="document-caption"]').text()).toBe('Приказ № 527 от 25.08.2022');
    expect(wrapper.get('[data-testid="document-issuer"]').text()).toBe('Директор М.С.Балашова');
    expect(wrapper.get('[data-testid="document-validity"]').text()).toBe('Утратил силу');
    expect(wrapper.get('[data-testid="document-replaced-by"]').attributes('href')).toBe('/documents/d2');
    expect(wrapper.get('[data-testid="document-no-file"]').text()).toBe('Файл не приложен');
    expect(wrapper.findAll('[data-testid="document-task-state"]').map((x) => x.text())).toEqual(['Просрочено', 'Выполнено']);
    expect(wrapper.get('[data-testid="document-tasks"]').text()).toContain('Осипова Е. В.');
    expect(wrapper.findAll('[data-testid="document-task-done"]')).toHaveLength(1);
  });

  it('marks a planned task done', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(DocumentPage, { path: '/documents/d1', props: { id: 'd1' }, api: api(true, seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="document-task-done"]').exists()).toBe(true));
    await wrapper.get('[data-testid="document-task-done"]').trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'SetDocumentTaskStatus')?.variables).toEqual({ taskId: 't4', input: { status: 'DONE' } }));
  });

  it('offers no changes to a reader who may not keep the document', async () => {
    const { wrapper } = await mountWithApp(DocumentPage, { path: '/documents/d1', props: { id: 'd1' }, api: api(false) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="document-task-text"]')).toHaveLength(2));
    expect(wrapper.find('[data-testid="document-task-done"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="document-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="document-attach"]').exists()).toBe(false);
  });

  it('shows the API’s refusal of an unknown responsible in the task dialog', async () => {
    const { wrapper } = await mountWithApp(DocumentPage, { path: '/documents/d1', props: { id: 'd1' }, api: api(), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(wrapper.find('[data-testid="document-add-task"]').exists()).toBe(true));
    await wrapper.get('[data-testid="document-add-task"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="document-task-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="document-task-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.text()).toContain('Обязательное поле'));
    await wrapper.get('[data-testid="field-text"]').setValue('Разместить приказ на сайте');
    await wrapper.get('[data-testid="document-task-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="document-task-general-error"]').text()).toContain('Ответственный не найден'));
  });
});

describe('DocumentTaskListPage', () => {
  it('lists tasks across orders with their order, deadline and state; filters go to the API from the URL', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(DocumentTaskListPage, { path: '/documents/tasks?state=OVERDUE&mine=1', api: api(true, seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="document-task-row"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="task-document-link"]').text()).toBe('Приказ № 527 от 25.08.2022');
    expect(wrapper.get('[data-testid="task-state"]').text()).toBe('Просрочено');
    expect(seen.find((s) => s.operation === 'DocumentTaskList')?.variables).toMatchObject({ filter: { state: 'OVERDUE', mine: true }, orderBy: { field: 'DUE_ON', direction: 'ASC' } });
  });
});

describe('document form and file rules', () => {
  it('needs the owner its level names, validity in order and a web address; sends only that owner', () => {
    const m = { required: 'req', validity: 'val', url: 'url', tooManyTags: 'tags' };
    const form = { ...emptyDocumentForm(), level: 'MUNICIPAL' as const, kind: 'REGULATION' as const, title: 'Положение', validFrom: '2026-05-01', validUntil: '2026-04-01', url: 'ftp://x' };
    expect(validateDocumentForm(form, false, m)).toEqual({ municipalityId: 'req', validUntil: 'val', url: 'url' });
    expect(validateDocumentForm({ ...form, level: 'FEDERAL', validUntil: '', url: '' }, false, m)).toEqual({});
    const input = toCreateDocumentInput({ ...form, municipalityId: 'm1', organizationId: 'o1', validUntil: '', url: '' });
    expect(input).toMatchObject({ level: 'MUNICIPAL', municipalityId: 'm1', validUntil: null, url: null });
    expect(input).not.toHaveProperty('organizationId');
  });

  it('accepts pdf, docx, doc up to 10 MB', () => {
    expect(documentFileProblem({ name: 'Приказ.PDF', size: 1000 })).toBeNull();
    expect(documentFileProblem({ name: 'a.docx', size: 10 * 1024 * 1024 + 1 })).toBe('tooLarge');
    expect(documentFileProblem({ name: 'scan.png', size: 10 })).toBe('wrongType');
    expect(documentFileProblem({ name: 'a.doc', size: 0 })).toBe('emptyFile');
  });
});
