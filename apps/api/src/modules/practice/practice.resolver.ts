import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { PracticesArgs } from './dto/practice.args';
import { AttachmentInput, CreatePracticeInput, ReturnPracticeInput, UpdatePracticeInput } from './dto/practice.input';
import { PracticeConnection, PracticeFileObject, PracticeObject } from './dto/practice.object';
import { PracticeService } from './practice.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

/** The bank of practices: list with Russian full-text search, card, changes and the review flow. */
@Resolver(() => PracticeObject)
export class PracticeResolver {
  constructor(private readonly service: PracticeService) {}

  @Policy(Permission.PRACTICE_READ)
  @Query(() => PracticeConnection, { description: 'Practice cards the caller reads; `filter.search` is Russian full text, ranked' })
  async practices(@CurrentActor() actor: Actor, @Args() args: PracticesArgs) {
    const page = await this.service.list(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(PracticeObject.from) };
  }

  @Policy(Permission.PRACTICE_READ)
  @Query(() => PracticeObject)
  async practice(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PracticeObject.from(await this.service.get(actor, id));
  }

  @Policy(Permission.PRACTICE_READ)
  @Query(() => PracticeFileObject, { description: 'The bytes of an attachment (base64)' })
  practiceAttachmentFile(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.attachmentFile(actor, id);
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject)
  async createPractice(@CurrentActor() actor: Actor, @Args('input') input: CreatePracticeInput) {
    return PracticeObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject, { description: 'Change a draft or a returned card' })
  async updatePractice(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdatePracticeInput) {
    return PracticeObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject, { description: 'Send a draft or a returned card to review in a network (its own, or the one given)' })
  async submitPractice(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('networkId', { type: () => ID, nullable: true }, UuidPipe) networkId?: string | null) {
    return PracticeObject.from(await this.service.submit(actor, id, networkId));
  }

  @Policy(Permission.PRACTICE_REVIEW)
  @Mutation(() => PracticeObject, { description: 'Publish a card on review in its network (rule practice.review)' })
  async publishPractice(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PracticeObject.from(await this.service.publish(actor, id));
  }

  @Policy(Permission.PRACTICE_REVIEW)
  @Mutation(() => PracticeObject, { description: 'Return a card on review to its authors with a reason' })
  async returnPractice(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: ReturnPracticeInput) {
    return PracticeObject.from(await this.service.return(actor, id, input.reason));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject, { description: 'Take a published card back to a draft to rework it' })
  async withdrawPractice(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PracticeObject.from(await this.service.withdraw(actor, id));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject)
  async archivePractice(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PracticeObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject)
  async restorePractice(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PracticeObject.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject, { description: 'Attach a file or a link to a card' })
  async addPracticeAttachment(@CurrentActor() actor: Actor, @Id('practiceId') practiceId: string, @Args('input') input: AttachmentInput) {
    return PracticeObject.from(await this.service.addAttachment(actor, practiceId, input));
  }

  @Policy(Permission.PRACTICE_WRITE)
  @Mutation(() => PracticeObject)
  async removePracticeAttachment(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PracticeObject.from(await this.service.removeAttachment(actor, id));
  }
}
