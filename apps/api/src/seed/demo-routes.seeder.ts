import { RouteStepKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { fullNameSql } from '../modules/person/person.sql';

/**
 * Seed 003 (Воркута): «Разработка индивидуальных образовательных маршрутов (ИОМ)» after the base-competency
 * monitoring of 24.03–04.04.2022, «Реализация ИОМ педагогов» 01.10.2022–31.05.2023 with mentors of СОШ №35,
 * the «Методическая панорама» of 10.11.2022, and re-diagnostics in May 2023. The routes go, as the roadmap says,
 * to «педагогов, показывающих низкие образовательные результаты» of СОШ №12 — invented (illustrative) teachers, not
 * the creative group the order names. Data-driven: every teacher of СОШ №12 with deficits in the 2022 campaign gets a
 * completed route that targets them (at most three, the lowest first), with the mentor of СОШ №35 whose proficits (in
 * the illustrative mentors' assessment) cover most of them (at most three mentees each). Keyed by external ids.
 */
const CAMPAIGN_2022 = 'demo:campaign:vorkuta-base-2022';
const CAMPAIGN_MENTORS = 'demo:campaign:vorkuta-mentors-2022';
const SOSH12 = 'demo:org:11-vorkuta-sosh-12';
const SOSH35 = 'demo:org:11-vorkuta-sosh-35';
const MAX_TARGETS = 3;
const MAX_MENTEES = 3;

interface Deficit {
  person_id: string;
  person_key: string;
  name: string;
  competence_id: string;
  competence_name: string;
  score: number;
}
interface Proficit {
  person_id: string;
  name: string;
  competence_id: string;
}

const one = async <T>(m: EntityManager, sql: string, params: unknown[]): Promise<T | undefined> => ((await m.query(sql, params)) as T[])[0];

interface DemoStep {
  kind: RouteStepKind;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  url?: string;
}

export interface RouteTotals {
  routes: number;
  steps: number;
}

export async function seedDemoRoutes(m: EntityManager): Promise<RouteTotals> {
  const campaign = await one<{ id: string }>(m, `SELECT id FROM diagnostic_campaign WHERE external_id = $1`, [CAMPAIGN_2022]);
  if (!campaign) throw new Error(`Demo campaign ${CAMPAIGN_2022} missing: seed the demo diagnostics first`);
  const mentorsCampaign = await one<{ id: string }>(m, `SELECT id FROM diagnostic_campaign WHERE external_id = $1`, [CAMPAIGN_MENTORS]);
  if (!mentorsCampaign) throw new Error(`Demo campaign ${CAMPAIGN_MENTORS} missing: seed the demo diagnostics first`);
  const org12 = (await one<{ id: string }>(m, `SELECT id FROM organization WHERE external_id = $1`, [SOSH12]))!.id;
  const deficits: Deficit[] = (
    (await m.query(
      `SELECT r.person_id, p.external_id AS person_key, ${fullNameSql('p')} AS name, r.competence_id, c.name AS competence_name, r.score
         FROM competence_result r
         JOIN person p ON p.id = r.person_id
         JOIN competence c ON c.id = r.competence_id
         JOIN diagnostic_participant dp ON dp.campaign_id = r.campaign_id AND dp.person_id = r.person_id
         JOIN organization o ON o.id = dp.organization_id
        WHERE r.campaign_id = $1 AND r.level = 'DEFICIT' AND o.external_id = $2
        ORDER BY p.last_name, p.first_name, r.score, c.code`,
      [campaign.id, SOSH12],
    )) as Deficit[]
  ).map((d) => ({ ...d, score: Number(d.score) }));
  const proficits: Proficit[] = await m.query(
    `SELECT r.person_id, ${fullNameSql('p')} AS name, r.competence_id
       FROM competence_result r
       JOIN person p ON p.id = r.person_id
       JOIN diagnostic_participant dp ON dp.campaign_id = r.campaign_id AND dp.person_id = r.person_id
       JOIN organization o ON o.id = dp.organization_id
      WHERE r.campaign_id = $1 AND r.level = 'PROFICIT' AND o.external_id = $2
      ORDER BY p.last_name, p.first_name`,
    [mentorsCampaign.id, SOSH35],
  );

  const byPerson = new Map<string, Deficit[]>();
  for (const d of deficits) byPerson.set(d.person_id, [...(byPerson.get(d.person_id) ?? []), d]);
  const mentorLoad = new Map<string, number>();
  const totals: RouteTotals = { routes: 0, steps: 0 };

  for (const [personId, list] of byPerson) {
    const targets = list.slice(0, MAX_TARGETS);
    const mentor = pickMentor(targets.map((t) => t.competence_id), proficits, mentorLoad);
    if (mentor) mentorLoad.set(mentor.person_id, (mentorLoad.get(mentor.person_id) ?? 0) + 1);
    const key = `demo:route:vorkuta-2022:${list[0].person_key}`;
    const route = (await one<{ id: string }>(
      m,
      `INSERT INTO learning_route (person_id, organization_id, title, goal, starts_on, ends_on, status, campaign_id, approved_at, completed_at, shared_in_network, external_id)
       VALUES ($1, $2, $3, $4, '2022-10-01', '2023-05-31', 'COMPLETED', $5, '2022-09-28T10:00:00Z', '2023-05-31T15:00:00Z', true, $6)
       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET title = EXCLUDED.title, goal = EXCLUDED.goal
       RETURNING id`,
      [
        personId,
        org12,
        'ИОМ: совершенствование методических компетенций',
        'ИОМ педагога, показывающего низкие образовательные результаты (дорожная карта проекта, 30.09.2022). ' +
          `Закрыть затруднения, выявленные мониторингом базовых компетентностей (по В.Д. Шадрикову): ${targets.map((t) => t.competence_name.toLowerCase()).join('; ')}.`,
        campaign.id,
        key,
      ],
    ))!;
    // Steps, targets and journal are written once, with the route.
    if (await one(m, `SELECT 1 FROM learning_route_step WHERE route_id = $1 LIMIT 1`, [route.id])) continue;
    for (const t of targets) {
      await m.query(`INSERT INTO learning_route_competence (route_id, competence_id, baseline_score) VALUES ($1, $2, $3)`, [route.id, t.competence_id, t.score]);
    }
    const mentorship = mentor
      ? await one<{ id: string }>(
          m,
          `SELECT ms.id FROM mentorship ms
             JOIN mentorship_participant a ON a.mentorship_id = ms.id AND a.person_id = $1 AND a.side = 'MENTOR'
             JOIN mentorship_participant b ON b.mentorship_id = ms.id AND b.person_id = $2 AND b.side = 'MENTEE'
            ORDER BY ms.starts_on LIMIT 1`,
          [mentor.person_id, personId],
        )
      : undefined;
    const ids = targets.map((t) => t.competence_id);
    const steps: DemoStep[] = [
      ...(mentor
        ? [
            {
              kind: RouteStepKind.MENTORING,
              title: `Наставничество «Учитель – учитель»: ${mentor.name} (СОШ №35 с УИОП)`,
              description: 'Посещение и разбор уроков, совместное проектирование уроков по дефицитным компетенциям.',
              startsOn: '2022-10-01',
              endsOn: '2023-05-15',
            },
          ]
        : []),
      {
        kind: RouteStepKind.OPEN_LESSON,
        title: 'Методическая панорама «От панорамы методических идей к совершенствованию методических компетенций»',
        description: 'Открытые учебные занятия педагогов обеих школ.',
        startsOn: '2022-11-10',
        endsOn: '2022-11-10',
      },
      {
        kind: RouteStepKind.SELF_EDUCATION,
        title: `Самообразование: ${targets[0].competence_name}`,
        description: 'Изучение методической литературы и материалов ШМО.',
        startsOn: '2022-10-01',
        endsOn: '2023-03-31',
      },
      {
        kind: RouteStepKind.METHODOLOGICAL_PRODUCT,
        title: 'Методическая разработка урока для банка методических находок',
        description: 'Разработка урока с учётом выявленных затруднений, представление на ШМО.',
        startsOn: '2023-03-01',
        endsOn: '2023-04-28',
        url: 'https://sosh12-vorkuta.example/bank/metodicheskie-nakhodki',
      },
    ];
    for (const [i, { kind, title, description, startsOn, endsOn, url }] of steps.entries()) {
      const step = (await one<{ id: string }>(
        m,
        `INSERT INTO learning_route_step (route_id, position, kind, title, description, competence_ids, starts_on, ends_on, status, mentorship_id, mentor_person_id, evidence_url, reflection, completed_on)
         VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8, 'DONE', $9, $10, $11, $12, $8) RETURNING id`,
        [
          route.id,
          i + 1,
          kind,
          title,
          description,
          kind === RouteStepKind.SELF_EDUCATION ? [ids[0]] : ids,
          startsOn,
          endsOn,
          kind === RouteStepKind.MENTORING ? (mentorship?.id ?? null) : null,
          kind === RouteStepKind.MENTORING ? mentor!.person_id : null,
          url ?? null,
          REFLECTIONS[kind] ?? '',
        ],
      ))!;
      await m.query(`INSERT INTO learning_route_journal_entry (route_id, step_id, occurred_on, kind, text) VALUES ($1, $2, $3, 'STEP', $4)`, [
        route.id,
        step.id,
        endsOn,
        `Выполнен шаг «${title}»`,
      ]);
      totals.steps += 1;
    }
    const journal: [string, string, string][] = [
      ['2022-09-28', 'STATUS', 'Маршрут утверждён заместителем директора'],
      ['2022-10-01', 'STATUS', 'Маршрут начат'],
      ['2023-05-15', 'NOTE', 'Повторная диагностика базовых компетентностей (май 2023)'],
      ['2023-05-31', 'STATUS', 'Маршрут завершён'],
    ];
    for (const [on, kind, text] of journal) {
      await m.query(`INSERT INTO learning_route_journal_entry (route_id, occurred_on, kind, text) VALUES ($1, $2, $3, $4)`, [route.id, on, kind, text]);
    }
    totals.routes += 1;
  }
  return totals;
}

const REFLECTIONS: Partial<Record<RouteStepKind, string>> = {
  MENTORING: 'Совместно с наставником разобрали пять уроков; научился(ась) формулировать учебную задачу вместе с классом.',
  OPEN_LESSON: 'Получила отзывы коллег обеих школ; приёмы мотивации работают, нужно точнее планировать время.',
  SELF_EDUCATION: 'Составила картотеку приёмов, применяю их на уроках.',
  METHODOLOGICAL_PRODUCT: 'Разработка принята в банк методических находок ШМО.',
};

/** The mentor of СОШ №35 whose proficits cover most targets, with room left; ties by name. */
export function pickMentor(targets: string[], proficits: Proficit[], load: Map<string, number>): Proficit | undefined {
  const cover = new Map<string, { p: Proficit; n: number }>();
  for (const p of proficits) {
    if (!targets.includes(p.competence_id) || (load.get(p.person_id) ?? 0) >= MAX_MENTEES) continue;
    const c = cover.get(p.person_id) ?? { p, n: 0 };
    c.n += 1;
    cover.set(p.person_id, c);
  }
  return [...cover.values()].sort((a, b) => b.n - a.n || a.p.name.localeCompare(b.p.name, 'ru'))[0]?.p;
}
