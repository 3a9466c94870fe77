import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import OrganizationStatusTags from '@/modules/organization/OrganizationStatusTags.vue';
import ImportReport from '@/modules/registry-import/ImportReport.vue';
import FormField from './FormField.vue';
import NotFoundPage from './NotFoundPage.vue';

describe('components mount with the i18n plugin', () => {
  it('not-found page', async () => {
    const { wrapper } = await mountWithApp(NotFoundPage);
    expect(wrapper.text()).toContain('Страница не найдена');
    expect(wrapper.text()).toContain('На главную');
  });

  it('status tags show the short label and year', async () => {
    const { wrapper } = await mountWithApp(OrganizationStatusTags, {
      props: { statuses: [{ id: 's1', kind: 'LOW_RESULTS', year: 2025 }, { id: 's2', kind: 'PROJECT_500', year: 2024 }] },
    });
    const tags = wrapper.findAll('[data-testid="status-tag"]').map((t) => t.text());
    expect(tags).toEqual(['НОР 2025', '500+ 2024']);
  });

  it('form field shows its error under a test id of the dotted path', async () => {
    const { wrapper } = await mountWithApp(FormField, {
      props: { field: 'statuses.0.year', label: 'Год', error: 'Год — не раньше 2000' },
      slots: { default: '<input />' },
    });
    expect(wrapper.get('[data-testid="error-statuses.0.year"]').text()).toBe('Год — не раньше 2000');
  });

  it('import report lists counts and error rows', async () => {
    const report = {
      __typename: 'RegistryImport' as const,
      dryRun: true,
      total: 3,
      created: 1,
      updated: 1,
      unchanged: 0,
      refused: 1,
      kind: 'ORGANIZATIONS' as const,
      key: 'Код, а без него — ИНН',
      errors: [{ __typename: 'ImportRowError' as const, line: 4, column: 'ИНН', message: 'Неверная контрольная цифра ИНН' }],
    };
    const { wrapper } = await mountWithApp(ImportReport, { props: { report } });
    expect(wrapper.get('[data-testid="import-created"]').text()).toBe('1');
    expect(wrapper.get('[data-testid="import-errors"]').text()).toBe('1');
    const rows = wrapper.findAll('[data-testid="import-report-row"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text()).toContain('Неверная контрольная цифра ИНН');
  });
});
