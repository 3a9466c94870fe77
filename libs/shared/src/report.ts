/** Monitoring reports (the seeds' monitoring: methodological service 2×/year, network interaction, mentoring pairs). */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum ReportKind {
  METHODICAL_SERVICE = 'METHODICAL_SERVICE',
  NETWORK_INTERACTION = 'NETWORK_INTERACTION',
  MENTORING_PAIRS = 'MENTORING_PAIRS',
}
export const REPORT_KIND_LABELS: Labels<ReportKind> = {
  METHODICAL_SERVICE: 'Мониторинг деятельности методической службы',
  NETWORK_INTERACTION: 'Мониторинг сетевого взаимодействия',
  MENTORING_PAIRS: 'Мониторинг наставнических пар (по анкетам пар)',
};
/** The job kind of each report (common/jobs). */
export const REPORT_JOB_KINDS: Readonly<Record<ReportKind, string>> = {
  METHODICAL_SERVICE: 'report.methodical-service',
  NETWORK_INTERACTION: 'report.network-interaction',
  MENTORING_PAIRS: 'report.mentoring-pairs',
};
/** The job kind of a list exported to PDF. */
export const LIST_PDF_JOB_KIND = 'list.pdf';

export enum ReportFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}
export const REPORT_FORMAT_LABELS: Labels<ReportFormat> = { XLSX: 'Excel (XLSX)', PDF: 'PDF' };

/** A list exported to PDF: at most this many rows (a bigger one: narrow the filters). */
export const LIST_PDF_MAX_ROWS = 20_000;
export const LIST_PDF_MAX_COLUMNS = 30;
