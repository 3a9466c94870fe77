import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { AccessService } from '../../common/access/access.service';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { MentoringProgramObject } from '../mentoring/dto/mentoring.object';
import { MentoringProgramEntity } from '../mentoring/mentoring-program.entity';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { AssignmentPlanItemEntity } from './assignment-plan-item.entity';
import { AssignmentPlanItemObject, AssignmentPlanMentorObject, AssignmentPlanObject } from './dto/matching.object';
import { MatchingService } from './matching.service';

const matchingScope = (req: GateRequest) => (req.user ? AccessService.scope(req.user, Permission.MATCHING) : AccessScope.none());

@Resolver(() => AssignmentPlanObject)
export class AssignmentPlanFieldsResolver {
  constructor(private readonly service: MatchingService) {}

  private itemRows(req: object, planId: string): Promise<AssignmentPlanItemEntity[]> {
    return loaderFor<string, AssignmentPlanItemEntity[]>(req, 'matching.items', async (ids) => groupByKeys(ids, await this.service.itemsOf(ids), (x) => x.planId)).load(planId);
  }

  private program(req: object, id: string): Promise<MentoringProgramEntity | null> {
    return loaderFor<string, MentoringProgramEntity | null>(req, 'matching.program', async (ids) => byKeys(ids, await this.service.programsByIds(ids), (p) => p.id, null)).load(id);
  }

  @ResolveField(() => [AssignmentPlanItemObject], { description: 'Best fit first; mentees without a mentor last' })
  async items(@Parent() p: AssignmentPlanObject, @Context('req') req: object) {
    return (await this.itemRows(req, p.id)).map(AssignmentPlanItemObject.from);
  }

  @ResolveField(() => Int)
  async menteeCount(@Parent() p: AssignmentPlanObject, @Context('req') req: object) {
    return (await this.itemRows(req, p.id)).length;
  }

  @ResolveField(() => Int)
  async assignedCount(@Parent() p: AssignmentPlanObject, @Context('req') req: object) {
    return (await this.itemRows(req, p.id)).filter((x) => x.mentorPersonId).length;
  }

  @ResolveField('program', () => MentoringProgramObject)
  async programOf(@Parent() p: AssignmentPlanObject, @Context('req') req: object) {
    const program = await this.program(req, p.programId);
    if (!program) throw new Error(`programme ${p.programId} missing`);
    return MentoringProgramObject.from(program);
  }

  @ResolveField(() => Boolean, { description: 'The caller manages the programme: may edit, publish and discard the plan' })
  async canEdit(@Parent() p: AssignmentPlanObject, @Context('req') req: GateRequest) {
    const program = await this.program(req, p.programId);
    if (!program) return false;
    const caller = req.user;
    if (!caller) return false;
    return loaderFor<string, boolean>(req, 'matching.canManage', async (ids) => {
      const ok = await this.service.manageable(caller, ids);
      return ids.map((id) => ok.has(id));
    }).load(program.id);
  }

  @ResolveField(() => [AssignmentPlanMentorObject], { description: 'The mentors one may choose, with places left after the plan (for one plan at a time)' })
  mentors(@Parent() p: AssignmentPlanObject, @Context('req') req: GateRequest) {
    return this.service.planMentors(matchingScope(req), p);
  }
}

@Resolver(() => AssignmentPlanItemObject)
export class AssignmentPlanItemFieldsResolver {
  constructor(private readonly cards: PersonCards) {}

  @ResolveField(() => PersonCardObject)
  async mentee(@Parent() x: AssignmentPlanItemObject, @Context('req') req: object) {
    const card = await this.cards.load(req, x.menteePersonId);
    if (!card) throw new Error(`person ${x.menteePersonId} missing`);
    return card;
  }

  @ResolveField(() => PersonCardObject, { nullable: true })
  mentor(@Parent() x: AssignmentPlanItemObject, @Context('req') req: object) {
    return x.mentorPersonId ? this.cards.load(req, x.mentorPersonId) : null;
  }
}
