import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { Public } from '../../common/auth/policy.decorator';
import { fieldError } from '../../common/errors/errors';
import { CertificateVerificationObject } from './dto/internship.object';
import { InternshipService } from './internship.service';

/** The public check of a certificate by its number: no sign-in, only what the certificate states. */
@Resolver(() => CertificateVerificationObject)
export class CertificateVerificationResolver {
  constructor(private readonly service: InternshipService) {}

  @Public()
  @Query(() => CertificateVerificationObject, { nullable: true, description: 'A certificate by its number (null: no such certificate)' })
  async verifyInternshipCertificate(@Args('number') number: string, @Context('req') req: GateRequest): Promise<CertificateVerificationObject | null> {
    if (number.length > 40) throw fieldError('number', 'Номер записывается так: МС-2026-000123');
    const c = await this.service.verify(number, req.user?.accountId ?? null);
    if (!c) return null;
    return {
      number: c.number,
      holderName: c.holderName,
      programTitle: c.programTitle,
      siteTitle: c.siteTitle,
      hours: Number(c.hours),
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      issuedOn: c.issuedOn,
      issuerName: c.issuerName,
      status: c.status,
      revokedAt: c.revokedAt,
      revokeReason: c.revokeReason,
    };
  }
}
