/** Cohorts of internship programmes at staging sites: applications, waitlist, attendance, completion, certificates. */
type Labels<E extends string> = Readonly<Record<E, string>>;

/**
 * An application to a cohort: submitted → approved (a seat) or waitlisted (no free seat, a position) or declined;
 * an applicant may withdraw; an approved intern who completes the cohort's rule is COMPLETED.
 */
export enum InternshipApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  WAITLISTED = 'WAITLISTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
export const INTERNSHIP_APPLICATION_STATUS_LABELS: Labels<InternshipApplicationStatus> = {
  SUBMITTED: 'Подана',
  APPROVED: 'Зачислен',
  WAITLISTED: 'В листе ожидания',
  DECLINED: 'Отклонена',
  WITHDRAWN: 'Отозвана',
};

/** Who put the teacher forward: the teacher himself or his school's administration. */
export enum InternshipApplicationSource {
  SELF = 'SELF',
  NOMINATION = 'NOMINATION',
}
export const INTERNSHIP_APPLICATION_SOURCE_LABELS: Labels<InternshipApplicationSource> = {
  SELF: 'Заявка педагога',
  NOMINATION: 'Направлен школой',
};

export enum InternshipSessionFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
}
export const INTERNSHIP_SESSION_FORMAT_LABELS: Labels<InternshipSessionFormat> = {
  IN_PERSON: 'Очно',
  ONLINE: 'Онлайн',
};

export enum FinalProductStatus {
  NONE = 'NONE',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
export const FINAL_PRODUCT_STATUS_LABELS: Labels<FinalProductStatus> = {
  NONE: 'Не представлен',
  SUBMITTED: 'На проверке',
  ACCEPTED: 'Принят',
  RETURNED: 'Возвращён на доработку',
};

export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
}
export const CERTIFICATE_STATUS_LABELS: Labels<CertificateStatus> = {
  VALID: 'Действителен',
  REVOKED: 'Отозван',
};

/** The default completion rule of a cohort: attendance ≥ 80 % of sessions and the final product accepted. */
export const DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

/** «МС-2026-000123»: the prefix, the year of issue, a six-digit serial. */
export const CERTIFICATE_NUMBER_PATTERN = /^МС-\d{4}-\d{6}$/;

export function formatCertificateNumber(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) throw new RangeError(`serial ${serial}`);
  return `МС-${year}-${String(serial).padStart(6, '0')}`;
}

/** A number as a person types it: spaces trimmed, Latin look-alikes «MC» and lower case accepted. */
export function normalizeCertificateNumber(raw: string): string | null {
  const s = raw.trim().toUpperCase().replace(/^MC/, 'МС').replace(/^МC|^MС/, 'МС').replace(/[‐–—]/g, '-');
  return CERTIFICATE_NUMBER_PATTERN.test(s) ? s : null;
}
