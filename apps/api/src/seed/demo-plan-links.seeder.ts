import { PlanLinkKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';

/** Podporozhye's events name their year-plan and item: «План мероприятий проекта «Школа – школе» на 2020- 2021 учебный год, п. 1.1 (seed 002)». */
const PODPOROZHYE_SOURCE = /^План мероприятий проекта «Школа – школе» на (.+) учебный год, п\. (\S+) \(seed 002\)$/;

/** Links named by their keys: the plan item (its external id) and the event (its external id). */
const NAMED_LINKS: { item: string; event: string; why: string }[] = [
  // Seed 004: the 2020 row «Проведение заседаний Координационного совета — 4 раза в год» is the council series.
  { item: 'demo:plan:timashevsk-krc-plan-schedule:1.2', event: 'demo:event:timashevsk-coordination-council', why: 'Проведение заседаний Координационного совета' },
  // Seed 003, roadmap item 4: the cross-checks of the 9th and 11th grades' papers.
  { item: 'demo:plan:vorkuta-roadmap-2022:2.4', event: 'demo:event:vorkuta-cross-check-9', why: 'перекрестных проверок' },
  { item: 'demo:plan:vorkuta-roadmap-2022:2.4', event: 'demo:event:vorkuta-cross-check-11', why: 'перекрестных проверок' },
];

const one = async (m: EntityManager, sql: string, params: unknown[], what: string): Promise<string> => {
  const rows = (await m.query(sql, params)) as { id: string }[];
  if (rows.length !== 1) throw new Error(`Demo plan links: ${what} matches ${rows.length} rows, expected exactly one`);
  return rows[0].id;
};

/**
 * Demo plan items linked to the demo events that carry them out (after events, plans and cross-checks are seeded):
 * each Podporozhye event to the item its `source` names (plan by its year, item by its number — exactly, or the seed
 * fails), Timashevsk's council row to the council series, Vorkuta's roadmap item 4 to its two cross-checks. No event
 * status is touched: the items follow the events as their seeders keep them (Podporozhye's and Timashevsk's PLANNED,
 * the seeds not saying they were held; the cross-check seeder marks Vorkuta's past cross-checks HELD). Idempotent.
 */
export async function seedDemoPlanLinks(m: EntityManager): Promise<{ links: number }> {
  const pairs: { item: string; event: string }[] = [];
  const podporozhye = (await m.query(`SELECT id, source FROM event WHERE external_id LIKE 'demo:event:podp-%' ORDER BY external_id`)) as { id: string; source: string }[];
  for (const e of podporozhye) {
    const match = PODPOROZHYE_SOURCE.exec(e.source ?? '');
    if (!match) throw new Error(`Demo plan links: event source «${e.source}» names no year-plan item`);
    const [, years, number] = match;
    const item = await one(
      m,
      `SELECT i.id FROM plan_item i JOIN plan p ON p.id = i.plan_id
        WHERE p.external_id LIKE 'demo:plan:podporozhye-%' AND p.period_text = $1 AND rtrim(i.number, '.') = $2`,
      [`${years} учебный год`, number],
      `«${e.source}»`,
    );
    pairs.push({ item, event: e.id });
  }
  for (const l of NAMED_LINKS) {
    const item = await one(m, `SELECT id FROM plan_item WHERE external_id = $1 AND title LIKE '%' || $2 || '%'`, [l.item, l.why], l.item);
    pairs.push({ item, event: await one(m, `SELECT id FROM event WHERE external_id = $1`, [l.event], l.event) });
  }
  for (const p of pairs) {
    await m.query(`INSERT INTO plan_item_link (item_id, kind, target_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_plan_item_link DO NOTHING`, [
      p.item,
      PlanLinkKind.EVENT,
      p.event,
    ]);
  }
  return { links: pairs.length };
}
