import { CertificateStatus, formatCertificateNumber, normalizeCertificateNumber } from '@metodset/shared';
import { certificatePdf, hoursText, openBadgeCredential, type CertificateFacts } from './certificate-document';

const facts: CertificateFacts = {
  number: formatCertificateNumber(2026, 123),
  holderName: 'Ёлкина Анна Сергеевна',
  programmeId: '7d1c1b1e-0000-4000-8000-000000000001',
  programmeTitle: 'Формирование функциональной грамотности',
  cohortTitle: 'Молодые педагоги, 2026',
  siteTitle: 'Методическая компетентность',
  issuerName: 'МБОУ СОШ № 1',
  issuerId: 'urn:metodset:organization:1',
  hours: 36,
  startsOn: '2026-02-01',
  endsOn: '2026-05-31',
  issuedOn: '2026-06-01',
  criteria: 'посещено не менее 80 % занятий и принят итоговый продукт',
  modules: [{ title: 'Модуль 1', hours: 18 }],
  status: CertificateStatus.VALID,
};

describe('certificate number', () => {
  it('is «МС-год-шесть цифр» and reads back as typed', () => {
    expect(facts.number).toBe('МС-2026-000123');
    expect(formatCertificateNumber(2027, 999_999)).toBe('МС-2027-999999');
    expect(() => formatCertificateNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber(2026, 1_000_000)).toThrow(RangeError);
    expect(normalizeCertificateNumber(' мс-2026-000123 ')).toBe('МС-2026-000123');
    expect(normalizeCertificateNumber('MC-2026-000123')).toBe('МС-2026-000123');
    expect(normalizeCertificateNumber('МС-2026-123')).toBeNull();
    expect(normalizeCertificateNumber("'; drop table x")).toBeNull();
  });
});

describe('certificate documents', () => {
  it('says hours in Russian', () => {
    expect([1, 2, 5, 11, 21, 36, 72, 104].map(hoursText)).toEqual(['1 час', '2 часа', '5 часов', '11 часов', '21 час', '36 часов', '72 часа', '104 часа']);
  });

  it('builds an Open Badges 3.0 credential with the facts of the certificate', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document checked field by field
    const c = openBadgeCredential(facts) as Record<string, any>;
    expect(c['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(c.issuer).toEqual({ id: 'urn:metodset:organization:1', type: ['Profile'], name: 'МБОУ СОШ № 1' });
    expect(c.validFrom).toBe('2026-06-01T00:00:00Z');
    expect(c.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(c.credentialSubject.identifier[0]).toMatchObject({ type: 'IdentityObject', identityHash: 'Ёлкина Анна Сергеевна', hashed: false });
    expect(c.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Формирование функциональной грамотности',
      humanCode: 'МС-2026-000123',
      criteria: { narrative: 'Условие завершения: посещено не менее 80 % занятий и принят итоговый продукт.' },
    });
    expect(c.credentialSubject.achievement.description).toContain('36 часов');
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('lays the certificate out in Russian with the number and how to verify it', () => {
    const doc = certificatePdf(facts);
    const text = JSON.stringify(doc.content);
    expect(doc.info?.title).toBe('Сертификат МС-2026-000123');
    expect(text).toContain('Ёлкина Анна Сергеевна');
    expect(text).toContain('/verify/МС-2026-000123');
    expect(text).not.toContain('Отозван');
    expect(JSON.stringify(certificatePdf({ ...facts, status: CertificateStatus.REVOKED }).content)).toContain('Отозван');
  });
});
