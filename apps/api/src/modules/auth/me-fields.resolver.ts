import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../../common/access/access.service';
import { Permission } from '../../common/auth/permissions';
import { MeObject } from './dto/me.object';

/** The caller's abilities that are not about a row, from the access component (the SPA holds no role lists). */
@Resolver(() => MeObject)
export class MeFieldsResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [Permission], { description: 'The permissions the caller holds somewhere; which rows each reaches is still decided by the API' })
  permissions(@Parent() me: MeObject): Permission[] {
    return Object.values(Permission).filter((p) => this.access.has(me, p));
  }
}
