import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { InternshipService } from './internship.service';
import {
  AddInternshipSessionInput,
  CreateInternshipCohortInput,
  DeclineInternshipApplicationInput,
  MarkInternshipAttendanceInput,
  NominateInternInput,
  ReviewInternshipProductInput,
  RevokeInternshipCertificateInput,
  SubmitInternshipProductInput,
  UpdateInternshipCohortInput,
  UpdateInternshipSessionInput,
} from './dto/internship.input';
import {
  InternshipApplicationObject,
  InternshipAttendanceRowObject,
  InternshipAttendanceSheetObject,
  InternshipCertificateFileObject,
  InternshipCertificateObject,
  InternshipCohortObject,
  InternshipSessionObject,
} from './dto/internship.object';
import { InternshipCohortEntity } from './internship-cohort.entity';
import type { ApplicationView } from './internship.service';

const app = (v: ApplicationView) => InternshipApplicationObject.from(v, v.completed, v.attendancePercent);

@Resolver(() => InternshipCohortObject)
export class InternshipResolver {
  constructor(private readonly service: InternshipService) {}

  private async objects(actor: Actor, cohorts: InternshipCohortEntity[]): Promise<InternshipCohortObject[]> {
    const details = await this.service.cohortDetails(actor, cohorts);
    return cohorts.map((c) => InternshipCohortObject.from(c, details.get(c.id)!));
  }

