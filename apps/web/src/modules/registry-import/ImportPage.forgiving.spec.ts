import type { VueWrapper } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import ImportPage from './ImportPage.vue';

/** Each mutation waits until the test answers it, so the page can be seen while it is busy. */
const api = vi.hoisted(() => ({
  calls: [] as { operation: string; input: Record<string, unknown>; answer: (report: unknown) => void }[],
  reads: [] as string[],
  saved: [] as { fileName: string; contentBase64: string }[],
}));

vi.mock('@urql/vue', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@urql/vue')>();
  const { ref } = await import('vue');
  return {
    ...actual,
    useMutation: (doc: { definitions: { name?: { value: string } }[] }) => ({
      fetching: ref(false),
      executeMutation: (variables: { input: Record<string, unknown> }) =>
        new Promise((resolve) =>
          api.calls.push({ operation: doc.definitions[0]?.name?.value ?? '', input: variables.input, answer: (report) => resolve({ data: { importRegistry: report } }) }),
        ),
    }),
  };
});

vi.mock('./file-base64', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./file-base64')>();
  return {
    ...actual,
    fileToBase64: async (file: Blob) => {
      const content = await actual.fileToBase64(file);
      api.reads.push(content);
      return content;
    },
  };
});

vi.mock('./useImportTemplate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./useImportTemplate')>();
  return { ...actual, saveBase64File: (fileName: string, contentBase64: string) => api.saved.push({ fileName, contentBase64 }) };
});

const errors = [
  { __typename: 'ImportRowError', line: 3, column: 'ИНН', message: 'Неверная контрольная цифра ИНН' },
  { __typename: 'ImportRowError', line: 3, column: 'Муниципалитет', message: 'Муниципалитет «Нигде» не найден' },
];
const report = (over: Record<string, unknown> = {}) => ({
  __typename: 'RegistryImport',
  kind: 'ORGANIZATIONS',
  dryRun: true,
  total: 3,
  created: 2,
  updated: 0,
  unchanged: 0,
  refused: 1,
  key: 'Код, а без него — ИНН',
  errors,
  ...over,
});

async function chooseFile(wrapper: VueWrapper, file: File): Promise<string[]> {
  const input = wrapper.get('[data-testid="import-file"]');
  const values: string[] = [];
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  Object.defineProperty(input.element, 'value', { get: () => '', set: (v: string) => values.push(v), configurable: true });
  await input.trigger('change');
  return values;
}

async function nextCall(n: number) {
  await waitFor(() => expect(api.calls).toHaveLength(n));
  return api.calls[n - 1]!;
}

const decoded = (base64: unknown) => new TextDecoder().decode(Uint8Array.from(atob(String(base64)), (c) => c.charCodeAt(0)));

describe('ImportPage: an import that forgives', () => {
  beforeEach(() => {
    api.calls.length = 0;
    api.reads.length = 0;
    api.saved.length = 0;
  });

  it('reads the file anew on every check, and lets the same file be chosen again', async () => {
    const { wrapper } = await mountWithApp(ImportPage, { path: '/import' });
    const resets = await chooseFile(wrapper, new File(['Код;ИНН\n1;7707083894\n'], 'orgs.csv'));
    expect(resets).toEqual(['']);
    await wrapper.get('form').trigger('submit');
    (await nextCall(1)).answer(report());
    await waitFor(() => expect(wrapper.findAll('[data-testid="import-report-row"]')).toHaveLength(2));
    await wrapper.get('form').trigger('submit');
    (await nextCall(2)).answer(report());
    expect(api.reads).toHaveLength(2);

    // The corrected file, same name, chosen again: its new content is what gets checked.
    await chooseFile(wrapper, new File(['Код;ИНН\n1;7707083893\n'], 'orgs.csv'));
    await wrapper.get('form').trigger('submit');
    const third = await nextCall(3);
    expect(decoded(third.input['contentBase64'])).toContain('7707083893');
    third.answer(report({ errors: [], refused: 0 }));
    await waitFor(() => expect(wrapper.find('[data-testid="import-no-errors"]').exists()).toBe(true));
  });

  it('shows every error with its column, imports the correct rows on request and downloads the refused ones', async () => {
    const { wrapper } = await mountWithApp(ImportPage, { path: '/import' });
    await chooseFile(wrapper, new File(['Код;ИНН\n'], 'orgs.csv'));
    await wrapper.get('form').trigger('submit');
    const check = await nextCall(1);
    await waitFor(() => expect(wrapper.find('[data-testid="import-progress"]').text()).toContain('Проверяем все строки файла «orgs.csv»'));
    check.answer(report());
    await waitFor(() => expect(wrapper.findAll('[data-testid="import-report-row"]')).toHaveLength(2));
    expect(wrapper.find('[data-testid="import-progress"]').exists()).toBe(false);
    const rows = wrapper.findAll('[data-testid="import-report-row"]').map((r) => r.text());
    expect(rows[0]).toContain('ИНН');
    expect(rows[1]).toContain('Муниципалитет «Нигде» не найден');
    expect(wrapper.get('[data-testid="import-refused"]').text()).toBe('1');
    expect(wrapper.get('[data-testid="import-run"]').attributes('disabled')).toBeDefined();

    await wrapper.get('[data-testid="import-run-valid"]').trigger('click');
    const run = await nextCall(2);
    expect(run.operation).toBe('ImportRegistryRefused');
    expect(run.input).toMatchObject({ dryRun: false, onlyValidRows: true, fileName: 'orgs.csv' });
    run.answer(report({ dryRun: false, refusedRows: { __typename: 'RegistryImportFile', fileName: 'orgs — строки с ошибками.xlsx', contentBase64: 'UEsDBA==' } }));
    await waitFor(() => expect(wrapper.find('[data-testid="import-result"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="import-refused-after"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="import-run-valid"]').exists()).toBe(false);

    await wrapper.get('[data-testid="import-download-refused"]').trigger('click');
    await waitFor(() => expect(api.saved).toEqual([{ fileName: 'orgs — строки с ошибками.xlsx', contentBase64: 'UEsDBA==' }]));
    expect(api.calls).toHaveLength(2);
  });

  it('downloads the refused rows right after a check, asking for them then', async () => {
    const { wrapper } = await mountWithApp(ImportPage, { path: '/import' });
    await chooseFile(wrapper, new File(['Код;ИНН\n'], 'orgs.csv'));
    await wrapper.get('form').trigger('submit');
    (await nextCall(1)).answer(report({ total: 1 }));
    await waitFor(() => expect(wrapper.find('[data-testid="import-download-refused"]').exists()).toBe(true));
    // Every row has an error: nothing to import, but the rows can be downloaded.
    expect(wrapper.get('[data-testid="import-run-valid"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="import-download-refused"]').trigger('click');
    const ask = await nextCall(2);
    expect(ask.operation).toBe('ImportRegistryRefused');
    expect(ask.input).toMatchObject({ dryRun: true, onlyValidRows: false });
    ask.answer(report({ total: 1, refusedRows: { __typename: 'RegistryImportFile', fileName: 'f.xlsx', contentBase64: 'UEsDBA==' } }));
    await waitFor(() => expect(api.saved).toHaveLength(1));
  });
});
