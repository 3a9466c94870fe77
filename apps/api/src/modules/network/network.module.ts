import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { TerritoryModule } from '../territory/territory.module';
import { AgreementRepository } from './agreement.repository';
import { AgreementResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';
import { AgreementFieldsResolver, NetworkFieldsResolver, NetworkInvitationFieldsResolver, NetworkMemberFieldsResolver } from './network-fields.resolver';
import { NetworkConsentService } from './network-consent.service';
import { NetworkRepository } from './network.repository';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  imports: [OrganizationModule, TerritoryModule],
  providers: [
    NetworkRepository,
    AgreementRepository,
    NetworkService,
    NetworkConsentService,
    AgreementService,
    NetworkResolver,
    AgreementResolver,
    NetworkFieldsResolver,
    NetworkMemberFieldsResolver,
    NetworkInvitationFieldsResolver,
    AgreementFieldsResolver,
  ],
  exports: [NetworkService, NetworkRepository],
})
export class NetworkModule {}
