import { EntityManager } from 'typeorm';
import { REFERENCE_INSTRUMENTS } from './instruments.data';

const one = async <T>(m: EntityManager, sql: string, params: unknown[]): Promise<T> => ((await m.query(sql, params)) as T[])[0];

/**
 * Version 1 of each reference instrument, published, with a MEAN scoring rule per competence it covers.
 * Idempotent: an existing version 1 is left as it is. Runs after the frameworks are seeded.
 */
export async function seedReferenceInstruments(m: EntityManager): Promise<number> {
  let created = 0;
  for (const ins of REFERENCE_INSTRUMENTS) {
    if (await one(m, `SELECT id FROM diagnostic_instrument WHERE code = $1 AND version = 1`, [ins.code])) continue;
    const fw = await one<{ id: string } | undefined>(m, `SELECT id FROM competency_framework WHERE code = $1 AND version = 1`, [ins.framework]);
    if (!fw) throw new Error(`Framework ${ins.framework} is not seeded`);
    const competences = new Map<string, string>(
      ((await m.query(`SELECT code, id FROM competence WHERE framework_id = $1`, [fw.id])) as { code: string; id: string }[]).map((c) => [c.code, c.id]),
    );
    const idOf = (code: string): string => {
      const id = competences.get(code);
      if (!id) throw new Error(`Competence ${code} is not in framework ${ins.framework}`);
      return id;
    };
    const instrument = await one<{ id: string }>(
      m,
      `INSERT INTO diagnostic_instrument (code, version, name, description, framework_id, status, published_at)
       VALUES ($1, 1, $2, $3, $4, 'PUBLISHED', now()) RETURNING id`,
      [ins.code, ins.name, ins.description, fw.id],
    );
    for (const [i, item] of ins.items.entries()) {
      const isScale = item.kind === 'SCALE';
      await m.query(
        `INSERT INTO diagnostic_item (instrument_id, position, competence_id, kind, text, scale_min, scale_max, options)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [instrument.id, i + 1, idOf(item.competence), item.kind, item.text, isScale ? ins.scale!.min : null, isScale ? ins.scale!.max : null, JSON.stringify(item.kind === 'SINGLE_CHOICE' ? ins.options : [])],
      );
    }
    const scored = [...new Set(ins.items.filter((i) => i.kind !== 'TEXT').map((i) => i.competence))];
    for (const code of scored) {
      await m.query(
        `INSERT INTO diagnostic_scoring_rule (instrument_id, competence_id, aggregation, deficit_below, proficit_from) VALUES ($1, $2, 'MEAN', $3, $4)`,
        [instrument.id, idOf(code), ins.thresholds.deficitBelow, ins.thresholds.proficitFrom],
      );
    }
    created += 1;
  }
  return created;
}
