import { EntityManager } from 'typeorm';
import { COMPETENCY_FRAMEWORKS } from './competence.data';

const one = async <T>(m: EntityManager, sql: string, params: unknown[]): Promise<T> => ((await m.query(sql, params)) as T[])[0];

/**
 * Version 1 of each reference framework, published. Idempotent: an existing version 1 is left as it is
 * (a published framework is never changed in place).
 */
export async function seedCompetencyFrameworks(m: EntityManager): Promise<number> {
  let created = 0;
  for (const f of COMPETENCY_FRAMEWORKS) {
    const existing = await one<{ id: string } | undefined>(m, `SELECT id FROM competency_framework WHERE code = $1 AND version = 1`, [f.code]);
    if (existing) continue;
    const fw = await one<{ id: string }>(
      m,
      `INSERT INTO competency_framework (code, version, name, description, status, published_at) VALUES ($1, 1, $2, $3, 'PUBLISHED', now()) RETURNING id`,
      [f.code, f.name, f.description],
    );
    for (const [ai, a] of f.areas.entries()) {
      const area = await one<{ id: string }>(m, `INSERT INTO competence_area (framework_id, code, name, position) VALUES ($1, $2, $3, $4) RETURNING id`, [fw.id, a.code, a.name, ai]);
      for (const [ci, c] of a.competences.entries()) {
        const comp = await one<{ id: string }>(
          m,
          `INSERT INTO competence (framework_id, area_id, code, name, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [fw.id, area.id, c.code, c.name, ci],
        );
        for (const [ii, name] of (c.indicators ?? []).entries()) {
          await m.query(`INSERT INTO competence_indicator (competence_id, code, name, position) VALUES ($1, $2, $3, $4)`, [comp.id, `${c.code}.${ii + 1}`, name, ii]);
        }
      }
    }
    created += 1;
  }
  return created;
}
