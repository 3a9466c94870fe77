import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import FillPage from './FillPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

type Seen = { operation: string; variables: Record<string, unknown> }[];
const OPTIONS = [
  { __typename: 'DiagnosticFormOption', key: 'serious', label: 'Испытываю серьёзные затруднения' },
  { __typename: 'DiagnosticFormOption', key: 'none', label: 'Затруднений нет' },
];
const item = (n: number, kind: string, code: string) => ({
  __typename: 'DiagnosticFormItem',
  id: `i${n}`,
  position: n,
  competenceId: code,
  competenceCode: code,
  competenceName: `Компетенция ${code}`,
  kind,
  text: `Вопрос ${n}`,
  scaleMin: kind === 'SCALE' ? 1 : null,
  scaleMax: kind === 'SCALE' ? 5 : null,
  required: kind !== 'TEXT',
  options: kind === 'SINGLE_CHOICE' ? OPTIONS : [],
});
const form = (o: { status?: string | null; blockedReason?: string | null; answers?: unknown[] } = {}) => ({
  __typename: 'DiagnosticForm',
  participantId: 'p1',
  role: 'SELF',
  campaignId: 'c1',
  campaignName: 'Диагностика молодых педагогов',
  instrumentName: 'Диагностика профессиональных дефицитов',
  instructions: 'Выберите вариант',
  opensOn: '2026-11-01',
  closesOn: '2027-06-30',
  personName: 'Филиппов Максим Игоревич',
  organizationName: 'МОУ «СОШ №12»',
  status: o.status ?? null,
  submittedAt: o.status === 'SUBMITTED' ? '2026-11-23T10:00:00.000Z' : null,
  savedAt: null,
  blockedReason: o.blockedReason ?? null,
  items: [item(1, 'SINGLE_CHOICE', 'PP1'), item(2, 'SCALE', 'PP1'), item(3, 'TEXT', 'ME3')],
  answers: o.answers ?? [],
});

function api(seen: Seen, answer: (op: string) => unknown = () => null): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    const custom = answer(operation);
    if (custom) return custom;
    if (operation === 'DiagnosticForm') return { data: { diagnosticForm: form({ answers: [{ __typename: 'DiagnosticAnswer', itemId: 'i1', scale: null, option: 'none', options: null, text: null }] }) } };
    if (operation === 'SaveDiagnosticDraft') return { data: { saveDiagnosticDraft: form({ status: 'DRAFT' }) } };
    if (operation === 'SubmitDiagnosticResponse') return { data: { submitDiagnosticResponse: form({ status: 'SUBMITTED', blockedReason: 'Ответ уже отправлен 23.11.2026: повторно отправить или изменить его нельзя' }) } };
    return { data: null };
  };
}

const mountPage = (fake: FakeApi) => mountWithApp(FillPage, { path: '/diagnostics/fill/p1/self', props: { participantId: 'p1', role: 'self' }, api: fake, global: { stubs: { teleport: true } } });

