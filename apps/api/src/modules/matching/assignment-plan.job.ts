import { Injectable, OnModuleInit } from '@nestjs/common';
import { ASSIGNMENT_PLAN_JOB_KIND } from '@metodset/shared';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { fieldError } from '../../common/errors/errors';
import { JobContext, JobHandler } from '../../common/jobs/job-handler';
import { JobRow, JobService } from '../../common/jobs/jobs.service';
import { CreateAssignmentPlanInput } from './dto/matching.input';
import { MatchingService } from './matching.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PlanJobParams {
  programId: string;
  menteePersonIds: string[] | null;
  preferences: { otherSchool?: boolean | null; sameMunicipality?: boolean | null } | null;
}

/**
 * «Рассчитать распределение» as a background job (`matching.assignment-plan`): the caller's job computes the plan in
 * the worker thread and reports the solver's progress, so the SPA shows a progress bar that survives a page reload
 * (`myJobs` of this kind, the programme in its parameters). The plan itself is the same `createPlan` writes.
 */
@Injectable()
export class AssignmentPlanJob implements OnModuleInit, JobHandler<PlanJobParams> {
  readonly kind = ASSIGNMENT_PLAN_JOB_KIND;

  constructor(
    private readonly jobs: JobService,
    private readonly matching: MatchingService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async enqueue(actor: Actor, programId: string, input: CreateAssignmentPlanInput): Promise<JobRow> {
    const params = { programId, menteePersonIds: input.menteePersonIds ?? null, preferences: input.preferences ? { ...input.preferences } : null };
    const program = await this.matching.checkPlannable(actor, programId, params.menteePersonIds);
    return this.jobs.enqueue(actor, this.kind, params, `Распределение наставляемых: «${program.name}»`);
  }

  async validate(params: Record<string, unknown>, actor: Actor): Promise<PlanJobParams> {
    const programId = params['programId'];
    if (typeof programId !== 'string' || !UUID.test(programId)) throw fieldError('programId', 'Неверный идентификатор программы');
    const ids = params['menteePersonIds'];
    const menteePersonIds = Array.isArray(ids) && ids.every((x) => typeof x === 'string' && UUID.test(x)) ? (ids as string[]) : null;
    if (ids != null && !menteePersonIds) throw fieldError('menteePersonIds', 'Неверный идентификатор педагога');
    const p = params['preferences'] as PlanJobParams['preferences'];
    const preferences = p && typeof p === 'object' ? { otherSchool: p.otherSchool === true, sameMunicipality: p.sameMunicipality === true } : null;
    await this.matching.checkPlannable(actor, programId, menteePersonIds);
    return { programId, menteePersonIds, preferences };
  }

  auditParams(params: PlanJobParams): Record<string, unknown> {
    return { programId: params.programId, mentees: params.menteePersonIds?.length ?? null, preferences: params.preferences };
  }

  async run(ctx: JobContext<PlanJobParams>): Promise<null> {
    const actor = ctx.actor(Permission.MATCHING);
    await ctx.progress(1);
    // The worker's progress is stored as it comes (a failed write of a progress value does not stop the plan).
    const input = { menteePersonIds: ctx.params.menteePersonIds, preferences: ctx.params.preferences };
    await this.matching.createPlan(actor, ctx.params.programId, input, (percent) => void ctx.progress(percent).catch(() => undefined));
    return null;
  }
}
