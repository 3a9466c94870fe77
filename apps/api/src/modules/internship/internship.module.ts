import { Module } from '@nestjs/common';
import { RouteEvidenceModule } from '../route/route-evidence.service';
import { CertificateVerificationResolver } from './certificate-verification.resolver';
import { InternshipRepository } from './internship.repository';
import { InternshipResolver } from './internship.resolver';
import { InternshipService } from './internship.service';

@Module({
  imports: [RouteEvidenceModule],
  providers: [InternshipRepository, InternshipService, InternshipResolver, CertificateVerificationResolver],
  exports: [InternshipService],
})
export class InternshipModule {}
