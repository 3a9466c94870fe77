import { Injectable } from '@nestjs/common';
import { EventKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, FieldError, notFound } from '../../common/errors/errors';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { AuditService } from '../audit/audit.service';
import { CalendarEntry, calendarEntries, icalOccurrenceOf } from './calendar-occurrences';
import { CalendarRepository, OptionRow, SubscriptionRow } from './calendar.repository';
import { calendarFeedPath, hashCalendarToken, isCalendarToken, newCalendarToken } from './calendar-token';
import { CalendarArgs, CalendarFilter, CreateCalendarSubscriptionInput } from './dto/calendar.args';
import { EventFilter } from './dto/events.args';
import { addDays } from './event-occurrences';
import { EventRepository } from './event.repository';
import { buildIcal } from './ical';

/** The longest range the calendar view asks for (a month grid shows six weeks). */
export const CALENDAR_MAX_DAYS = 100;
/** Events read for one view or feed at most (each may be a series): the statement count and size stay bounded. */
export const CALENDAR_MAX_EVENTS = 1000;
/** What a subscription feed covers around today. */
const FEED_PAST_DAYS = 180;
const FEED_FUTURE_DAYS = 400;

const CONSTRAINTS: Record<string, FieldError> = {
  ck_calendar_subscription_name: { field: 'name', message: 'Введите название подписки' },
};
const NOT_IN_SCOPE = 'Не найдено или вне вашей зоны ответственности';
const FILTER_LISTS = [
  ['networkId', 'network'],
  ['municipalityId', 'municipality'],
  ['competenceId', 'competence'],
] as const satisfies readonly (readonly [keyof CalendarFilter, OptionRow['list']])[];

