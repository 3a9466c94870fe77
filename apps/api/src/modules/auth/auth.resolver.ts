import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Actor, GateRequest } from '../../common/auth/actor';
import { SESSION_COOKIE } from '../../common/auth/gate.guard';
import { Permission } from '../../common/auth/permissions';
import { Policy, Public } from '../../common/auth/policy.decorator';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { LoginPayload, MeObject } from './dto/me.object';
import { SignInOptionsObject } from './dto/sign-in-options.object';
import { OidcService } from './oidc.service';

interface CookieResponse {
  cookie(name: string, value: string, options: Record<string, unknown>): void;
  clearCookie(name: string, options: Record<string, unknown>): void;
}
interface GqlContext {
  req: GateRequest & { ip?: string };
  res: CookieResponse;
}

const cookieOptions = (secure: boolean) => ({ httpOnly: true, sameSite: 'lax', secure, path: '/' });

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcService,
  ) {}

  @Public()
  @Query(() => SignInOptionsObject, { description: 'Password login on or off; the identity provider, when configured' })
  signInOptions(): SignInOptionsObject {
    return {
      passwordLogin: this.auth.passwordLogin,
      providerLabel: this.oidc.enabled ? this.oidc.label : null,
      providerUrl: this.oidc.enabled ? '/api/auth/oidc/start' : null,
    };
  }

  @Public()
  @Query(() => MeObject, { nullable: true, description: 'The signed-in account, or null' })
  me(@Context() ctx: GqlContext): MeObject | null {
    return ctx.req.user ? MeObject.from(ctx.req.user) : null;
  }

  @Public()
  @Mutation(() => LoginPayload)
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<LoginPayload> {
    const ua = ctx.req.headers['user-agent'];
    const result = await this.auth.login(input.login, input.password, {
      ip: ctx.req.ip ?? 'unknown',
      userAgent: typeof ua === 'string' ? ua : null,
    });
    const secure = ctx.req.headers['x-forwarded-proto'] === 'https';
    ctx.res.cookie(SESSION_COOKIE, result.token, { ...cookieOptions(secure), expires: result.expiresAt });
    return { token: result.token, expiresAt: result.expiresAt, me: MeObject.from(result.user) };
  }

  @Policy(Permission.AUTHENTICATED)
  @Mutation(() => Boolean)
  async logout(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(actor.user);
    ctx.res.clearCookie(SESSION_COOKIE, cookieOptions(ctx.req.headers['x-forwarded-proto'] === 'https'));
    return true;
  }
}
