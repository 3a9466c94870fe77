import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { Policy } from '../auth/policy.decorator';
import { UuidPipe } from '../graphql/uuid.pipe';
import { JobObject, MyJobsArgs } from './job.object';
import { JobService } from './jobs.service';

/** A signed-in account follows its own background jobs (the SPA polls `job` while one runs). */
@Resolver(() => JobObject)
export class JobResolver {
  constructor(private readonly service: JobService) {}

  @Policy(Permission.AUTHENTICATED)
  @Query(() => JobObject, { description: 'One of the caller’s own jobs (anyone else’s is NOT_FOUND)' })
  async job(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return JobObject.from(await this.service.find(actor, id));
  }

  @Policy(Permission.AUTHENTICATED)
  @Query(() => [JobObject], { description: 'The caller’s jobs, newest first' })
  async myJobs(@CurrentActor() actor: Actor, @Args() args: MyJobsArgs) {
    return (await this.service.mine(actor, args.kinds ?? null, args.first)).map(JobObject.from);
  }
}
