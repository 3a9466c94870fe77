import { EntityManager } from 'typeorm';
import { PlanMonitoringRepository } from '../modules/plan/plan-monitoring.repository';
import { snapshotItem } from '../modules/plan/plan-snapshot';

/**
 * Demo data of plan monitoring. Everything here is invented and marked illustrative; the plans' items stay exactly as
 * the seeds state them.
 * - Timashevsk (004): the plan-schedule says the coordination council meets four times a year; the meetings of 2021
 *   (dates, agenda, decisions) are illustrative and name no people.
 * - Podporozhye (002): the programme plans yearly monitoring and plan correction («Мониторинг реализации проекта.
 *   Корректировка плана мероприятий»); one correction is shown as it would be recorded: an invented earlier period of an
 *   item corrected to the period the seed states, with two versions (before and after).
 * - Risks: seed 003 lists the risks of the Vorkuta project («Риски»); they are kept with its road map as written, not
 *   illustrative, with no mitigation (the seed states none). Seed 000 lists risks too but has no plan in the demo, and
 *   002 and 004 list none, so no other risk is seeded or invented.
 */
export const DEMO_RISK_PLAN = 'demo:plan:vorkuta-roadmap-2022';
/** Seed 003, «Риски», as written. */
export const VORKUTA_RISKS = [
  'Недостаточная активность и заинтересованность педагогов в профессиональном и личностном росте.',
  'Дефицит времени, связанный с высокой интенсивностью работы.',
  'Дефицит педагогических кадров.',
] as const;
export const DEMO_COUNCIL_PLAN = 'demo:plan:timashevsk-krc-plan-schedule';
export const DEMO_CORRECTED_PLAN = 'demo:plan:podporozhye-2020-2021';
export const DEMO_CORRECTION_REASON = 'Иллюстративно: перенос по итогам ежегодного мониторинга реализации проекта';

const COUNCIL_2021: { heldOn: string; agenda: string[]; decisions: string[] }[] = [
  { heldOn: '2021-02-16', agenda: ['Об итогах работы стажировочных площадок в 2020 году', 'О плане-графике на 2021 год'], decisions: ['Утвердить план-график на 2021 год'] },
  { heldOn: '2021-05-18', agenda: ['О промежуточных результатах стажировок молодых педагогов'], decisions: ['Провести методический семинар для наставников стажировочных площадок'] },
  { heldOn: '2021-09-14', agenda: ['О мониторинге деятельности территориальных методических служб'], decisions: ['Подготовить сводный отчёт по результатам мониторинга'] },
  { heldOn: '2021-12-14', agenda: ['Об итогах 2021 года', 'О предложениях в план-график на 2022 год'], decisions: [] },
];

export async function seedDemoPlanMonitoring(m: EntityManager): Promise<{ meetings: number; corrections: number; risks: number }> {
  const planId = async (key: string) => ((await m.query('SELECT id, title FROM plan WHERE external_id = $1', [key])) as { id: string; title: string }[])[0];
  let meetings = 0;
  let corrections = 0;
  const council = await planId(DEMO_COUNCIL_PLAN);
  if (council && !(await m.query('SELECT 1 FROM council_meeting WHERE plan_id = $1', [council.id])).length) {
    for (const c of COUNCIL_2021) {
      const [{ id }] = (await m.query(`INSERT INTO council_meeting (plan_id, held_on, agenda, illustrative) VALUES ($1, $2, $3, true) RETURNING id`, [council.id, c.heldOn, c.agenda])) as { id: string }[];
      for (const [i, text] of c.decisions.entries()) await m.query('INSERT INTO council_decision (meeting_id, position, text) VALUES ($1, $2, $3)', [id, i + 1, text]);
      meetings += 1;
    }
  }
  const plan = await planId(DEMO_CORRECTED_PLAN);
  if (plan && !(await m.query('SELECT 1 FROM plan_correction WHERE plan_id = $1', [plan.id])).length) {
    const rows = await new PlanMonitoringRepository().monitoredItems(m, plan.id, '2021-08-31');
    const target = rows.find((r) => r.title.startsWith('Мониторинг реализации проекта'));
    if (target) {
      const after = rows.map(snapshotItem);
      const earlier = 'Июль 2021 года';
      const before = after.map((i) => (i.id === target.id ? { ...i, periodText: earlier } : i));
      const version = async (n: number, note: string, items: typeof after) =>
        ((await m.query(`INSERT INTO plan_version (plan_id, number, note, snapshot, created_by_name, illustrative) VALUES ($1, $2, $3, $4, 'Демонстрационные данные', true) RETURNING id`, [
          plan.id,
          n,
          note,
          JSON.stringify({ title: plan.title, items }),
        ])) as { id: string }[])[0].id;
      await version(1, 'Исходная версия (иллюстративно)', before);
      const v2 = await version(2, `Корректировка: ${DEMO_CORRECTION_REASON}`, after);
      await m.query(
        `INSERT INTO plan_correction (plan_id, item_id, item_title, reason, changes, version_id, author_name, illustrative) VALUES ($1, $2, $3, $4, $5, $6, 'Демонстрационные данные', true)`,
        [plan.id, target.id, target.title, DEMO_CORRECTION_REASON, JSON.stringify([{ field: 'periodText', before: earlier, after: target.periodText || null }]), v2],
      );
      corrections += 1;
    }
  }
  let risks = 0;
  const riskPlan = await planId(DEMO_RISK_PLAN);
  if (riskPlan && !(await m.query('SELECT 1 FROM plan_risk WHERE plan_id = $1', [riskPlan.id])).length) {
    for (const title of VORKUTA_RISKS) {
      await m.query(`INSERT INTO plan_risk (plan_id, title, mitigation, illustrative) VALUES ($1, $2, '', false)`, [riskPlan.id, title]);
      risks += 1;
    }
  }
  return { meetings, corrections, risks };
}
