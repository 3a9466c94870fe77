import { DataSource } from 'typeorm';

/** The document rows of one region of the cross-scope suite (hooked into `cross-scope-fixtures.ts`'s `region`). */
export interface DocumentRegionIds {
  /** A municipal order of the region's municipality… */
  document: string;
  /** …its task, naming the region's teacher as responsible. */
  documentTask: string;
}

/**
 * A regional regulation, a municipal order with a task (the teacher responsible), a school's order with a file; and a
 * federal document (everyone reads it) replaced by the regional one: the replacement must not show across regions.
 */
export async function documentRows(
  db: DataSource,
  r: { region: string; municipality: string; organization: string; person: string },
  word: string,
): Promise<{ ids: DocumentRegionIds; names: string[] }> {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const regional = await one(`INSERT INTO document (level, kind, title, number, region_id) VALUES ('REGIONAL', 'REGULATION', $1, $2, $3) RETURNING id`, [
    `Положение региона ${word}`,
    `РП-${word}`,
    r.region,
  ]);
  const document = await one(`INSERT INTO document (level, kind, title, issuer, municipality_id) VALUES ('MUNICIPAL', 'ORDER', $1, $2, $3) RETURNING id`, [
    `Приказ муниципалитета ${word}`,
    `Издатель приказа ${word}`,
    r.municipality,
  ]);
  const documentTask = await one(`INSERT INTO document_task (document_id, position, text, responsible_text, due_on) VALUES ($1, 1, $2, $3, current_date - 3) RETURNING id`, [
    document,
    `Поручение приказа ${word}`,
    `Ответственный поручения ${word}`,
  ]);
  await db.query(`INSERT INTO document_task_responsible (task_id, person_id) VALUES ($1, $2)`, [documentTask, r.person]);
  const school = await one(`INSERT INTO document (level, kind, title, organization_id, file_name, file_type, file_size) VALUES ('ORGANIZATION', 'ORDER', $1, $2, $3, 'application/pdf', 20) RETURNING id`, [
    `Приказ школы ${word}`,
    r.organization,
    `файл-${word}.pdf`,
  ]);
  await db.query(`INSERT INTO document_file (document_id, content) VALUES ($1, $2)`, [school, Buffer.from('%PDF-1.4\n%%EOF\n')]);
  await db.query(`INSERT INTO document (level, kind, title, replaced_by_id) VALUES ('FEDERAL', 'LETTER', 'Письмо, заменённое региональным положением', $1)`, [regional]);
  return {
    ids: { document, documentTask },
    names: [`Положение региона ${word}`, `РП-${word}`, `Приказ муниципалитета ${word}`, `Издатель приказа ${word}`, `Поручение приказа ${word}`, `Ответственный поручения ${word}`, `Приказ школы ${word}`, `файл-${word}.pdf`],
  };
}
