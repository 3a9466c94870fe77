import { DataSource } from 'typeorm';

/** The bank-of-practices rows of one region of the cross-scope suite (hooked into `cross-scope-fixtures.ts`'s `region`). */
export interface PracticeRegionIds {
  /** A draft card of the region's school, written by its teacher… */
  practice: string;
  /** …with a file attached… */
  practiceAttachment: string;
  /** …and a product of the school made on the teacher's route step, belonging to the card. */
  product: string;
}

export async function practiceRows(
  db: DataSource,
  r: { organization: string; person: string; route: string; step: string },
  word: string,
): Promise<{ ids: PracticeRegionIds; names: string[] }> {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const practice = await one(
    `INSERT INTO practice (organization_id, title, problem, solutions, mechanisms, result, tags) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [r.organization, `Практика ${word}`, `Проблема практики ${word}`, `Решение практики ${word}`, `Механизм практики ${word}`, `Результат практики ${word}`, [`метка-${word}`.toLowerCase()]],
  );
  await db.query(`INSERT INTO practice_author (practice_id, person_id, position) VALUES ($1, $2, 0)`, [practice, r.person]);
  const practiceAttachment = await one(
    `INSERT INTO practice_attachment (practice_id, title, file_name, file_type, file_size) VALUES ($1, $2, 'proverka.pdf', 'application/pdf', 24) RETURNING id`,
    [practice, `Вложение практики ${word}`],
  );
  await db.query(`INSERT INTO practice_attachment_file (attachment_id, content) VALUES ($1, $2)`, [practiceAttachment, Buffer.from('%PDF-1.4 проверка\n%%EOF\n')]);
  const product = await one(
    `INSERT INTO methodological_product (kind, title, year, organization_id, practice_id, route_id, route_step_id) VALUES ('ARTICLE', $1, 2025, $2, $3, $4, $5) RETURNING id`,
    [`Продукт ${word}`, r.organization, practice, r.route, r.step],
  );
  await db.query(`INSERT INTO methodological_product_author (product_id, person_id, position) VALUES ($1, $2, 0)`, [product, r.person]);
  return {
    ids: { practice, practiceAttachment, product },
    names: [`Практика ${word}`, `Проблема практики ${word}`, `Решение практики ${word}`, `Механизм практики ${word}`, `Результат практики ${word}`, `Вложение практики ${word}`, `Продукт ${word}`],
  };
}
