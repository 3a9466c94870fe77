import { Injectable } from '@nestjs/common';
import { DashboardRowKind } from '@metodset/shared';
import { AccessAction } from '../../common/access/access-rules';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { SortDirection } from '../../common/pagination/order';
import { dashboardPeriod } from './dashboard-period';
import { DashboardRowsRepository } from './dashboard-rows.repository';
import { DashboardService } from './dashboard.service';
import { DashboardRowOrderField, DashboardRowsArgs } from './dto/dashboard-rows.args';
import { DashboardRowObject } from './dto/dashboard-rows.object';

const today = () => new Date().toISOString().slice(0, 10);
/** Shown instead of a title the caller may not read (a network event or a mentorship of another territory its people joined). */
export const HIDDEN_ROW = 'Недоступно в вашей зоне ответственности';

/** Which rule opens a row of each kind (people rows are of the caller's registry scope already). */
const OPEN_RULE: Partial<Record<DashboardRowKind, AccessAction>> = {
  [DashboardRowKind.MENTORSHIP]: 'mentorship.read',
  [DashboardRowKind.COHORT]: 'internship.cohort.read',
  [DashboardRowKind.EVENT]: 'event.read',
};

/**
 * The rows behind a dashboard number: the subject checked as the dashboard checks it (out of reach is NOT_FOUND), the
 * same school year, the population narrowed to the people of the caller's registry scope. A mentorship, cohort or
 * event the caller may not read is counted but shown without its title; an attended occurrence shows its event's
 * title only when the caller may read the event. Reads of people are audited by the audit plugin (`personId`).
 */
@Injectable()
export class DashboardRowsService {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly repo: DashboardRowsRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  async rows(actor: Actor, args: DashboardRowsArgs) {
    const m = this.uow.reader;
    const subject = await this.dashboards.subject(actor, args.input);
    const period = dashboardPeriod(args.input.schoolYear, today());
    const rowsScope = this.access.scope(actor.user, Permission.REGISTRY_READ);
    const order = args.orderBy ?? { field: DashboardRowOrderField.NAME, direction: SortDirection.ASC };
    const conn = await this.repo.page(m, actor.scope, rowsScope, subject, args.metric, { from: period.from, to: period.to }, order, args);
    const kind = conn.nodes[0]?.kind;
    const rule = kind === DashboardRowKind.VISIT ? 'event.read' : kind ? OPEN_RULE[kind] : undefined;
    const ids = conn.nodes.map((r) => (r.kind === DashboardRowKind.VISIT ? r.ref_id : r.id));
    const readable = rule ? await this.access.check(m, actor.user, rule, ids) : null;
    const nodes: DashboardRowObject[] = conn.nodes.map((r) => {
      if (r.kind === DashboardRowKind.PERSON) return { id: r.id, kind: r.kind, personId: r.person_id, name: r.name, context: r.context, day: r.day, canOpen: true };
      if (r.kind === DashboardRowKind.VISIT) {
        const seen = readable?.has(r.ref_id ?? '') ?? false;
        return { id: r.id, kind: r.kind, personId: r.person_id, name: r.name, context: seen ? r.context : HIDDEN_ROW, day: r.day, canOpen: true };
      }
      const seen = readable?.has(r.id) ?? false;
      return { id: r.id, kind: r.kind, personId: null, name: seen ? r.name : HIDDEN_ROW, context: seen ? r.context : null, day: r.day, canOpen: seen };
    });
    return { ...conn, nodes };
  }
}
