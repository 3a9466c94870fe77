import type { VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import ImportPage from './ImportPage.vue';
import { waitFor } from '../../test/wait';

const report = (dryRun: boolean, errors: { line: number; column: string | null; message: string }[] = []) => ({
  data: {
    importRegistry: {
      __typename: 'RegistryImport',
      kind: 'ORGANIZATIONS',
      dryRun,
      total: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      key: 'Код, а без него — ИНН',
      errors: errors.map((e) => ({ __typename: 'ImportRowError', ...e })),
    },
  },
});

async function chooseFile(wrapper: VueWrapper, name: string, text = 'Код;ИНН\n1;7707083893\n') {
  const input = wrapper.get('[data-testid="import-file"]');
  Object.defineProperty(input.element, 'files', { value: [new File([text], name)], configurable: true });
  await input.trigger('change');
}

const disabled = (wrapper: VueWrapper, testId: string) => wrapper.get(`[data-testid="${testId}"]`).attributes('disabled') !== undefined;

describe('ImportPage', () => {
  it('rejects other file types before sending', async () => {
    const { wrapper } = await mountWithApp(ImportPage, { path: '/import' });
    await chooseFile(wrapper, 'реестр.xls');
    expect(wrapper.get('[data-testid="error-file"]').text()).toBe('Нужен файл .xlsx или .csv');
    expect(disabled(wrapper, 'import-check')).toBe(true);
  });

  it('keeps «Импортировать» off while the dry run has errors', async () => {
    const { wrapper } = await mountWithApp(ImportPage, {
      path: '/import',
      api: () => report(true, [{ line: 3, column: 'ИНН', message: 'Неверная контрольная цифра ИНН' }]),
    });
    await chooseFile(wrapper, 'orgs.csv');
    expect(disabled(wrapper, 'import-run')).toBe(true);
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.findAll('[data-testid="import-report-row"]')).toHaveLength(1));
    expect(disabled(wrapper, 'import-run')).toBe(true);
  });

  it('imports after a clean dry run and shows the result', async () => {
    const sent: Record<string, unknown>[] = [];
    const { wrapper } = await mountWithApp(ImportPage, {
      path: '/import',
      api: (_op, variables) => {
        const input = variables['input'] as Record<string, unknown>;
        sent.push(input);
        return report(input['dryRun'] as boolean);
      },
    });
    await chooseFile(wrapper, 'orgs.csv');
    await wrapper.get('form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="import-no-errors"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="import-created"]').text()).toBe('2');
    expect(disabled(wrapper, 'import-run')).toBe(false);
    await wrapper.get('[data-testid="import-run"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="import-result"]').exists()).toBe(true));
    expect(sent.map((s) => s['dryRun'])).toEqual([true, false]);
    expect(sent[0]).toMatchObject({ kind: 'ORGANIZATIONS', fileName: 'orgs.csv' });
    expect(atob(String(sent[0]?.['contentBase64']))).toContain('7707083893');
  });
});
