import { JournalEntryKind, RouteEvidenceSource } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { RouteEvidenceRepository } from '../modules/route/route-evidence.repository';
import { eventEvidenceUrl, ruDate } from '../modules/route/route-evidence.service';
import { RouteRepository } from '../modules/route/route.repository';

const PERSON = 'demo:person:53-borovichi-sosh9-young';
const EVENT = 'demo:event:friends-telebridge-teachers-day';
const ROUTE = 'demo:route:illustrative:borovichi-sosh9-young';

/**
 * An illustrative route of an invented young teacher (Яковлева М.И., not named by the seeds) with an EVENT step linked
 * to the 000 calendar's telebridge she (illustratively) attended: the attendance completes the step by the same rule
 * as marking it in the app (RouteEvidenceRepository), with its journal line. Idempotent.
 */
export async function seedDemoRouteLinks(m: EntityManager): Promise<{ routes: number; linkedSteps: number }> {
  const one = async <T>(sql: string, params: unknown[]) => ((await m.query(sql, params)) as T[])[0];
  const person = await one<{ id: string; organization_id: string; illustrative: boolean }>(
    `SELECT p.id, p.illustrative, (SELECT ps.organization_id FROM position ps WHERE ps.person_id = p.id ORDER BY ps.organization_id LIMIT 1) AS organization_id
       FROM person p WHERE p.external_id = $1`,
    [PERSON],
  );
  const event = await one<{ id: string; title: string }>(`SELECT id, title FROM event WHERE external_id = $1`, [EVENT]);
  if (!person || !event || !person.organization_id) return { routes: 0, linkedSteps: 0 };
  if (!person.illustrative) throw new Error(`${PERSON} must be illustrative: the demo route is invented`);
  const route = (await one<{ id: string }>(
    `INSERT INTO learning_route (person_id, organization_id, title, goal, starts_on, ends_on, status, approved_at, external_id)
     VALUES ($1, $2, 'ИОМ молодого педагога (иллюстративный)', 'Первый год в профессии: опыт коллег сети «Будем дружить школами»', '2026-09-01', '2027-05-31', 'IN_PROGRESS', '2026-09-10T10:00:00Z', $3)
     ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET title = EXCLUDED.title
     RETURNING id`,
    [person.id, person.organization_id, ROUTE],
  ))!;
  if (await one(`SELECT 1 FROM learning_route_step WHERE route_id = $1 LIMIT 1`, [route.id])) return { routes: 1, linkedSteps: 1 };
  const step = (await one<{ id: string; title: string }>(
    `INSERT INTO learning_route_step (route_id, position, kind, title, event_id, event_occurrence_date)
     VALUES ($1, 0, 'EVENT', $2, $3, '2026-10-01') RETURNING id, title`,
    [route.id, `Участие: ${event.title}`.slice(0, 500), event.id],
  ))!;
  await m.query(`INSERT INTO learning_route_step (route_id, position, kind, title) VALUES ($1, 1, 'OPEN_LESSON', 'Открытый урок английского языка для коллег сети')`, [route.id]);
  const attended = await one(`SELECT 1 FROM event_attendance WHERE event_id = $1 AND person_id = $2 AND occurrence_date = '2026-10-01'`, [event.id, person.id]);
  if (attended) {
    await new RouteEvidenceRepository().complete(m, [step.id], RouteEvidenceSource.ATTENDANCE, '2026-10-01', eventEvidenceUrl(event.id));
    await new RouteRepository().addJournal(m, [
      { routeId: route.id, stepId: step.id, kind: JournalEntryKind.EVIDENCE, occurredOn: '2026-10-01', text: `Посещено мероприятие «${event.title}» ${ruDate('2026-10-01')}: шаг «${step.title}» выполнен`, authorAccountId: null },
    ]);
  }
  return { routes: 1, linkedSteps: 1 };
}
