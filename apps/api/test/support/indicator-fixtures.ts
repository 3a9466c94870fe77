import ExcelJS from 'exceljs';
import { TestApp } from './test-app';

/** An XLSX of the values import: the header of the template and these rows. */
export async function indicatorXlsx(rows: (string | number | Date | null)[][], header = ['Начало периода', 'Конец периода', 'Школа', 'Значение', 'Источник', 'Источник (как записано)']): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Значения');
  ws.addRow(header);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** Inserts rows straight into the database and answers the ids. */
export function indicatorRows(t: TestApp) {
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
  return {
    one,
    indicator: (municipalityId: string, name: string, options: { archived?: boolean; unit?: string; target?: [number, number] } = {}) =>
      one(
        `WITH i AS (INSERT INTO indicator (municipality_id, name, unit, direction, kind, baseline_year, baseline_value, archived_at)
                    VALUES ($1, $2, $3, 'HIGHER_IS_BETTER', 'MANUAL', 2025, 40, $4) RETURNING id),
              t AS (INSERT INTO indicator_target (indicator_id, year, value) SELECT id, $5, $6 FROM i)
         SELECT id FROM i`,
        [municipalityId, name, options.unit ?? 'PERCENT', options.archived ? new Date() : null, options.target?.[0] ?? 2026, options.target?.[1] ?? 60],
      ),
    value: (indicatorId: string, periodStart: string, periodEnd: string, value: number, options: { organizationId?: string; archived?: boolean } = {}) =>
      one(
        `INSERT INTO indicator_value (indicator_id, period_start, period_end, organization_id, value, source, archived_at)
         VALUES ($1, $2, $3, $4, $5, 'MONITORING', $6) RETURNING id`,
        [indicatorId, periodStart, periodEnd, options.organizationId ?? null, value, options.archived ? new Date() : null],
      ),
  };
}
