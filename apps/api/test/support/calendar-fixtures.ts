import { DataSource } from 'typeorm';

export const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export interface CalendarEventRow {
  title: string;
  kind?: string;
  municipality?: string;
  organizationId?: string;
  networkId?: string;
  startsOn: string;
  endsOn?: string;
  startsAt?: string;
  endsAt?: string;
  recurrence?: 'QUARTERLY' | 'MONTHLY' | 'WEEKLY';
  recurrenceCount?: number;
  competenceIds?: string[];
  spanEndsOn?: string;
}

/** An event written straight to the database (EVENTS' table), hosted by a municipality (by name), an organisation or a network. */
export async function insertCalendarEvent(db: DataSource, e: CalendarEventRow): Promise<string> {
  const municipalityId = e.municipality
    ? ((await db.query('SELECT id FROM municipality WHERE name = $1', [e.municipality])) as { id: string }[])[0]?.id
    : null;
  if (e.municipality && !municipalityId) throw new Error(`no municipality ${e.municipality}`);
  const endsOn = e.endsOn ?? e.startsOn;
  const rows = (await db.query(
    `INSERT INTO event (title, kind, municipality_id, organization_id, network_id, timing, starts_on, ends_on, starts_at, ends_at,
                        recurrence, recurrence_interval, recurrence_count, span_ends_on, competence_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $13, $14) RETURNING id`,
    [
      e.title,
      e.kind ?? 'SEMINAR',
      municipalityId,
      e.organizationId ?? null,
      e.networkId ?? null,
      e.startsAt ? 'DATE_TIME' : 'DATE',
      e.startsOn,
      endsOn,
      e.startsAt ?? null,
      e.endsAt ?? null,
      e.recurrence ?? null,
      e.recurrenceCount ?? null,
      e.spanEndsOn ?? endsOn,
      e.competenceIds ?? [],
    ],
  )) as { id: string }[];
  return rows[0].id;
}

export const PODPOROZHYE = 'Подпорожский муниципальный район';
export const TIMASHEVSK = 'Тимашевский район';
