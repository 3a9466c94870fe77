import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { useSessionStore } from '@/modules/auth/session.store';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import InstrumentListPage from './InstrumentListPage.vue';
import InstrumentPage from './InstrumentPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];
const c1 = { __typename: 'Competence', id: 'c1', code: 'SH2.1', name: 'Задача урока' };
const c2 = { __typename: 'Competence', id: 'c2', code: 'SH3.3', name: 'Мотивация' };

const instrument = (status: 'DRAFT' | 'PUBLISHED') => ({
  __typename: 'DiagnosticInstrument',
  id: 'i1',
  code: 'SHADRIKOV-BASE',
  version: 1,
  name: 'Оценка базовых компетентностей',
  description: '',
  status,
  frameworkId: 'f1',
  previousVersionId: null,
  publishedAt: null,
  archivedAt: null,
  canEdit: status === 'DRAFT',
  canManage: true,
  itemCount: 2,
  framework: { __typename: 'CompetencyFramework', id: 'f1', code: 'SHADRIKOV', version: 1, name: 'Шадриков' },
  items: [
    { __typename: 'DiagnosticItem', id: 'it1', position: 1, kind: 'SCALE', text: 'Ставлю задачу урока', scaleMin: 1, scaleMax: 5, weight: 1, options: [], competence: c1 },
    {
      __typename: 'DiagnosticItem',
      id: 'it2',
      position: 2,
      kind: 'SINGLE_CHOICE',
      text: 'Как мотивируете?',
      scaleMin: null,
      scaleMax: null,
      weight: 2,
      options: [
        { __typename: 'DiagnosticItemOption', key: '1', label: 'Никак', score: 0 },
        { __typename: 'DiagnosticItemOption', key: '2', label: 'Интересом', score: 2 },
      ],
      competence: c2,
    },
  ],
  scoringRules: [{ __typename: 'DiagnosticScoringRule', id: 'r1', aggregation: 'MEAN', deficitBelow: 50, proficitFrom: 80, competence: c1 }],
});

function api(status: 'DRAFT' | 'PUBLISHED', seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Instrument') return { data: { diagnosticInstrument: instrument(status) } };
    if (operation === 'FrameworkCompetences') {
      return { data: { competencyFramework: { __typename: 'CompetencyFramework', id: 'f1', areas: [{ __typename: 'CompetenceArea', id: 'a', code: 'SH2', name: 'Область', competences: [c1, c2] }] } } };
    }
    if (operation === 'SetDiagnosticScoringRule') return { data: { setDiagnosticScoringRule: instrument(status) } };
    if (operation === 'MoveDiagnosticItem') return { data: { moveDiagnosticItem: instrument(status) } };
    return { data: null };
  };
}

describe('InstrumentPage', () => {
  it('lists items with kind and answer, and warns about competences without a rule', async () => {
    const { wrapper } = await mountWithApp(InstrumentPage, { path: '/instruments/i1', props: { id: 'i1' }, api: api('DRAFT') });
    await waitFor(() => expect(wrapper.findAll('[data-testid="item-position"]')).toHaveLength(2));
    expect(wrapper.findAll('[data-testid="item-kind"]').map((w) => w.text())).toEqual(['Шкала', 'Один вариант']);
    expect(wrapper.text()).toContain('Никак = 0; Интересом = 2');
    expect(wrapper.get('[data-testid="rules-missing"]').text()).toBe('Перед публикацией задайте правила для компетенций: SH3.3');
    expect(wrapper.findAll('[data-testid="rule-row"]')).toHaveLength(2);
    expect(wrapper.find('[data-testid="instrument-publish"]').exists()).toBe(true);
  });

  it('moves an item down and saves a rule, checking the thresholds first', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(InstrumentPage, { path: '/instruments/i1', props: { id: 'i1' }, api: api('DRAFT', seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="item-down"]')).toHaveLength(2));
    await wrapper.findAll('[data-testid="item-down"]')[0].trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'MoveDiagnosticItem')?.variables).toEqual({ id: 'it1', position: 2 }));

    const missing = wrapper.findAll('[data-testid="rule-row"]')[1];
    await missing.get('[data-testid="rule-save"]').trigger('click');
    await waitFor(() => expect(wrapper.findAll('[data-testid="error-deficitBelow"]')).toHaveLength(1));
    expect(seen.some((s) => s.operation === 'SetDiagnosticScoringRule')).toBe(false);

    const first = wrapper.findAll('[data-testid="rule-row"]')[0];
    await first.get('[data-testid="rule-save"]').trigger('click');
    await waitFor(() => expect(seen.find((s) => s.operation === 'SetDiagnosticScoringRule')?.variables).toEqual({ id: 'i1', input: { competenceId: 'c1', aggregation: 'MEAN', deficitBelow: 50, proficitFrom: 80 } }));
  });

  it('checks a new item in the dialog before sending', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(InstrumentPage, { path: '/instruments/i1', props: { id: 'i1' }, api: api('DRAFT', seen), attachTo: document.body });
    await waitFor(() => expect(wrapper.find('[data-testid="item-add"]').exists()).toBe(true));
    await wrapper.get('[data-testid="item-add"]').trigger('click');
    const form = await waitFor(() => {
      const found = document.querySelector('[data-testid="item-form"]');
      expect(found).not.toBeNull();
      return found as HTMLFormElement;
    });
    form.dispatchEvent(new Event('submit'));
    await waitFor(() => expect(document.querySelector('[data-testid="error-text"]')?.textContent).toBe('Обязательное поле'));
    expect(seen.some((s) => s.operation === 'AddDiagnosticItem')).toBe(false);
  });

  it('keeps a published instrument read-only', async () => {
    const { wrapper } = await mountWithApp(InstrumentPage, { path: '/instruments/i1', props: { id: 'i1' }, api: api('PUBLISHED') });
    await waitFor(() => expect(wrapper.find('[data-testid="instrument-readonly"]').exists()).toBe(true));
    for (const id of ['item-add', 'item-edit', 'item-remove', 'rule-save', 'instrument-publish', 'rules-missing']) expect(wrapper.find(`[data-testid="${id}"]`).exists()).toBe(false);
    expect(wrapper.find('[data-testid="instrument-new-version"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="rule-readonly"]').text()).toBe('Среднее (с весами) · дефицит ниже 50 % · профицит от 80 %');
  });
});

