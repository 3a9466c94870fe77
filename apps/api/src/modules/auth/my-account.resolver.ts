import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { AccountSessionObject } from './dto/account-session.object';
import { ChangePasswordInput } from './dto/change-password.input';
import { MyAccountService } from './my-account.service';

interface GqlContext {
  req: { ip?: string };
}

/** The signed-in user's own account: password and sessions («Учётная запись»). */
@Resolver()
export class MyAccountResolver {
  constructor(private readonly account: MyAccountService) {}

  @Policy(Permission.AUTHENTICATED)
  @Mutation(() => Boolean, { description: 'Changes the caller’s password (the current one is required); every other session of the account ends' })
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput, @Context() ctx: GqlContext): Promise<boolean> {
    await this.account.changePassword(actor.user, input.oldPassword, input.newPassword, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Policy(Permission.AUTHENTICATED)
  @Query(() => [AccountSessionObject], { description: 'The caller’s open sessions' })
  mySessions(@CurrentActor() actor: Actor): Promise<AccountSessionObject[]> {
    return this.account.mySessions(actor.user);
  }

  @Policy(Permission.AUTHENTICATED)
  @Mutation(() => [AccountSessionObject], { description: 'Ends one of the caller’s sessions; returns those still open' })
  endSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AccountSessionObject[]> {
    return this.account.endSession(actor.user, id);
  }

  @Policy(Permission.AUTHENTICATED)
  @Mutation(() => [AccountSessionObject], { description: 'Ends every session of the caller but the current one; returns those still open' })
  endOtherSessions(@CurrentActor() actor: Actor): Promise<AccountSessionObject[]> {
    return this.account.endOtherSessions(actor.user);
  }
}
