import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { INDICATOR_STATUS_RULE } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { AccessService } from '../../common/access/access.service';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { loaderFor } from '../../common/graphql/loaders';
import { IndicatorObject } from './dto/indicator.object';

/** Abilities of an indicator (batched: one statement for a page). */
@Resolver(() => IndicatorObject)
export class IndicatorFieldsResolver {
  constructor(
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  @ResolveField(() => Boolean, { description: 'The caller may change it, its targets and values' })
  canEdit(@Parent() p: IndicatorObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'indicator.canEdit', async (ids) => {
      const ok = req.user ? await this.access.check(this.uow.reader, req.user, 'indicator.manage', ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(p.id);
  }

  @ResolveField(() => String, { description: 'The status rule in words' })
  statusRule(): string {
    return INDICATOR_STATUS_RULE;
  }
}
