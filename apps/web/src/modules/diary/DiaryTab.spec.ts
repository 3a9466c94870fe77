import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { filippov, zhdanova } from '@/test/mentoring-fixtures';
import DiaryTab from './DiaryTab.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

const entry = (id: string, o: { mine: boolean; visibility: string; text: string }) => ({
  __typename: 'DiaryEntry',
  id,
  authorPersonId: o.mine ? zhdanova.id : filippov.id,
  author: o.mine ? zhdanova : filippov,
  writtenOn: '2026-11-20',
  text: o.text,
  answers: o.mine ? [{ __typename: 'DiaryAnswer', key: 'done', prompt: 'Что удалось сделать?', text: 'Разобрали ОГЭ' }] : [],
  visibility: o.visibility,
  mine: o.mine,
});

function api(o: { canWrite?: boolean; sharedOnly?: boolean; forbidden?: boolean } = {}, seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Diary') {
      if (o.forbidden) return { data: null, errors: [{ message: 'Нет доступа', extensions: { code: 'FORBIDDEN' } }] };
      return {
        data: {
          diary: {
            __typename: 'Diary',
            canWrite: o.canWrite ?? true,
            sharedOnly: o.sharedOnly ?? false,
            entries: [entry('e2', { mine: true, visibility: 'SHARED', text: 'Моя запись' }), entry('e1', { mine: false, visibility: 'PARTICIPANTS', text: 'Запись Филиппова' })],
          },
        },
      };
    }
    if (operation === 'WriteDiaryEntry') return { data: { writeDiaryEntry: { __typename: 'DiaryEntry', id: 'e3' } } };
    return { data: null };
  };
}

const mountTab = (fake: FakeApi) => mountWithApp(DiaryTab, { path: '/mentorships/ms1', props: { owner: { mentorshipId: 'ms1' } }, api: fake });

describe('DiaryTab', () => {
  it('lists the entries with author, visibility and answers; only own ones can be edited', async () => {
    const { wrapper } = await mountTab(api());
    await waitFor(() => expect(wrapper.findAll('[data-testid="diary-entry"]')).toHaveLength(2));
    const [mine, other] = wrapper.findAll('[data-testid="diary-entry"]');
    expect(mine?.get('[data-testid="diary-entry-author"]').text()).toBe('Жданова Тамара Михайловна');
    expect(mine?.get('[data-testid="diary-entry-visibility"]').text()).toBe('Видят участники и координатор');
    expect(mine?.get('[data-testid="diary-entry-answer"]').text()).toBe('Разобрали ОГЭ');
    expect(mine?.find('[data-testid="diary-entry-edit"]').exists()).toBe(true);
    expect(other?.find('[data-testid="diary-entry-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="diary-shared-only"]').exists()).toBe(false);
  });

  it('checks the text, then writes the entry with the answered prompts', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountTab(api({}, seen));
    await waitFor(() => expect(wrapper.find('[data-testid="diary-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="diary-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-text"]').text()).toBe('Обязательное поле'));
    await wrapper.get('[data-testid="field-text"]').setValue('Встреча по ИОМ');
    await wrapper.get('[data-testid="field-answers.next"]').setValue('Открытый урок');
    await wrapper.get('[data-testid="diary-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'WriteDiaryEntry')).toBe(true));
    const input = seen.find((s) => s.operation === 'WriteDiaryEntry')?.variables['input'];
    expect(input).toMatchObject({ owner: { mentorshipId: 'ms1' }, text: 'Встреча по ИОМ', answers: [{ key: 'next', text: 'Открытый урок' }], visibility: 'PARTICIPANTS' });
  });

  it('tells a coordinator that only shared entries show, without the form', async () => {
    const { wrapper } = await mountTab(api({ canWrite: false, sharedOnly: true }));
    await waitFor(() => expect(wrapper.find('[data-testid="diary-shared-only"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="diary-shared-only"]').text()).toBe('Вы видите только записи, открытые координатору');
    expect(wrapper.find('[data-testid="diary-form"]').exists()).toBe(false);
  });

  it('shows a friendly message instead of the diary to an outsider', async () => {
    const { wrapper } = await mountTab(api({ forbidden: true }));
    await waitFor(() => expect(wrapper.find('[data-testid="diary-forbidden"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="diary-entries"]').exists()).toBe(false);
  });
});
