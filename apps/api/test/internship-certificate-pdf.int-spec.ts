import { CertificateStatus } from '@metodset/shared';
import { pdfText } from './support/pdf-text';
import { renderPdf } from '../src/common/pdf/pdf';
import { certificatePdf } from '../src/modules/internship/certificate-document';

describe('certificate PDF', () => {
  it('reads back in Russian with the holder, the number and the hours', async () => {
    const bytes = await renderPdf(
      certificatePdf({
        number: 'МС-2026-000123',
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
        modules: [],
        status: CertificateStatus.VALID,
      }),
    );
    const read = await pdfText(bytes);
    expect(read.pages).toBe(1);
    expect(read.title).toBe('Сертификат МС-2026-000123');
    expect(read.text).toContain('Ёлкина Анна Сергеевна');
    expect(read.text).toContain('№ МС-2026-000123');
    expect(read.text).toContain('36 часов');
    expect(read.text).toContain('«Формирование функциональной грамотности»');
  });
});
