import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { EventConnection, EventObject } from './dto/event.object';
import { EventsArgs } from './dto/events.args';
import { EventService } from './event.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => EventObject)
export class EventResolver {
  constructor(private readonly service: EventService) {}

  @Policy(Permission.EVENT_READ)
  @Query(() => EventConnection, { description: 'Events hosted or organised in the caller’s scope, and those the caller takes part in' })
  async events(@CurrentActor() actor: Actor, @Args() args: EventsArgs) {
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(EventObject.from) };
  }

  @Policy(Permission.EVENT_READ)
  @Query(() => EventObject)
  async event(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return EventObject.from(await this.service.get(actor.scope, id));
  }
}
