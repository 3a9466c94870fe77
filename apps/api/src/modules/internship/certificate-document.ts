import { CERTIFICATE_STATUS_LABELS, CertificateStatus } from '@metodset/shared';
import type { PdfDocument } from '../../common/pdf/pdf';

/** What a certificate states — the same for the PDF, the public verification page and the Open Badges credential. */
export interface CertificateFacts {
  number: string;
  holderName: string;
  programmeId: string;
  programmeTitle: string;
  cohortTitle: string;
  /** The staging site's theme and its host organisation — the issuer. */
  siteTitle: string;
  issuerName: string;
  issuerId: string;
  hours: number;
  startsOn: string;
  endsOn: string;
  issuedOn: string;
  criteria: string;
  modules: { title: string; hours: number }[];
  status: CertificateStatus;
  /** ISO date-time of the revocation and its reason (null while valid). */
  revokedAt?: string | null;
  revokeReason?: string | null;
}

const ruDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
};

export const hoursText = (h: number): string => {
  const n = Math.abs(h) % 100;
  const n1 = n % 10;
  const word = n > 10 && n < 20 ? 'часов' : n1 === 1 ? 'час' : n1 >= 2 && n1 <= 4 ? 'часа' : 'часов';
  return `${h} ${word}`;
};

/** The certificate as a one-page A4 PDF in Russian (landscape), with the number and where to verify it. */
export function certificatePdf(f: CertificateFacts): PdfDocument {
  return {
    info: { title: `Сертификат ${f.number}` },
    pageOrientation: 'landscape',
    pageMargins: [60, 50, 60, 50],
    content: [
      { text: f.issuerName, alignment: 'center', fontSize: 12 },
      { text: 'СЕРТИФИКАТ', alignment: 'center', bold: true, fontSize: 30, margin: [0, 24, 0, 4] },
      { text: `№ ${f.number}`, alignment: 'center', fontSize: 14, margin: [0, 0, 0, 20] },
      { text: 'Настоящий сертификат подтверждает, что', alignment: 'center' },
      { text: f.holderName, alignment: 'center', bold: true, fontSize: 20, margin: [0, 8, 0, 8] },
      {
        text: `с ${ruDate(f.startsOn)} по ${ruDate(f.endsOn)} прошёл(а) стажировку по модульной программе`,
        alignment: 'center',
      },
      { text: `«${f.programmeTitle}»`, alignment: 'center', bold: true, fontSize: 14, margin: [0, 6, 0, 6] },
      { text: `на стажировочной площадке «${f.siteTitle}» в объёме ${hoursText(f.hours)}.`, alignment: 'center' },
      ...(f.modules.length
        ? [{ text: `Модули: ${f.modules.map((m) => `${m.title} (${hoursText(m.hours)})`).join('; ')}.`, alignment: 'center' as const, fontSize: 9, margin: [0, 10, 0, 0] as [number, number, number, number] }]
        : []),
      { text: `Условие завершения: ${f.criteria}.`, alignment: 'center', fontSize: 9, margin: [0, 6, 0, 0] },
      { text: `Дата выдачи: ${ruDate(f.issuedOn)}`, margin: [0, 30, 0, 0] },
      ...(f.status === CertificateStatus.REVOKED
        ? [{ text: `Статус: ${CERTIFICATE_STATUS_LABELS.REVOKED}${f.revokedAt ? ` ${ruDate(f.revokedAt)}` : ''}${f.revokeReason ? `. Причина: ${f.revokeReason}` : ''}`, bold: true }]
        : []),
      { text: `Проверить подлинность: страница «Проверка сертификата» (/verify/${f.number}), номер ${f.number}.`, fontSize: 9, margin: [0, 6, 0, 0] },
    ],
  } as PdfDocument;
}

export const OB_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

/**
 * The status of the credential (VC 2.0 `credentialStatus`): valid or revoked, with the date and the reason of a
 * revocation; the public verification page (`/verify/<number>`) says the same.
 */
function credentialStatus(f: CertificateFacts): Record<string, unknown> {
  const revoked = f.status === CertificateStatus.REVOKED;
  return {
    id: `urn:metodset:certificate:${f.number}#status`,
    type: 'MetodsetCertificateStatus',
    statusPurpose: 'revocation',
    status: f.status,
    verification: `/verify/${f.number}`,
    ...(revoked ? { revoked: true, revokedAt: f.revokedAt ?? null, revocationReason: f.revokeReason ?? null } : { revoked: false }),
  };
}

/**
 * The certificate as an Open Badges 3.0 credential (unsigned JSON, for the teacher's portfolio). Ids are URNs:
 * the certificate by its number, the issuer by the organisation's id. The holder is named by an IdentityObject.
 */
export function openBadgeCredential(f: CertificateFacts): Record<string, unknown> {
  const achievementDescription = `Стажировка по модульной программе «${f.programmeTitle}» на стажировочной площадке «${f.siteTitle}», ${hoursText(f.hours)}.`;
  return {
    '@context': [...OB_CONTEXT],
    id: `urn:metodset:certificate:${f.number}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Сертификат ${f.number}`,
    issuer: { id: f.issuerId, type: ['Profile'], name: f.issuerName },
    validFrom: `${f.issuedOn.slice(0, 10)}T00:00:00Z`,
    credentialStatus: credentialStatus(f),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: f.holderName }],
      activityStartDate: `${f.startsOn.slice(0, 10)}T00:00:00Z`,
      activityEndDate: `${f.endsOn.slice(0, 10)}T00:00:00Z`,
      achievement: {
        id: `urn:metodset:internship-programme:${f.programmeId}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: f.programmeTitle,
        description: achievementDescription,
        criteria: { narrative: `Условие завершения: ${f.criteria}.` },
        humanCode: f.number,
        creator: { id: f.issuerId, type: ['Profile'], name: f.issuerName },
        tag: f.modules.map((m) => m.title),
      },
    },
  };
}