describe('FillPage', () => {
  it('restores the saved answers, groups items by competence and saves a draft with the answered items only', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api(seen));
    await waitFor(() => expect(wrapper.find('[data-testid="fill-item-1"]').exists()).toBe(true));
    expect(wrapper.findAll('[data-testid^="fill-group-"]').map((g) => g.attributes('data-testid'))).toEqual(['fill-group-PP1', 'fill-group-ME3']);
    expect(wrapper.get('[data-testid="fill-progress"]').text()).toBe('Отвечено на 1 из 2 обязательных вопросов');
    expect((wrapper.get('[data-testid="fill-item-1-option-none"] input').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('[data-testid="fill-item-2-value-4"] input').setValue(true);
    await wrapper.get('[data-testid="fill-save"]').trigger('click');
    await waitFor(() => expect(seen.some((s) => s.operation === 'SaveDiagnosticDraft')).toBe(true));
    expect(seen.find((s) => s.operation === 'SaveDiagnosticDraft')!.variables).toEqual({
      input: { participantId: 'p1', role: 'SELF', answers: [{ itemId: 'i1', option: 'none' }, { itemId: 'i2', scale: 4 }] },
    });
  });

  it('marks unanswered required items instead of asking to submit, then submits once after confirmation', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api(seen));
    await waitFor(() => expect(wrapper.find('[data-testid="fill-submit"]').exists()).toBe(true));
    await wrapper.get('[data-testid="fill-submit"]').trigger('click');
    expect(wrapper.get('[data-testid="fill-error"]').text()).toBe('Не отвечено на 1 обязательный вопрос — он отмечен ниже');
    expect(wrapper.find('[data-testid="fill-item-2-missing"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="fill-item-3-missing"]').exists()).toBe(false);
    expect(seen.some((s) => s.operation === 'SubmitDiagnosticResponse')).toBe(false);

    await wrapper.get('[data-testid="fill-item-2-value-5"] input').setValue(true);
    await waitFor(() => expect(wrapper.find('[data-testid="fill-item-2-missing"]').exists()).toBe(false));
    await wrapper.get('[data-testid="fill-submit"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="fill-confirm-ok"]').exists()).toBe(true));
    await wrapper.get('[data-testid="fill-confirm-ok"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="fill-blocked"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="fill-blocked"]').text()).toMatch(/^Ответ уже отправлен/);
    expect(wrapper.find('[data-testid="fill-submit"]').exists()).toBe(false);
    expect(seen.filter((s) => s.operation === 'SubmitDiagnosticResponse')).toHaveLength(1);
  });

  it('shows the API’s refusal (late submission) and marks the items it names', async () => {
    const seen: Seen = [];
    const late = { data: null, errors: [{ message: 'Срок приёма ответов истёк 30.06.2027', extensions: { code: 'BAD_USER_INPUT', fields: [] } }] };
    const missing = { data: null, errors: [{ message: 'Ответьте на все вопросы: не заполнены № 2', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'items.i2', message: 'Ответьте на этот вопрос' }] } }] };
    let calls = 0;
    const { wrapper } = await mountPage(api(seen, (op) => (op === 'SubmitDiagnosticResponse' ? (calls++ === 0 ? late : missing) : null)));
    await waitFor(() => expect(wrapper.find('[data-testid="fill-submit"]').exists()).toBe(true));
    await wrapper.get('[data-testid="fill-item-2-value-3"] input').setValue(true);
    for (const expected of ['Срок приёма ответов истёк 30.06.2027', 'Ответьте на все вопросы: не заполнены № 2']) {
      await wrapper.get('[data-testid="fill-submit"]').trigger('click');
      await waitFor(() => expect(wrapper.find('[data-testid="fill-confirm-ok"]').exists()).toBe(true));
      await wrapper.get('[data-testid="fill-confirm-ok"]').trigger('click');
      await waitFor(() => expect(wrapper.find('[data-testid="fill-error"]').text()).toBe(expected));
    }
    expect(wrapper.find('[data-testid="fill-item-2-missing"]').exists()).toBe(true);
  });

  it('saves the answers as a draft shortly after the last change, and asks before leaving while they are not saved', async () => {
    const seen: Seen = [];
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { wrapper, router } = await mountPage(api(seen));
    await waitFor(() => expect(wrapper.find('[data-testid="fill-item-2"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="fill-autosave"]').exists()).toBe(false);
    await wrapper.get('[data-testid="fill-item-2-value-3"] input').setValue(true);
    await wrapper.get('[data-testid="fill-item-2-value-4"] input').setValue(true);
    await waitFor(() => expect(wrapper.get('[data-testid="fill-autosave"]').text()).toBe('Есть несохранённые изменения'));

    // A menu click before the draft is stored asks; «остаться» keeps the page.
    await router.push('/my/diagnostics');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.path).toBe('/diagnostics/fill/p1/self');

    await waitFor(() => expect(wrapper.get('[data-testid="fill-autosave"]').text()).toBe('Черновик сохранён'));
    const drafts = seen.filter((s) => s.operation === 'SaveDiagnosticDraft');
    expect(drafts.map((d) => d.variables)).toEqual([{ input: { participantId: 'p1', role: 'SELF', answers: [{ itemId: 'i1', option: 'none' }, { itemId: 'i2', scale: 4 }] } }]);
    expect(wrapper.get('[data-testid="fill-status"]').text()).toBe('Черновик');

    // Stored: leaving does not ask.
    await router.push('/my/diagnostics');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.path).toBe('/my/diagnostics');
  });

  it('says when the draft could not be saved and tries again', async () => {
    const seen: Seen = [];
    let failures = 1;
    const down = { data: null, errors: [{ message: 'Сервис временно недоступен', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    const { wrapper } = await mountPage(api(seen, (op) => (op === 'SaveDiagnosticDraft' && failures-- > 0 ? down : null)));
    await waitFor(() => expect(wrapper.find('[data-testid="fill-item-2"]').exists()).toBe(true));
    await wrapper.get('[data-testid="fill-item-2-value-5"] input').setValue(true);
    await waitFor(() => expect(wrapper.get('[data-testid="fill-autosave"]').text()).toBe('Не удалось сохранить черновик — повторим'));
    await waitFor(() => expect(wrapper.get('[data-testid="fill-autosave"]').text()).toBe('Черновик сохранён'));
    expect(seen.filter((s) => s.operation === 'SaveDiagnosticDraft')).toHaveLength(2);
  });

  it('is read-only with the reason when the form cannot be filled', async () => {
    const seen: Seen = [];
    const closed = { data: { diagnosticForm: form({ blockedReason: 'Диагностика начнётся 01.12.2026: до этого ответы не принимаются' }) } };
    const { wrapper } = await mountPage(api(seen, (op) => (op === 'DiagnosticForm' ? closed : null)));
    await waitFor(() => expect(wrapper.find('[data-testid="fill-blocked"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="fill-blocked"]').text()).toBe('Диагностика начнётся 01.12.2026: до этого ответы не принимаются');
    expect(wrapper.find('[data-testid="fill-save"]').exists()).toBe(false);
    expect((wrapper.get('[data-testid="fill-item-1-option-none"] input').element as HTMLInputElement).disabled).toBe(true);
  });
});
