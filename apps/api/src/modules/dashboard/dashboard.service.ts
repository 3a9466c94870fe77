import { Injectable } from '@nestjs/common';
import { IndicatorOwnerKind } from '@metodset/shared';
import { Actor } from '../../common/auth/actor';
import { AccessService } from '../../common/access/access.service';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError, notFound } from '../../common/errors/errors';
import { DeficitsRepository } from '../deficits/deficits.repository';
import { DeficitsService } from '../deficits/deficits.service';
import { IndicatorObject } from '../indicator/dto/indicator.object';
import { IndicatorReader } from '../indicator/indicator.reader';
import { dashboardPeriod, percentShare } from './dashboard-period';
import { DashboardRepository, DashboardSubjectRef } from './dashboard.repository';
import { DashboardInput } from './dto/dashboard.input';
import { DashboardObject, DashboardSubjectKind } from './dto/dashboard.object';

const today = () => new Date().toISOString().slice(0, 10);
const NOT_FOUND = 'Территория, сеть или программа не найдена';
const PLATFORM_TITLE = 'Все регионы';

/** Dashboards of a territory, a network or a programme: the owners' read models over the subject's people, in the caller's scope. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: DashboardRepository,
    private readonly deficits: DeficitsService,
    private readonly deficitsRepo: DeficitsRepository,
    private readonly indicators: IndicatorReader,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  /** The subject the input names (checked against the scope: out of reach is NOT_FOUND), or the caller's own territory. */
  async subject(actor: Actor, input: DashboardInput): Promise<DashboardSubjectRef> {
    const m = this.uow.reader;
    const chosen: [DashboardSubjectKind, string | null | undefined, 'dashboard.municipality' | 'dashboard.region' | 'dashboard.network' | 'dashboard.program'][] = [
      [DashboardSubjectKind.MUNICIPALITY, input.municipalityId, 'dashboard.municipality'],
      [DashboardSubjectKind.REGION, input.regionId, 'dashboard.region'],
      [DashboardSubjectKind.NETWORK, input.networkId, 'dashboard.network'],
      [DashboardSubjectKind.PROGRAM, input.programId, 'dashboard.program'],
    ];
    const given = chosen.filter(([, id]) => !!id);
    if (given.length > 1) throw fieldError('municipalityId', 'Выберите что-то одно: муниципалитет, регион, сеть или программу');
    if (given.length === 1) {
      const [kind, id, rule] = given[0];
      await this.access.require(m, actor.user, rule, id as string, NOT_FOUND);
      return { kind, id: id as string };
    }
    const scope = actor.scope.withoutSelf();
    if (scope.all) return { kind: DashboardSubjectKind.PLATFORM, id: null };
    if (scope.regionIds.length) return { kind: DashboardSubjectKind.REGION, id: scope.regionIds[0] };
    if (scope.municipalityIds.length) return { kind: DashboardSubjectKind.MUNICIPALITY, id: scope.municipalityIds[0] };
    throw notFound(NOT_FOUND);
  }

  async dashboard(actor: Actor, input: DashboardInput): Promise<DashboardObject> {
    const m = this.uow.reader;
    const subject = await this.subject(actor, input);
    const period = dashboardPeriod(input.schoolYear, today());
    const title = subject.kind === DashboardSubjectKind.PLATFORM ? PLATFORM_TITLE : await this.repo.title(m, subject);
    if (title == null) throw notFound(NOT_FOUND);
    const s = await this.repo.summary(m, actor.scope, subject, period.from, period.to);
    const byMonth = new Map(s.months.map((r) => [r.month, r]));
    return {
      kind: subject.kind,
      subjectId: subject.id,
      title,
      schoolYear: period.schoolYear,
      periodLabel: period.label,
      from: period.from,
      to: period.to,
      indicators: await this.indicatorsOf(actor, subject),
      teachers: s.teachers,
      mentoring: {
        inMentoring: s.in_mentoring,
        mentors: s.mentors,
        mentees: s.mentees,
        coverageShare: percentShare(s.in_mentoring, s.teachers),
        pairs: s.pairs,
        pairsActive: s.pairs_active,
      },
      internships: { cohorts: s.cohorts, interns: s.interns, completed: s.completed },
      events: { events: s.events, participants: s.participants, visits: s.visits },
      months: period.months.map((month) => {
        const r = byMonth.get(month);
        return { month, events: r?.events ?? 0, participants: r?.participants ?? 0, visits: r?.visits ?? 0, internshipsCompleted: r?.completed ?? 0 };
      }),
      deficits: await this.heatmap(actor, subject, input.frameworkId ?? null),
    };
  }

  /** The subject's own indicators through the indicator domain's reader (inside the caller's INDICATOR_READ scope). */
  private async indicatorsOf(actor: Actor, subject: DashboardSubjectRef): Promise<IndicatorObject[]> {
    const kind = {
      [DashboardSubjectKind.MUNICIPALITY]: IndicatorOwnerKind.MUNICIPALITY,
      [DashboardSubjectKind.REGION]: IndicatorOwnerKind.REGION,
      [DashboardSubjectKind.NETWORK]: IndicatorOwnerKind.NETWORK,
      [DashboardSubjectKind.PROGRAM]: IndicatorOwnerKind.MENTORING_PROGRAM,
      [DashboardSubjectKind.PLATFORM]: null,
    }[subject.kind];
    if (!kind || !subject.id) return [];
    return (await this.indicators.forOwner(actor.user, { kind, id: subject.id })).map(IndicatorObject.from);
  }

  /** The deficits domain's heatmap of the territory or network (none for a programme, or when no framework exists). */
  private async heatmap(actor: Actor, subject: DashboardSubjectRef, frameworkId: string | null) {
    if (subject.kind === DashboardSubjectKind.PROGRAM) return null;
    const framework = frameworkId ?? (await this.deficitsRepo.frameworks(this.uow.reader))[0]?.id;
    if (!framework) return null;
    return this.deficits.heatmap(actor, {
      frameworkId: framework,
      municipalityId: subject.kind === DashboardSubjectKind.MUNICIPALITY ? subject.id : null,
      regionId: subject.kind === DashboardSubjectKind.REGION ? subject.id : null,
      networkId: subject.kind === DashboardSubjectKind.NETWORK ? subject.id : null,
    });
  }
}
