import { Injectable } from '@nestjs/common';
import { EventRegistrationStatus, EventStatus, IndicatorOwnerKind, InternshipApplicationStatus, MentorshipSide, MentorshipStatus, ResponseStatus, RouteStatus } from '@metodset/shared';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { SortDirection } from '../../common/pagination/order';
import { DiagnosticsService } from '../diagnostics/diagnostics.service';
import { DocumentService } from '../document/document.service';
import { EventFilter, EventOrderField } from '../event/dto/events.args';
import { EventService } from '../event/event.service';
import { IndicatorReader } from '../indicator/indicator.reader';
import { InternshipService } from '../internship/internship.service';
import { MentoringService } from '../mentoring/mentoring.service';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { OrganizationRepository } from '../organization/organization.repository';
import { PersonRepository } from '../person/person.repository';
import { RouteOrderField } from '../route/dto/route.args';
import { RouteService } from '../route/route.service';
import { SurveyService } from '../survey/survey.service';
import { addDays, AHEAD_DAYS, meetingsAhead, stepDue } from './agenda-rules';
import {
  AGENDA_LIMIT,
  AgendaApprovalObject,
  AgendaDiagnosticObject,
  AgendaDocumentTaskObject,
  AgendaEventObject,
  AgendaInternshipApplicationObject,
  AgendaInternshipSessionObject,
  AgendaMeetingObject,
  AgendaRouteStepObject,
  AgendaSurveyObject,
} from './dto/home.object';

const callerOf = (actor: Actor): Caller => ({ grants: actor.user.grants, personId: actor.user.personId });
/** The same caller, seen with the scope of another permission (the agenda's blocks belong to different domains). */
const withScope = (actor: Actor, access: AccessService, permission: Permission): Actor => ({ user: actor.user, scope: access.scope(callerOf(actor), permission) });

