import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AGREEMENT_EXPIRY_WARNING_DAYS } from '@metodset/shared';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { fieldError } from '../../common/errors/errors';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { AgreementService } from './agreement.service';
import { AgreementFileInput, CreateAgreementInput, UpdateAgreementInput } from './dto/agreement.input';
import { AgreementFileObject, AgreementObject } from './dto/agreement.object';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => AgreementObject)
export class AgreementResolver {
  constructor(private readonly service: AgreementService) {}

  @Policy(Permission.NETWORK_READ)
  @Query(() => [AgreementObject], { description: 'Active agreements of visible networks whose term ends within the given days' })
  async expiringAgreements(
    @CurrentActor() actor: Actor,
    @Args('withinDays', { type: () => Int, defaultValue: AGREEMENT_EXPIRY_WARNING_DAYS }) withinDays: number,
  ) {
    if (withinDays < 1 || withinDays > 730) throw fieldError('withinDays', 'Срок — от 1 до 730 дней');
    return (await this.service.expiring(actor.scope, withinDays)).map(AgreementObject.from);
  }

  @Policy(Permission.NETWORK_READ)
  @Query(() => AgreementFileObject, { description: 'The attached document' })
  agreementFile(@CurrentActor() actor: Actor, @Id('agreementId') agreementId: string) {
    return this.service.file(actor.scope, agreementId);
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => AgreementObject)
  async createAgreement(@CurrentActor() actor: Actor, @Id('networkId') networkId: string, @Args('input') input: CreateAgreementInput) {
    return AgreementObject.from(await this.service.create(actor, networkId, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => AgreementObject)
  async updateAgreement(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateAgreementInput) {
    return AgreementObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => AgreementObject)
  async archiveAgreement(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AgreementObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => AgreementObject)
  async restoreAgreement(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AgreementObject.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => AgreementObject, { description: 'Attaches (or replaces) the signed document: pdf, doc(x), jpg, png; ≤ 5 MB' })
  async attachAgreementFile(@CurrentActor() actor: Actor, @Id('agreementId') agreementId: string, @Args('input') input: AgreementFileInput) {
    return AgreementObject.from(await this.service.attachFile(actor, agreementId, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => AgreementObject)
  async removeAgreementFile(@CurrentActor() actor: Actor, @Id('agreementId') agreementId: string) {
    return AgreementObject.from(await this.service.removeFile(actor, agreementId));
  }
}