describe('instrument import', () => {
  const report = (dryRun: boolean, errors: { sheet: string; line: number; column: string | null; message: string }[] = []) => ({
    data: {
      importDiagnosticInstrument: {
        __typename: 'InstrumentImport',
        dryRun,
        items: [{ __typename: 'InstrumentImportItem', line: 2, position: 1, competenceCode: 'SH2.1', kind: 'SCALE', text: 'Ставлю задачу', scaleMin: 1, scaleMax: 5, weight: 1, options: [] }],
        rules: [],
        errors: errors.map((e) => ({ __typename: 'InstrumentImportError', ...e })),
        instrument: dryRun ? null : { __typename: 'DiagnosticInstrument', id: 'new', code: 'M1', version: 1, name: 'Из файла', status: 'DRAFT', itemCount: 1 },
      },
    },
  });

  async function openDialog(importApi: (dryRun: boolean) => unknown, seen: Seen) {
    const { wrapper, router } = await mountWithApp(InstrumentListPage, {
      path: '/instruments?framework=f1',
      attachTo: document.body,
      api: (operation, variables) => {
        seen.push({ operation, variables });
        if (operation === 'InstrumentList') return { data: { diagnosticInstruments: { __typename: 'DiagnosticInstrumentConnection', totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } };
        if (operation === 'PublishedFrameworks') return { data: { competencyFrameworks: { __typename: 'CompetencyFrameworkConnection', nodes: [{ __typename: 'CompetencyFramework', id: 'f1', code: 'SHADRIKOV', version: 1, name: 'Шадриков' }] } } };
        if (operation === 'ImportInstrument') return importApi(((variables['input'] as Record<string, unknown>)['dryRun']) as boolean);
        return { data: null };
      },
    });
    useSessionStore().setMe({ __typename: 'Me', id: 'u1', login: 'user', displayName: 'Пользователь', personId: null, grants: [], permissions: ['COMPETENCE_READ', 'INSTRUMENT_WRITE'] });
    await waitFor(() => expect(wrapper.find('[data-testid="instrument-import-open"]').exists()).toBe(true));
    await wrapper.get('[data-testid="instrument-import-open"]').trigger('click');
    await waitFor(() => expect(document.querySelector('[data-testid="instrument-import-form"]')).not.toBeNull());
    const q = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
    for (const [id, value] of [['field-code', 'M1'], ['field-name', 'Из файла']]) {
      q(id).value = value;
      q(id).dispatchEvent(new Event('input'));
    }
    Object.defineProperty(q('import-file'), 'files', { value: [new File(['PK'], 'методика.xlsx')], configurable: true });
    q('import-file').dispatchEvent(new Event('change'));
    return { wrapper, router, q };
  }

  const disabled = (el: Element) => (el as HTMLButtonElement).disabled;

  it('shows the errors of a dry run and keeps «Загрузить» off', async () => {
    const seen: Seen = [];
    const { q } = await openDialog((dryRun) => report(dryRun, [{ sheet: 'Задания', line: 3, column: 'Код компетенции', message: 'Компетенции «XX» нет в рамке методики' }]), seen);
    expect(disabled(q('import-run'))).toBe(true);
    q('instrument-import-form').dispatchEvent(new Event('submit'));
    await waitFor(() => expect(document.querySelectorAll('[data-testid="import-error-row"]')).toHaveLength(1));
    expect(disabled(q('import-run'))).toBe(true);
    expect(seen.find((s) => s.operation === 'ImportInstrument')?.variables).toMatchObject({ input: { frameworkId: 'f1', code: 'M1', name: 'Из файла', fileName: 'методика.xlsx', dryRun: true } });
  });

  it('imports after a clean dry run and opens the new draft', async () => {
    const seen: Seen = [];
    const { q, router } = await openDialog((dryRun) => report(dryRun), seen);
    q('instrument-import-form').dispatchEvent(new Event('submit'));
    await waitFor(() => expect(q('import-clean')).not.toBeNull());
    expect(document.querySelectorAll('[data-testid="import-item-row"]')).toHaveLength(1);
    expect(disabled(q('import-run'))).toBe(false);
    q('import-run').click();
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/instruments/new'));
    expect(seen.filter((s) => s.operation === 'ImportInstrument').map((s) => (s.variables['input'] as { dryRun: boolean }).dryRun)).toEqual([true, false]);
  });
});
