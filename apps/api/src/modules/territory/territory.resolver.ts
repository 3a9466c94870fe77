import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { MunicipalityObject, RegionObject } from './dto/territory.objects';
import { TerritoryService } from './territory.service';

@Resolver()
export class TerritoryResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Policy(Permission.TERRITORY_READ)
  @Query(() => [RegionObject], { description: 'Regions the caller works in' })
  async regions(@CurrentActor() actor: Actor): Promise<RegionObject[]> {
    return (await this.territory.regions(actor.scope)).map(RegionObject.from);
  }

  @Policy(Permission.TERRITORY_READ)
  @Query(() => [MunicipalityObject], { description: 'Municipalities the caller works in' })
  async municipalities(
    @CurrentActor() actor: Actor,
    @Args('regionId', { type: () => ID, nullable: true }, UuidPipe) regionId?: string,
  ): Promise<MunicipalityObject[]> {
    return (await this.territory.municipalities(actor.scope, regionId)).map(MunicipalityObject.from);
  }
}
