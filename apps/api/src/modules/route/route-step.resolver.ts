import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { MoveRouteStepInput, RouteEvidenceInput, RouteReflectionInput, RouteStepInput, RouteStepStatusInput, UpdateRouteStepInput } from './dto/route.input';
import { LearningRouteObject, RouteEvidenceFileObject } from './dto/route.object';
import { RouteStepService } from './route-step.service';
import { RouteService } from './route.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const R = LearningRouteObject.from;

/** Steps of a route: building them, marking them, their evidence files. Mutations answer the whole route. */
@Resolver()
export class RouteStepResolver {
  constructor(
    private readonly service: RouteStepService,
    private readonly routes: RouteService,
  ) {}

  @Policy(Permission.ROUTE_READ)
  @Query(() => RouteEvidenceFileObject, { description: 'The evidence file of a step' })
  routeStepEvidenceFile(@CurrentActor() actor: Actor, @Id('stepId') stepId: string) {
    return this.routes.evidenceFile(actor, stepId);
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async addRouteStep(@CurrentActor() actor: Actor, @Id('routeId') routeId: string, @Args('input') input: RouteStepInput) {
    return R(await this.service.addStep(actor, routeId, input));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async updateRouteStep(@CurrentActor() actor: Actor, @Id('stepId') stepId: string, @Args('input') input: UpdateRouteStepInput) {
    return R(await this.service.updateStep(actor, stepId, input));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async moveRouteStep(@CurrentActor() actor: Actor, @Id('stepId') stepId: string, @Args('input') input: MoveRouteStepInput) {
    return R(await this.service.moveStep(actor, stepId, input.position));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async removeRouteStep(@CurrentActor() actor: Actor, @Id('stepId') stepId: string) {
    return R(await this.service.removeStep(actor, stepId));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async setRouteStepStatus(@CurrentActor() actor: Actor, @Id('stepId') stepId: string, @Args('input') input: RouteStepStatusInput) {
    return R(await this.service.setStepStatus(actor, stepId, input));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: 'A link or a file (replaces the previous evidence)' })
  async attachRouteStepEvidence(@CurrentActor() actor: Actor, @Id('stepId') stepId: string, @Args('input') input: RouteEvidenceInput) {
    return R(await this.service.attachEvidence(actor, stepId, input));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async setRouteStepReflection(@CurrentActor() actor: Actor, @Id('stepId') stepId: string, @Args('input') input: RouteReflectionInput) {
    return R(await this.service.setReflection(actor, stepId, input.reflection));
  }
}