/**
 * «Моя страница» and the school page. Every block asks the domain that owns the facts (diagnostics, route, event,
 * internship, mentoring, survey, person for names) through its service, inside the caller's scope for that domain's
 * permission; nothing here reads their tables. Each block costs a fixed number of statements, whatever the data.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly diagnosticsOf: DiagnosticsService,
    private readonly documents: DocumentService,
    private readonly routes: RouteService,
    private readonly eventService: EventService,
    private readonly internships: InternshipService,
    private readonly mentoring: MentoringService,
    private readonly surveyService: SurveyService,
    private readonly people: PersonRepository,
    private readonly organizations: OrganizationRepository,
    private readonly indicatorReader: IndicatorReader,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  /** Open campaigns with a self-assessment the caller has not submitted yet. One statement. */
  async diagnostics(actor: Actor): Promise<AgendaDiagnosticObject[]> {
    const mine = await this.diagnosticsOf.myDiagnostics(actor);
    return mine
      .filter((d) => d.selfAssessment && d.status !== ResponseStatus.SUBMITTED)
      .map((d) => ({ participantId: d.participantId, campaignId: d.campaignId, campaignName: d.campaignName, instrumentName: d.instrumentName, closesOn: d.closesOn, status: d.status }));
  }

  /** Open steps of the caller's own (and their groups') approved or running routes that are overdue or due soon. Two statements. */
  async routeSteps(actor: Actor, today: string): Promise<AgendaRouteStepObject[]> {
    const routes = (await this.routes.mine(actor)).filter((r) => r.status === RouteStatus.APPROVED || r.status === RouteStatus.IN_PROGRESS);
    const byId = new Map(routes.map((r) => [r.id, r]));
    const steps = await this.routes.stepsOf([...byId.keys()]);
    return steps
      .flatMap((s) => {
        const route = byId.get(s.routeId)!;
        const due = stepDue(route.status, s, today);
        return due && s.endsOn ? [{ stepId: s.id, routeId: route.id, routeTitle: route.title, title: s.title, endsOn: s.endsOn, due }] : [];
      })
      .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.title.localeCompare(b.title, 'ru'))
      .slice(0, AGENDA_LIMIT);
  }

  /** Whether the caller approves routes anywhere (the approvals block is shown only then). */
  approves = (actor: Actor) => this.access.has(callerOf(actor), Permission.ROUTE_APPROVE);

  /**
   * Routes on approval that the caller may approve (the access rule `route.approve`: in their ROUTE_APPROVE scope,
   * not their own), oldest first; of one organisation with `organizationId`. Four statements (page, count, rule, names).
   */
  async approvals(actor: Actor, organizationId?: string): Promise<AgendaApprovalObject[]> {
    if (!this.approves(actor)) return [];
    const page = await this.routes.list(
      withScope(actor, this.access, Permission.ROUTE_APPROVE),
      { status: RouteStatus.ON_APPROVAL, organizationId, archived: ArchiveFilter.ACTIVE },
      { field: RouteOrderField.STARTS_ON, direction: SortDirection.ASC },
      { first: AGENDA_LIMIT },
    );
    const allowed = await this.access.check(this.uow.reader, callerOf(actor), 'route.approve', page.nodes.map((r) => r.id));
    const routes = page.nodes.filter((r) => allowed.has(r.id));
    const names = await this.names(routes.map((r) => r.personId));
    return routes.map((r) => ({ routeId: r.id, title: r.title, status: r.status, personId: r.personId, fullName: r.personId ? (names.get(r.personId) ?? null) : null, startsOn: r.startsOn }));
  }

  /**
   * Events of the next AHEAD_DAYS days the caller registered for (events they may see: hosted in their scope or taken
   * part in), nearest first. Three statements (page, count, the caller's registrations among them).
   */
  async events(actor: Actor, today: string): Promise<AgendaEventObject[]> {
    const personId = actor.user.personId;
    if (!personId) return [];
    const page = await this.upcomingEvents(actor, today, {});
    const mine = await this.eventService.myRegistrations(
      personId,
      page.map((e) => e.eventId),
    );
    const registered = new Set(mine.filter((r) => r.status === EventRegistrationStatus.REGISTERED).map((r) => r.eventId));
    return page.filter((e) => registered.has(e.eventId)).slice(0, AGENDA_LIMIT);
  }

  /** Upcoming events hosted or organised by a school (the school page). Two statements. */
  schoolEvents = async (actor: Actor, organizationId: string, today: string) => (await this.upcomingEvents(actor, today, { organizationId })).slice(0, AGENDA_LIMIT);

  private async upcomingEvents(actor: Actor, today: string, filter: Partial<EventFilter>): Promise<AgendaEventObject[]> {
    const f = Object.assign(new EventFilter(), { ...filter, from: today, to: addDays(today, AHEAD_DAYS), archived: ArchiveFilter.ACTIVE });
    const page = await this.eventService.list(withScope(actor, this.access, Permission.EVENT_READ).scope, f, { field: EventOrderField.STARTS_ON, direction: SortDirection.ASC }, { first: 100 });
    return page.nodes
      .filter((e) => e.status !== EventStatus.CANCELLED)
      .map((e) => ({ eventId: e.id, title: e.title, startsOn: e.startsOn, endsOn: e.endsOn, place: e.place }));
  }

  /** Sessions of the next AHEAD_DAYS days of cohorts the caller was admitted to. Two statements. */
  async internshipSessions(actor: Actor, now: Date): Promise<AgendaInternshipSessionObject[]> {
    const admitted = (await this.internships.myApplicationRows(actor)).filter((a) => a.status === InternshipApplicationStatus.APPROVED);
    const titles = new Map(admitted.map((a) => [a.cohortId, a.cohortTitle]));
    const until = new Date(now.getTime() + AHEAD_DAYS * 86_400_000);
    const sessions = await this.internships.sessions([...titles.keys()]);
    return sessions
      .filter((s) => s.endsAt >= now && s.startsAt <= until)
      .slice(0, AGENDA_LIMIT)
      .map((s) => ({ sessionId: s.id, cohortId: s.cohortId, cohortTitle: titles.get(s.cohortId)!, topic: s.topic, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place }));
  }

  /**
   * Internship applications waiting for the caller's decision: submitted to live cohorts the caller runs (the staging
   * site's head or master, staff over its host organisation), oldest first. At most three statements.
   */
  async internshipApplications(actor: Actor, today: string): Promise<AgendaInternshipApplicationObject[]> {
    const rows = await this.internships.applicationsToDecide(actor, today, AGENDA_LIMIT);
    return rows.map((r) => ({
      applicationId: r.id,
      cohortId: r.cohortId,
      cohortTitle: r.cohortTitle,
      cohortStartsOn: r.cohortStartsOn,
      personId: r.personId,
      fullName: r.fullName,
      source: r.source,
      submittedAt: r.createdAt,
    }));
  }

  /**
   * Points of orders naming the caller as responsible that are not done, overdue first (DOCUMENT's read of the
   * caller's open tasks, inside the caller's DOCUMENT_READ scope). One statement.
   */
  async documentTasks(actor: Actor, today: string): Promise<AgendaDocumentTaskObject[]> {
    const rows = await this.documents.myOpenTasks(withScope(actor, this.access, Permission.DOCUMENT_READ), AGENDA_LIMIT, today);
    return rows.map((r) => ({ taskId: r.id, documentId: r.documentId, documentTitle: r.documentTitle, documentNumber: r.documentNumber, number: r.number, text: r.text, dueOn: r.dueOn, state: r.state }));
  }

  /**
   * Meetings ahead of the caller's active or planned mentorships, with the other side named (read inside the
   * caller's MENTORING_READ scope, where one's own mentorships always are). Five statements.
   */
  async meetings(actor: Actor, today: string): Promise<AgendaMeetingObject[]> {
    const me = actor.user.personId;
    if (!me) return [];
    const page = await this.mentoring.listMentorships(withScope(actor, this.access, Permission.MENTORING_READ), { personId: me }, undefined, { first: 100 });
    const live = page.nodes.filter((ms) => ms.status === MentorshipStatus.ACTIVE || ms.status === MentorshipStatus.PLANNED).map((ms) => ms.id);
    const [participants, sessions] = await Promise.all([this.mentoring.participantsOf(live), this.mentoring.sessionsOf(live)]);
    const ahead = meetingsAhead(sessions, today);
    const mySide = new Map(participants.filter((p) => p.personId === me).map((p) => [p.mentorshipId, p.side]));
    const others = (msId: string) => participants.filter((p) => p.mentorshipId === msId && p.side !== mySide.get(msId) && p.personId !== me);
    const names = await this.names(ahead.flatMap((s) => others(s.mentorshipId).map((p) => p.personId)));
    return ahead.map((s) => ({
      sessionId: s.id,
      mentorshipId: s.mentorshipId,
      plannedOn: s.plannedOn,
      topic: s.topic,
      format: s.format,
      side: mySide.get(s.mentorshipId) ?? MentorshipSide.MENTEE,
      others: others(s.mentorshipId)
        .map((p) => ({ personId: p.personId, fullName: names.get(p.personId) ?? '' }))
        .sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru')),
    }));
  }

  /** Questionnaires waiting for the caller's answer. One statement. */
  async surveys(actor: Actor): Promise<AgendaSurveyObject[]> {
    return (await this.surveyService.tasks(actor)).map((t) => ({ surveyId: t.survey.id, title: t.survey.title, mentorshipId: t.mentorshipId, programName: t.programName }));
  }

  /** The school's own indicators (owner ORGANIZATION) from INDICATORS' read model, inside the caller's INDICATOR_READ scope. */
  schoolIndicators = (actor: Actor, organizationId: string) => this.indicatorReader.forOwner(callerOf(actor), { kind: IndicatorOwnerKind.ORGANIZATION, id: organizationId });

  /** Full names from the person domain (its one reader of names). */
  private async names(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    return new Map((await this.people.cards(this.uow.reader, wanted)).map((c) => [c.id, c.fullName]));
  }

  /** The school page's organisation: one the caller acts for (rule `organization.write`); out of reach is NOT_FOUND. */
  async school(actor: Actor, organizationId: string): Promise<{ id: string; name: string }> {
    await this.access.require(this.uow.reader, callerOf(actor), 'organization.write', organizationId, 'Организация не найдена');
    const [org] = await this.organizations.byIds(this.uow.reader, [organizationId]);
    return { id: org.id, name: org.shortName || org.name };
  }
}
