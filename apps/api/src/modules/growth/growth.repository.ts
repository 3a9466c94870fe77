import { Injectable } from '@nestjs/common';
import { ProfessionalHoursKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { eventCondition } from '../event/event.sql';
import { hoursFactsSql } from './hours-facts.sql';
import { HoursFact } from './professional-hours';

interface FactRow {
  person_id: string;
  on_date: string;
  kind: ProfessionalHoursKind;
  title: string | null;
  hours: string | null;
  event_id: string | null;
  certificate_number: string | null;
}

/**
 * The read model «professional-development hours of a person»: the facts each owner domain exposes as a SQL
 * fragment (internship completions, event attendance × the event's hours), unioned in one statement for any
 * number of people. Growth owns no table.
 */
@Injectable()
export class GrowthRepository {
  async hoursFacts(m: EntityManager, scope: AccessScope, personIds: readonly string[]): Promise<HoursFact[]> {
    if (!personIds.length) return [];
    const visible = eventCondition(scope, 'eh_e');
    const ids = 'CAST(:personIds AS uuid[])';
    const sql = `SELECT f.person_id, to_char(f.on_date, 'YYYY-MM-DD') AS on_date, f.kind, f.title, f.hours::text AS hours, f.event_id, f.certificate_number
                   FROM (${hoursFactsSql(ids, visible.sql)}) f
                  ORDER BY f.person_id, f.on_date DESC, f.title`;
    const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, { ...visible.params, personIds: [...personIds], scopePersonId: scope.personId });
    const rows = (await m.query(text, values)) as FactRow[];
    return rows.map((r) => ({
      personId: r.person_id,
      onDate: r.on_date,
      kind: r.kind,
      title: r.title,
      hours: r.hours == null ? null : Number(r.hours),
      eventId: r.event_id,
      certificateNumber: r.certificate_number,
    }));
  }
}
