import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CrossCheckService } from './cross-check.service';
import { CrossCheckInput } from './dto/cross-check.input';
import { CrossCheckObject } from './dto/cross-check.object';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => CrossCheckObject)
export class CrossCheckResolver {
  constructor(private readonly service: CrossCheckService) {}

  @Policy(Permission.EVENT_READ)
  @Query(() => CrossCheckObject, { description: 'The cross-check of diagnostic papers recorded on an event of kind PAPER_CROSS_CHECK' })
  eventCrossCheck(@CurrentActor() actor: Actor, @Id('eventId') eventId: string) {
    return this.service.get(actor, eventId);
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => CrossCheckObject, { description: 'Replaces the schools, expert pairs and protocol of a cross-check' })
  saveEventCrossCheck(@CurrentActor() actor: Actor, @Id('eventId') eventId: string, @Args('input') input: CrossCheckInput) {
    return this.service.save(actor, eventId, input);
  }
}
