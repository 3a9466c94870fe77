import { DataSource } from 'typeorm';
import type { Region } from './cross-scope-fixtures';

/** The calendar's rows of a cross-scope region: a cross-check event with its lists, and an iCal subscription of the teacher. */
export interface CalendarRegionIds {
  /** A PAPER_CROSS_CHECK event hosted by the region's school (the second school checks; the teacher and the mentor are experts). */
  crossCheckEvent: string;
  calendarSubscription: string;
}

/** Placeholders until `addCalendarRows` fills them (the region's rows must exist first). */
export const emptyCalendarIds = (): CalendarRegionIds => ({ crossCheckEvent: '', calendarSubscription: '' });

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function addCalendarRows(db: DataSource, r: Region, word: string): Promise<void> {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const title = `Перекрёстная проверка ${word}`;
  r.ids.crossCheckEvent = await one(
    `INSERT INTO event (title, kind, organization_id, timing, starts_on, ends_on, span_ends_on) VALUES ($1, 'PAPER_CROSS_CHECK', $2, 'DATE', $3, $3, $3) RETURNING id`,
    [title, r.ids.organization, day(5)],
  );
  await db.query(`INSERT INTO cross_check_school_pair (event_id, from_organization_id, checker_organization_id) VALUES ($1, $2, $3)`, [r.ids.crossCheckEvent, r.ids.organization, r.ids.organization2]);
  await db.query(`INSERT INTO cross_check_expert_pair (event_id, first_person_id, second_person_id, subject) VALUES ($1, $2, $3, 'Математика')`, [r.ids.crossCheckEvent, r.ids.person, r.ids.mentorPerson]);
  await db.query(`INSERT INTO cross_check_protocol_row (event_id, subject, grade, paper_count, discrepancy_count, comment) VALUES ($1, 'Математика', 9, 10, 1, $2)`, [
    r.ids.crossCheckEvent,
    `Протокол ${word}`,
  ]);
  r.ids.calendarSubscription = await one(
    `INSERT INTO calendar_subscription (account_id, name, token_hash) SELECT id, $2, md5(random()::text) || md5(random()::text) FROM account WHERE login = $1 RETURNING id`,
    [r.logins.teacher, `Подписка ${word}`],
  );
  r.names.push(title, `Протокол ${word}`, `Подписка ${word}`);
}
