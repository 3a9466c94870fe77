import { LIST_PDF_JOB_KIND, LIST_PDF_MAX_COLUMNS, LIST_PDF_MAX_ROWS, REPORT_FORMAT_LABELS, REPORT_KIND_LABELS, ReportFormat, ReportKind } from '@metodset/shared';
import { Actor } from '../../common/auth/actor';
import { fieldError, forbidden, notFound } from '../../common/errors/errors';
import { reportFile } from '../../common/jobs/files/render-file';
import { ReportDocument, stamp } from '../../common/jobs/files/report-document';
import { JobContext, JobFile, JobHandler } from '../../common/jobs/job-handler';
import { Permission } from '../../common/auth/permissions';
import { TerritoryService } from '../territory/territory.service';
import { ListPdfInput, OrderReportInput } from './dto/report.input';
import { ReportBuilder } from './report-builder';
import { periodText, ReportParams } from './report-params';
import { narrowToMunicipality } from './report-territory';

const MAX_CELL = 2000;
const rowsText = LIST_PDF_MAX_ROWS.toLocaleString('ru-RU').replace(/\s/g, ' ');

/** A list exported to PDF: the SPA sends the rows it fetched through the list's own query; a worker thread renders. */
export class ListPdfHandler implements JobHandler<ListPdfInput> {
  readonly kind = LIST_PDF_JOB_KIND;

  validate(params: Record<string, unknown>): ListPdfInput {
    const input = params as unknown as ListPdfInput;
    if (!Array.isArray(input.rows)) throw fieldError('rows', 'Нет строк');
    if (input.rows.length === 0) throw fieldError('rows', 'Нет строк для выгрузки');
    if (input.rows.length > LIST_PDF_MAX_ROWS) throw fieldError('rows', `Не больше ${rowsText} строк в PDF: уточните фильтры`);
    if (input.columns.length > LIST_PDF_MAX_COLUMNS) throw fieldError('columns', `Не больше ${LIST_PDF_MAX_COLUMNS} столбцов`);
    input.rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== input.columns.length) throw fieldError(`rows.${i}`, 'Число ячеек строки не совпадает с числом столбцов');
      for (const cell of row) if (cell !== null && (typeof cell !== 'string' || cell.length > MAX_CELL)) throw fieldError(`rows.${i}`, `Ячейка длиннее ${MAX_CELL} символов`);
    });
    return { title: input.title, header: input.header.map((h) => ({ label: h.label, value: h.value })), columns: input.columns.map((c) => ({ header: c.header, type: c.type ?? null })), rows: input.rows };
  }

  auditParams(p: ListPdfInput): Record<string, unknown> {
    return { title: p.title, header: p.header, columns: p.columns.map((c) => c.header), rows: p.rows.length };
  }

  async run(ctx: JobContext<ListPdfInput>): Promise<JobFile> {
    const p = ctx.params;
    await ctx.progress(5);
    const doc: ReportDocument = {
      title: p.title,
      header: [...p.header, { label: 'Сформирован', value: stamp(new Date()) }, { label: 'Строк', value: String(p.rows.length) }],
      // Cells are the list's own display text (dates дд.мм.гггг, «33,3 %»): written as they are.
      sections: [{ columns: p.columns.map((c) => ({ header: c.header })), rows: p.rows }],
    };
    await ctx.progress(20);
    const file = await reportFile('pdf', doc, p.title);
    await ctx.progress(95);
    return file;
  }
}

/** Two years at most: a monitoring period is a half-year or a school year. */
const MAX_DAYS = 2 * 366;

/** A monitoring report: checks the order (period, a municipality within the scope), then builds and renders it. */
export class MonitoringReportHandler implements JobHandler<ReportParams> {
  readonly kind: string;
  constructor(
    private readonly reportKind: ReportKind,
    private readonly builder: ReportBuilder,
    private readonly territories: TerritoryService,
  ) {
    this.kind = builder.kind;
  }

  async validate(params: Record<string, unknown>, actor: Actor): Promise<ReportParams> {
    const input = params as unknown as OrderReportInput;
    if (input.from > input.to) throw fieldError('to', 'Конец периода раньше его начала');
    if ((Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 > MAX_DAYS) throw fieldError('to', 'Период — не больше двух лет');
    let territory: string;
    let regionId: string | null = null;
    if (input.municipalityId) {
      const [m] = await this.territories.municipalitiesByIds([input.municipalityId]);
      if (!m || !narrowToMunicipality(actor, m)) throw notFound('Муниципалитет не найден');
      const [region] = await this.territories.regionsByIds([m.regionId]);
      territory = region ? `${m.name} (${region.name})` : m.name;
      regionId = m.regionId;
    } else territory = await this.scopeText(actor);
    return { kind: this.reportKind, format: input.format, municipalityId: input.municipalityId ?? null, regionId, territory, from: input.from, to: input.to };
  }

  private async scopeText(actor: Actor): Promise<string> {
    const s = actor.scope;
    if (s.all) return 'Все регионы (в пределах прав доступа)';
    const names = [
      ...(await this.territories.regionsByIds([...s.regionIds])).map((r) => r.name),
      ...(await this.territories.municipalitiesByIds([...s.municipalityIds])).map((m) => m.name),
    ].sort((a, b) => a.localeCompare(b, 'ru'));
    return names.length ? names.join(', ') : 'Организации в пределах прав доступа';
  }

  async run(ctx: JobContext<ReportParams>): Promise<JobFile> {
    const p = ctx.params;
    const actor = (permission: Permission): Actor => {
      const a = ctx.actor(permission);
      if (!p.municipalityId || !p.regionId) return a;
      const narrowed = narrowToMunicipality(a, { id: p.municipalityId, regionId: p.regionId });
      if (!narrowed) throw forbidden('Муниципалитет отчёта больше не входит в ваши права доступа');
      return narrowed;
    };
    // Still allowed to order reports (grants may have changed since).
    ctx.actor(Permission.REPORT_ORDER);
    await ctx.progress(5);
    const body = await this.builder.build(p, { actor, progress: (x) => ctx.progress(x) });
    const title = REPORT_KIND_LABELS[p.kind];
    const doc: ReportDocument = {
      title,
      header: [
        { label: 'Период', value: periodText(p.from, p.to) },
        { label: 'Территория', value: p.territory },
        { label: 'Сформирован', value: stamp(new Date()) },
      ],
      ...body,
    };
    await ctx.progress(92);
    return reportFile(p.format === ReportFormat.PDF ? 'pdf' : 'xlsx', doc, `${title} ${periodText(p.from, p.to)}`);
  }
}

export function reportTitle(kind: ReportKind, format: ReportFormat, from: string, to: string): string {
  return `${REPORT_KIND_LABELS[kind]}, ${periodText(from, to)} (${REPORT_FORMAT_LABELS[format]})`;
}

