import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GateRequest } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { RoutesArgs, SharedTeachersArgs } from './dto/route.args';
import { CreateRouteInput, RouteJournalInput, RouteReturnInput, UpdateRouteInput } from './dto/route.input';
import {
  LearningRouteConnection,
  LearningRouteObject,
  ProposedRouteStepObject,
  RouteAchievementsObject,
  RouteCompetenceOptionObject,
  RouteDeficitOptionObject,
  RouteEffectivenessItemObject,
  RouteMentorshipObject,
  SharedTeacherConnection,
} from './dto/route.object';
import { PersonCards } from '../person/person-cards';
import { RouteBuildService } from './route-build.service';
import { primeRoutePage, withPageFacts } from './route-loaders';
import { RouteService } from './route.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const OptId = (name: string) => Args(name, { type: () => ID, nullable: true }, UuidPipe);
const R = LearningRouteObject.from;

@Resolver()
export class RouteResolver {
  constructor(
    private readonly service: RouteService,
    private readonly build: RouteBuildService,
    private readonly cards: PersonCards,
  ) {}

  @Policy(Permission.ROUTE_READ)
  @Query(() => LearningRouteConnection, { description: 'Routes of people in the caller’s scope, and the caller’s own' })
  async learningRoutes(@CurrentActor() actor: Actor, @Args() args: RoutesArgs) {
    const page = await this.service.list(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(R) };
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => LearningRouteObject)
  async learningRoute(@CurrentActor() actor: Actor, @Id('id') id: string, @Context('req') req: GateRequest) {
    const page = await this.service.forPage(actor, id);
    // Read in the page's one statement: the loaders answer the page's fields (and the same keys elsewhere) from it; the
    // rights and the person's visibility also ride on the object (its fields answer them synchronously).
    primeRoutePage(req, this.service, this.cards, page);
    return withPageFacts(R(page.route), { rights: page.rights, personShown: page.personShown });
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => [LearningRouteObject], { description: '«Мой маршрут»: the caller’s own routes and their groups’ routes' })
  async myLearningRoutes(@CurrentActor() actor: Actor) {
    return (await this.service.mine(actor)).map(R);
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => [RouteCompetenceOptionObject], { description: 'Competences of published frameworks to pick for a route' })
  routeCompetenceOptions(@Args('frameworkCode', { type: () => String, nullable: true }) frameworkCode: string | null) {
    return this.build.competenceOptions(frameworkCode?.trim() || null);
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => [RouteDeficitOptionObject], { description: 'The person’s latest deficits and proficits per competence (for the route builder)' })
  routeDeficitOptions(@CurrentActor() actor: Actor, @Id('personId') personId: string, @OptId('campaignId') campaignId: string | null) {
    return this.build.deficitOptions(actor, personId, campaignId ?? null);
  }

  @Policy(Permission.ROUTE_WRITE)
  @Query(() => [ProposedRouteStepObject], { description: 'Steps proposed from the person’s deficits: mentors who cover them, self-education for the rest' })
  proposeRouteSteps(
    @CurrentActor() actor: Actor,
    @Id('personId') personId: string,
    @Args('competenceIds', { type: () => [ID], defaultValue: [] }) competenceIds: string[],
    @OptId('campaignId') campaignId: string | null,
  ) {
    return this.build.propose(actor, personId, competenceIds, campaignId ?? null);
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => [RouteEffectivenessItemObject], { description: '«Карта эффективности»: each targeted competence before and after the route' })
  routeEffectiveness(@CurrentActor() actor: Actor, @Id('routeId') routeId: string) {
    return this.service.effectiveness(actor, routeId);
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => RouteAchievementsObject, { description: '«Диалог в сети»: a teacher’s achievements on their routes (shared ones across the network)' })
  async routeAchievements(@CurrentActor() actor: Actor, @Id('personId') personId: string) {
    return this.service.achievements(actor, personId);
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => [RouteMentorshipObject], { description: 'Mentorships of the route’s person as a mentee, for its MENTORING steps' })
  routeMentorshipOptions(@CurrentActor() actor: Actor, @Id('routeId') routeId: string) {
    return this.service.mentorshipOptions(actor, routeId);
  }

  @Policy(Permission.ROUTE_READ)
  @Query(() => SharedTeacherConnection, { description: '«Диалог в сети»: teachers whose routes are shared in the caller’s networks (the most recently changed first unless ordered)' })
  sharedAchievements(@CurrentActor() actor: Actor, @Args() args: SharedTeachersArgs) {
    return this.service.sharedTeachers(actor, args.search ?? null, args.orderBy, args);
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: 'A draft route of a person (or a group) with the competences it addresses' })
  async createLearningRoute(@CurrentActor() actor: Actor, @Args('input') input: CreateRouteInput) {
    return R(await this.service.create(actor, input));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: 'While a draft or returned' })
  async updateLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateRouteInput) {
    return R(await this.service.update(actor, id, input));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async archiveLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return R(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject)
  async restoreLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return R(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: 'Draft or returned → on approval' })
  async submitLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return R(await this.service.submit(actor, id));
  }

  @Policy(Permission.ROUTE_APPROVE)
  @Mutation(() => LearningRouteObject, { description: 'On approval → approved (not by the route’s owner)' })
  async approveLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return R(await this.service.approve(actor, id));
  }

  @Policy(Permission.ROUTE_APPROVE)
  @Mutation(() => LearningRouteObject, { description: 'On approval → returned, with comments' })
  async returnLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: RouteReturnInput) {
    return R(await this.service.returnForRework(actor, id, input.comment));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: 'Approved → in progress' })
  async startLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return R(await this.service.start(actor, id));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: 'In progress → completed, once no step is planned or in progress' })
  async completeLearningRoute(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return R(await this.service.complete(actor, id));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: 'A dated note in the growth journal' })
  async addRouteJournalEntry(@CurrentActor() actor: Actor, @Id('routeId') routeId: string, @Args('input') input: RouteJournalInput) {
    return R(await this.service.addJournalEntry(actor, routeId, input));
  }

  @Policy(Permission.ROUTE_WRITE)
  @Mutation(() => LearningRouteObject, { description: '«Диалог в сети»: the owner shows the route’s achievements to their networks' })
  async setRouteSharing(@CurrentActor() actor: Actor, @Id('routeId') routeId: string, @Args('shared') shared: boolean) {
    return R(await this.service.setSharing(actor, routeId, shared));
  }
}