  @Policy(Permission.INTERNSHIP_READ)
  @Query(() => InternshipCohortObject, { description: 'A cohort the caller sees' })
  async internshipCohort(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<InternshipCohortObject> {
    return (await this.objects(actor, [await this.service.cohort(actor, id)]))[0]!;
  }

  @Policy(Permission.INTERNSHIP_READ)
  @Query(() => [InternshipCohortObject], { description: 'Cohorts of an internship programme that the caller sees' })
  async internshipCohorts(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID }, UuidPipe) programId: string): Promise<InternshipCohortObject[]> {
    return this.objects(actor, await this.service.cohortsOfProgram(actor, programId));
  }

  @Policy(Permission.INTERNSHIP_READ)
  @Query(() => [InternshipCohortObject], { description: 'Cohorts the caller sees that have not ended (≤ 50, the earliest first)' })
  async openInternshipCohorts(@CurrentActor() actor: Actor): Promise<InternshipCohortObject[]> {
    return this.objects(actor, await this.service.openCohorts(actor));
  }

  @Policy(Permission.INTERNSHIP_READ)
  @Query(() => [InternshipApplicationObject], { description: '«Мои стажировки»: the caller’s applications, newest first' })
  async myInternshipApplications(@CurrentActor() actor: Actor): Promise<InternshipApplicationObject[]> {
    return (await this.service.myApplications(actor)).map((x) => app(x.application));
  }

  @ResolveField(() => [InternshipSessionObject], { description: 'Sessions in time order; `archived: true` — the removed ones (to bring back)' })
  async sessions(@Parent() c: InternshipCohortObject, @Args('archived', { type: () => Boolean, defaultValue: false }) archived: boolean): Promise<InternshipSessionObject[]> {
    return (await this.service.sessions([c.id], archived)).map(InternshipSessionObject.from);
  }

  @ResolveField(() => [InternshipApplicationObject], { description: 'Seated, then the waitlist in order, then the rest; only for those who run the cohort' })
  async applications(@CurrentActor() actor: Actor, @Parent() c: InternshipCohortObject): Promise<InternshipApplicationObject[]> {
    return (await this.service.applicationsOf(actor, await this.service.cohort(actor, c.id))).map(app);
  }

  @ResolveField(() => InternshipApplicationObject, { nullable: true, description: 'The caller’s own latest application to this cohort' })
  async myApplication(@CurrentActor() actor: Actor, @Parent() c: InternshipCohortObject): Promise<InternshipApplicationObject | null> {
    const v = await this.service.myApplicationTo(actor, await this.service.cohort(actor, c.id));
    return v ? app(v) : null;
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipCohortObject, { description: 'Open a cohort of a programme (the site’s head, masters, methodists)' })
  async createInternshipCohort(@CurrentActor() actor: Actor, @Args('input') input: CreateInternshipCohortInput): Promise<InternshipCohortObject> {
    return (await this.objects(actor, [await this.service.createCohort(actor, input)]))[0]!;
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipCohortObject, { description: 'Edit a cohort: dates, capacity (never below the seats taken; a raise moves the waitlist up), track, completion rule' })
  async updateInternshipCohort(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: UpdateInternshipCohortInput): Promise<InternshipCohortObject> {
    return (await this.objects(actor, [await this.service.updateCohort(actor, id, input)]))[0]!;
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipSessionObject, { description: 'Edit a session of a cohort' })
  async updateInternshipSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: UpdateInternshipSessionInput): Promise<InternshipSessionObject> {
    return InternshipSessionObject.from(await this.service.updateSession(actor, id, input));
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipSessionObject, { description: 'Remove a session from the schedule (true) or bring it back (false); a session with attendance marked stays' })
  async setInternshipSessionArchived(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('archived') archived: boolean): Promise<InternshipSessionObject> {
    return InternshipSessionObject.from(await this.service.setSessionArchived(actor, id, archived));
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipCertificateObject, { description: 'Revoke a certificate with a reason (the site’s head, masters, methodists); the verification page then says so' })
  async revokeInternshipCertificate(@CurrentActor() actor: Actor, @Args('input') input: RevokeInternshipCertificateInput): Promise<InternshipCertificateObject> {
    const c = await this.service.revokeCertificate(actor, input);
    return { id: c.id, number: c.number, status: c.status, revokedAt: c.revokedAt, revokeReason: c.revokeReason };
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipSessionObject, { description: 'Add a session to a cohort' })
  async addInternshipSession(@CurrentActor() actor: Actor, @Args('input') input: AddInternshipSessionInput): Promise<InternshipSessionObject> {
    return InternshipSessionObject.from(await this.service.addSession(actor, input));
  }

  @Policy(Permission.INTERNSHIP_APPLY)
  @Mutation(() => InternshipApplicationObject, { description: 'A teacher applies: a free seat (awaiting the site’s decision) or the waitlist' })
  async applyToInternship(@CurrentActor() actor: Actor, @Args('cohortId', { type: () => ID }, UuidPipe) cohortId: string): Promise<InternshipApplicationObject> {
    return app(await this.service.apply(actor, cohortId));
  }

  @Policy(Permission.INTERNSHIP_NOMINATE)
  @Mutation(() => InternshipApplicationObject, { description: 'A school’s administration nominates its teacher' })
  async nominateToInternship(@CurrentActor() actor: Actor, @Args('input') input: NominateInternInput): Promise<InternshipApplicationObject> {
    return app(await this.service.nominate(actor, input));
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipApplicationObject)
  async approveInternshipApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<InternshipApplicationObject> {
    return app(await this.service.approve(actor, id));
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipApplicationObject, { description: 'Decline with a reason; a freed seat goes to the first on the waitlist' })
  async declineInternshipApplication(@CurrentActor() actor: Actor, @Args('input') input: DeclineInternshipApplicationInput): Promise<InternshipApplicationObject> {
    return app(await this.service.decline(actor, input));
  }

  @Policy(Permission.INTERNSHIP_APPLY)
  @Mutation(() => InternshipApplicationObject, { description: 'The teacher (or the nominating school) withdraws; a freed seat goes to the first on the waitlist' })
  async withdrawInternshipApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<InternshipApplicationObject> {
    return app(await this.service.withdraw(actor, id));
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Query(() => InternshipAttendanceSheetObject, { description: 'The attendance sheet of a session (its master and those who run the cohort)' })
  async internshipAttendanceSheet(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string): Promise<InternshipAttendanceSheetObject> {
    const s = await this.service.sheet(actor, sessionId);
    return { session: InternshipSessionObject.from(s.session), cohortId: s.cohort.id, cohortTitle: s.cohort.title, rows: s.rows };
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipAttendanceRowObject, { description: 'Mark one intern present or absent at a session' })
  async markInternshipAttendance(@CurrentActor() actor: Actor, @Args('input') input: MarkInternshipAttendanceInput): Promise<InternshipAttendanceRowObject> {
    return this.service.mark(actor, input);
  }

  @Policy(Permission.INTERNSHIP_APPLY)
  @Mutation(() => InternshipApplicationObject, { description: 'The intern submits the final product (a title and a link)' })
  async submitInternshipProduct(@CurrentActor() actor: Actor, @Args('input') input: SubmitInternshipProductInput): Promise<InternshipApplicationObject> {
    return app(await this.service.submitProduct(actor, input));
  }

  @Policy(Permission.INTERNSHIP_MANAGE)
  @Mutation(() => InternshipApplicationObject, { description: 'The master accepts or returns the final product' })
  async reviewInternshipProduct(@CurrentActor() actor: Actor, @Args('input') input: ReviewInternshipProductInput): Promise<InternshipApplicationObject> {
    return app(await this.service.reviewProduct(actor, input));
  }

  @Policy(Permission.INTERNSHIP_READ)
  @Query(() => InternshipCertificateFileObject, { description: 'The certificate as a PDF (its holder and those who run the cohort)' })
  internshipCertificatePdf(@CurrentActor() actor: Actor, @Args('certificateId', { type: () => ID }, UuidPipe) id: string): Promise<InternshipCertificateFileObject> {
    return this.service.certificatePdf(actor, id);
  }

  @Policy(Permission.INTERNSHIP_READ)
  @Query(() => String, { description: 'The certificate as an Open Badges 3.0 credential (JSON text)' })
  internshipCertificateCredential(@CurrentActor() actor: Actor, @Args('certificateId', { type: () => ID }, UuidPipe) id: string): Promise<string> {
    return this.service.credential(actor, id);
  }
}
