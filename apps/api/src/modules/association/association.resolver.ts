import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AssociationRole } from '@metodset/shared';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { AssociationService } from './association.service';
import { AssociationConnection, AssociationObject } from './dto/association.object';
import { AssociationMeetingInput, AssociationMemberInput, CreateAssociationInput, UpdateAssociationInput } from './dto/association.input';
import { AssociationsArgs } from './dto/associations.args';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => AssociationObject)
export class AssociationResolver {
  constructor(private readonly service: AssociationService) {}

  @Policy(Permission.ASSOCIATION_READ)
  @Query(() => AssociationConnection, { description: 'Associations hosted in the caller’s scope, or that the caller belongs to' })
  async associations(@CurrentActor() actor: Actor, @Args() args: AssociationsArgs) {
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(AssociationObject.from) };
  }

  @Policy(Permission.ASSOCIATION_READ)
  @Query(() => AssociationObject)
  async association(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AssociationObject.from(await this.service.get(actor.scope, id));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject)
  async createAssociation(@CurrentActor() actor: Actor, @Args('input') input: CreateAssociationInput) {
    return AssociationObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject)
  async updateAssociation(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateAssociationInput) {
    return AssociationObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject)
  async archiveAssociation(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AssociationObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject)
  async restoreAssociation(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AssociationObject.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject, { description: 'Adds a person; answers the association' })
  async addAssociationMember(@CurrentActor() actor: Actor, @Id('associationId') associationId: string, @Args('input') input: AssociationMemberInput) {
    return AssociationObject.from(await this.service.addMember(actor, associationId, input));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject)
  async updateAssociationMember(
    @CurrentActor() actor: Actor,
    @Id('memberId') memberId: string,
    @Args('role', { type: () => AssociationRole }) role: AssociationRole,
  ) {
    return AssociationObject.from(await this.service.updateMember(actor, memberId, { role }));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject)
  async removeAssociationMember(@CurrentActor() actor: Actor, @Id('memberId') memberId: string) {
    return AssociationObject.from(await this.service.removeMember(actor, memberId));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject, { description: 'Records a meeting with its minutes' })
  async addAssociationMeeting(@CurrentActor() actor: Actor, @Id('associationId') associationId: string, @Args('input') input: AssociationMeetingInput) {
    return AssociationObject.from(await this.service.addMeeting(actor, associationId, input));
  }

  @Policy(Permission.ASSOCIATION_WRITE)
  @Mutation(() => AssociationObject, { description: 'Corrects the minutes of a meeting' })
  async updateAssociationMeeting(@CurrentActor() actor: Actor, @Id('meetingId') meetingId: string, @Args('input') input: AssociationMeetingInput) {
    return AssociationObject.from(await this.service.updateMeeting(actor, meetingId, input));
  }
}
