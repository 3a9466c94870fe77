import { Injectable, Module } from '@nestjs/common';
import { JournalEntryKind, ROUTE_STEP_STATUS_LABELS, RouteEvidenceSource, RouteStepStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RouteEvidenceRepository } from './route-evidence.repository';
import { RouteRepository } from './route.repository';

/** DD.MM.YYYY of an ISO date. */
export const ruDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
/** Where the evidence of an attended event points: the event's page. */
export const eventEvidenceUrl = (eventId: string) => `/events/${eventId}`;
/** Where the evidence of a completed module points: the certificate's public verification page. */
export const certificateEvidenceUrl = (number: string) => `/verify/${encodeURIComponent(number)}`;

/**
 * Facts of other domains as evidence on route steps, inside the caller's transaction (the event and internship
 * services call it with their manager, so the mark and the step change commit or roll back together).
 *
 * Rules: a fact completes a person's steps linked to it (an EVENT step to the event — any occurrence, or the one it
 * names; an INTERNSHIP_MODULE step to the module — any cohort, or the one it names) in the person's own route that is
 * approved or in progress and not archived, began no later than the fact, and only steps still planned or in progress
 * with no evidence of their own: status DONE on the fact's date, the link as evidence, a journal line.
 * Unmarking attendance reverts a step only if nothing else changed it since (still DONE on that date with that link,
 * the source still remembered — a status or evidence set by hand forgets it) and no other attended occurrence backs
 * it: the step gets back the status it had, loses the date and the link, and the journal says so.
 */
@Injectable()
export class RouteEvidenceService {
  constructor(
    private readonly repo: RouteEvidenceRepository,
    private readonly routes: RouteRepository,
    private readonly audit: AuditService,
  ) {}

  async attended(m: EntityManager, fact: { accountId: string | null; eventId: string; eventTitle: string; occurrenceDate: string; personIds: readonly string[] }): Promise<void> {
    if (!fact.personIds.length) return;
    const steps = await this.repo.openEventSteps(m, fact.personIds, fact.eventId, fact.occurrenceDate);
    if (!steps.length) return;
    const url = eventEvidenceUrl(fact.eventId);
    await this.repo.complete(m, steps.map((s) => s.id), RouteEvidenceSource.ATTENDANCE, fact.occurrenceDate, url);
    await this.record(m, fact.accountId, steps, 'attendance-evidence', fact.occurrenceDate, (s) => `Посещено мероприятие «${fact.eventTitle}» ${ruDate(fact.occurrenceDate)}: шаг «${s.title}» выполнен`, { eventId: fact.eventId, occurrenceDate: fact.occurrenceDate, url });
  }

  async unattended(m: EntityManager, fact: { accountId: string | null; eventId: string; eventTitle: string; occurrenceDate: string; personIds: readonly string[] }): Promise<void> {
    if (!fact.personIds.length) return;
    const steps = await this.repo.revertibleEventSteps(m, fact.personIds, fact.eventId, fact.occurrenceDate, eventEvidenceUrl(fact.eventId));
    if (!steps.length) return;
    await this.repo.revert(m, steps.map((s) => s.id));
    await this.record(
      m,
      fact.accountId,
      steps,
      'attendance-evidence-revert',
      new Date().toISOString().slice(0, 10),
      (s) => `Отметка посещения мероприятия «${fact.eventTitle}» ${ruDate(fact.occurrenceDate)} снята: шаг «${s.title}» снова «${ROUTE_STEP_STATUS_LABELS[s.prevStatus as RouteStepStatus].toLowerCase()}»`,
      { eventId: fact.eventId, occurrenceDate: fact.occurrenceDate },
    );
  }

  async modulesCompleted(m: EntityManager, fact: { accountId: string | null; personId: string; cohortId: string; modules: readonly { moduleId: string; title: string }[]; on: string; certificateNumber: string }): Promise<void> {
    if (!fact.modules.length) return;
    const steps = await this.repo.openModuleSteps(m, fact.personId, fact.modules.map((x) => x.moduleId), fact.cohortId, fact.on);
    if (!steps.length) return;
    const url = certificateEvidenceUrl(fact.certificateNumber);
    const titles = new Map(fact.modules.map((x) => [x.moduleId, x.title]));
    await this.repo.complete(m, steps.map((s) => s.id), RouteEvidenceSource.COMPLETION, fact.on, url);
    await this.record(m, fact.accountId, steps, 'completion-evidence', fact.on, (s) => `Модуль стажировки «${titles.get(s.moduleId)}» завершён (сертификат № ${fact.certificateNumber}): шаг «${s.title}» выполнен`, { cohortId: fact.cohortId, url });
  }

  private async record<S extends { id: string; routeId: string; personId: string }>(m: EntityManager, accountId: string | null, steps: readonly S[], action: string, on: string, text: (s: S) => string, after: Record<string, unknown>) {
    await this.routes.addJournal(m, steps.map((s) => ({ routeId: s.routeId, stepId: s.id, kind: JournalEntryKind.EVIDENCE, occurredOn: on, text: text(s), authorAccountId: accountId })));
    for (const s of steps) await this.audit.record(m, { accountId, action, entityType: 'learning-route', entityId: s.routeId, after: { stepId: s.id, ...after }, personIds: [s.personId] });
  }
}

/** The route-domain hook other domains import to turn their facts into evidence (no dependency back on them). */
@Module({ providers: [RouteEvidenceRepository, RouteRepository, RouteEvidenceService], exports: [RouteEvidenceService] })
export class RouteEvidenceModule {}