const today = () => new Date().toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The calendar: occurrences of visible events in a range, iCal feeds of a filter (subscriptions) and of one event. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly events: EventRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Two statements whatever the range holds: the events (series included) and their exceptions. */
  private async entries(m: EntityManager, scope: AccessScope, filter: CalendarFilter | undefined, from: string, lastDay: string): Promise<CalendarEntry[]> {
    const f: EventFilter = {
      archived: ArchiveFilter.ACTIVE,
      networkId: filter?.networkId ?? undefined,
      municipalityId: filter?.municipalityId ?? undefined,
      kind: filter?.kind ?? undefined,
      competenceId: filter?.competenceId ?? undefined,
      from,
      to: lastDay,
    };
    const events = await this.events.all(m, scope, f, CALENDAR_MAX_EVENTS);
    const series = events.filter((e) => e.recurrence).map((e) => e.id);
    const exceptions = series.length ? await this.events.exceptionsOf(m, series) : [];
    const byEvent = new Map<string, typeof exceptions>();
    for (const x of exceptions) byEvent.set(x.eventId, [...(byEvent.get(x.eventId) ?? []), x]);
    return calendarEntries(events, byEvent, from, lastDay);
  }

  async occurrences(scope: AccessScope, args: CalendarArgs): Promise<CalendarEntry[]> {
    const days = daysBetween(args.from, args.to);
    if (Number.isNaN(days)) throw badInput([{ field: 'from', message: 'Неверная дата' }]);
    if (days < 1) throw badInput([{ field: 'to', message: 'Дата «по» должна быть позже даты «с»' }]);
    if (days > CALENDAR_MAX_DAYS) throw badInput([{ field: 'to', message: `Период календаря — не больше ${CALENDAR_MAX_DAYS} дней` }]);
    return this.entries(this.uow.reader, scope, args.filter, args.from, addDays(args.to, -1));
  }

  async filterOptions(scope: AccessScope): Promise<Record<'networks' | 'municipalities' | 'competences', { id: string; name: string }[]>> {
    const rows = await this.repo.filterOptions(this.uow.reader, scope);
    const pick = (list: OptionRow['list']) => rows.filter((r) => r.list === list).map(({ id, name }) => ({ id, name }));
    return { networks: pick('network'), municipalities: pick('municipality'), competences: pick('competence') };
  }

  subscriptions(actor: Actor): Promise<SubscriptionRow[]> {
    return this.repo.subscriptions(this.uow.reader, actor.user.accountId);
  }

  /** A new secret for the filter; only its hash is kept, the path is answered once. */
  async subscribe(actor: Actor, input: CreateCalendarSubscriptionInput): Promise<{ path: string; subscription: SubscriptionRow }> {
    const token = newCalendarToken();
    const f = input.filter;
    return this.uow.write(
      async (m) => {
        await this.checkFilter(m, actor, f);
        const id = await this.repo.insert(m, {
          accountId: actor.user.accountId,
          name: input.name,
          tokenHash: hashCalendarToken(token),
          networkId: f?.networkId ?? null,
          municipalityId: f?.municipalityId ?? null,
          kind: (f?.kind as EventKind | undefined) ?? null,
          competenceId: f?.competenceId ?? null,
        });
        await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'calendar_subscription', entityId: id, after: { name: input.name, filter: f ?? {} } });
        const [subscription] = await this.repo.subscriptions(m, actor.user.accountId, id);
        return { path: calendarFeedPath(token), subscription };
      },
      CONSTRAINTS,
    );
  }

  /** A filter names only what the caller's visible events use (anything else reads as missing, in scope or not). */
  private async checkFilter(m: EntityManager, actor: Actor, f: CalendarFilter | undefined): Promise<void> {
    const wanted = FILTER_LISTS.filter(([key]) => f?.[key]);
    if (!wanted.length) return;
    const known = new Set((await this.repo.filterOptions(m, actor.scope)).map((r) => `${r.list}:${r.id}`));
    const fields = wanted.filter(([key, list]) => !known.has(`${list}:${f?.[key]}`)).map(([key]) => ({ field: `filter.${key}`, message: NOT_IN_SCOPE }));
    if (fields.length) throw badInput(fields);
  }

  /** Another account's subscription reads as a missing one. */
  async revoke(actor: Actor, id: string): Promise<SubscriptionRow> {
    return this.uow.write(async (m) => {
      const [found] = await this.repo.subscriptions(m, actor.user.accountId, id);
      if (!found || !(await this.repo.revoke(m, actor.user.accountId, id))) throw notFound('Подписка не найдена');
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'revoke', entityType: 'calendar_subscription', entityId: id });
      return { ...found, revokedAt: new Date() };
    });
  }

  /**
   * The feed of a subscription: what its owner may see now, through the same scope as the calendar. Null (→ 404) for
   * an unknown, revoked or malformed secret, a disabled account, or an owner who may no longer read events.
   */
  async feed(token: string, origin: string | null): Promise<string | null> {
    if (!isCalendarToken(token)) return null;
    const m = this.uow.reader;
    const owner = await this.repo.feedOwner(m, hashCalendarToken(token));
    if (!owner) return null;
    const scope = AccessScope.forPermission(Permission.EVENT_READ, owner.grants, owner.personId);
    if (scope.isEmpty) return null;
    const s = owner.subscription;
    const from = addDays(today(), -FEED_PAST_DAYS);
    const entries = await this.entries(m, scope, { networkId: s.networkId, municipalityId: s.municipalityId, kind: s.kind, competenceId: s.competenceId }, from, addDays(today(), FEED_FUTURE_DAYS));
    await this.repo.touch(m, s.id);
    return buildIcal({ name: s.name, occurrences: entries.map((e) => icalOccurrenceOf(e, origin ? `${origin}/events/${e.eventId}` : null)) });
  }

  /** One event (every occurrence of a series) as iCal, for a caller who sees it. */
  async eventIcal(scope: AccessScope, eventId: string, origin: string | null): Promise<string> {
    const m = this.uow.reader;
    const event = await this.events.findInScope(m, scope, eventId);
    if (!event || event.archivedAt) throw notFound('Мероприятие не найдено');
    const exceptions = event.recurrence ? await this.events.exceptionsOf(m, [event.id]) : [];
    const entries = calendarEntries([event], new Map([[event.id, exceptions]]), '0001-01-01', '9999-12-31');
    return buildIcal({ name: event.title, occurrences: entries.map((e) => icalOccurrenceOf(e, origin ? `${origin}/events/${e.eventId}` : null)) });
  }
}
