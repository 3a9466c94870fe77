import { ORGANIZATION_STATUS_LABELS, ORGANIZATION_STATUS_SHORT, OrganizationStatusKind } from '@metodset/shared';
import { ColumnDef, RegistryImportKind } from './columns';
import { Sheet } from './parse/sheet';
import { buildTemplate, ReferenceSheet } from './parse/xlsx';
import { RowError } from './rows';

export const REASONS_HEADER = 'Почему строка не загружена';

/** The allowed statuses, for the template's «Статусы» sheet. */
export const STATUS_REFERENCE: ReferenceSheet = {
  name: 'Статусы',
  headers: ['Как писать', 'Статус'],
  rows: Object.values(OrganizationStatusKind).map((k) => [ORGANIZATION_STATUS_SHORT[k], ORGANIZATION_STATUS_LABELS[k]]),
};

export const referencesOf = (kind: RegistryImportKind): ReferenceSheet[] => (kind === RegistryImportKind.ORGANIZATIONS ? [STATUS_REFERENCE] : []);

/** «реестр.csv» → «реестр — строки с ошибками.xlsx». */
export const refusedFileName = (fileName: string): string => `${fileName.trim().replace(/\.(xlsx|csv)$/i, '')} — строки с ошибками.xlsx`;

/**
 * The refused rows of a file in the template's columns (cells as the file had them, columns the template does not
 * know left out), the cells at fault shaded and every reason of a row in the added last column.
 */
export function refusedRowsXlsx(
  kind: RegistryImportKind,
  columns: readonly ColumnDef[],
  index: ReadonlyMap<string, number>,
  sheet: Sheet,
  errors: readonly RowError[],
): Promise<Buffer> {
  const byLine = new Map<number, RowError[]>();
  for (const e of errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
  const rows = sheet.rows
    .filter((r) => byLine.has(r.line))
    .map((r) => {
      const lineErrors = byLine.get(r.line) ?? [];
      return {
        cells: columns.map((c) => {
          const i = index.get(c.key);
          return i === undefined ? null : (r.cells[i] ?? null);
        }),
        reasons: lineErrors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('\n'),
        badColumns: columns.flatMap((c, i) => (lineErrors.some((e) => e.column === c.header) ? [i] : [])),
      };
    });
  return buildTemplate(columns, { references: referencesOf(kind), refused: { header: REASONS_HEADER, rows } });
}
