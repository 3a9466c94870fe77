import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { OperationCases } from '../support/operation-cases';

/**
 * Competency frameworks and the bank of diagnostic methods are reference data of the region: everyone signed in
 * reads them (COMPETENCE_READ), and there is no narrower scope, so the rows have no out-of-scope case.
 * Frameworks are kept with COMPETENCE_WRITE (platform admin, regional coordinator), instruments with
 * INSTRUMENT_WRITE (also municipal methodists).
 */
export interface CompetenceFixtures {
  /** SHADRIKOV v1 (seeded, published) and two of its competences. */
  shadrikov: string;
  sh21: string;
  sh33: string;
  /** A draft framework with an area, a competence and an indicator to change, and one of each to remove. */
  fwDraft: string;
  area: string;
  areaToRemove: string;
  competence: string;
  competenceToRemove: string;
  indicator: string;
  indicatorToRemove: string;
  /** A publishable draft, a published fixture (for a new version), one to archive and restore. */
  fwPublishable: string;
  fwPublished: string;
  fwArchivable: string;
  /** Instruments on SHADRIKOV: a draft with items and a rule, a publishable draft, a published one, one to archive. */
  instDraft: string;
  item: string;
  itemToRemove: string;
  ruleToRemove: string;
  instPublishable: string;
  instPublished: string;
  instArchivable: string;
  /** A valid instrument workbook (base64). */
  workbook: string;
}

let seq = 0;
const unique = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

/** Fixtures written straight to the database (no API call behind them). */
export async function competenceFixtures(db: DataSource): Promise<CompetenceFixtures> {
  const one = async (sql: string, params: unknown[] = []): Promise<string> => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const framework = (status: string) => one(`INSERT INTO competency_framework (code, name, status) VALUES ($1, 'Рамка (фикстура)', $2) RETURNING id`, [unique('FW'), status]);
  const area = (f: string, code: string) => one(`INSERT INTO competence_area (framework_id, code, name) VALUES ($1, $2, 'Область') RETURNING id`, [f, code]);
  const competence = (f: string, a: string, code: string) => one(`INSERT INTO competence (framework_id, area_id, code, name) VALUES ($1, $2, $3, 'Компетенция') RETURNING id`, [f, a, code]);
  const indicator = (c: string, code: string) => one(`INSERT INTO competence_indicator (competence_id, code, name) VALUES ($1, $2, 'Индикатор') RETURNING id`, [c, code]);

  const shadrikov = await one(`SELECT id FROM competency_framework WHERE code = 'SHADRIKOV' AND version = 1`);
  const sh = (code: string) => one('SELECT id FROM competence WHERE framework_id = $1 AND code = $2', [shadrikov, code]);
  const [sh21, sh33] = [await sh('SH2.1'), await sh('SH3.3')];

  const fwDraft = await framework('DRAFT');
  const a1 = await area(fwDraft, 'A1');
  const areaToRemove = await area(fwDraft, 'A2');
  const c1 = await competence(fwDraft, a1, 'A1.1');
  const competenceToRemove = await competence(fwDraft, a1, 'A1.2');
  const i1 = await indicator(c1, 'I1');
  const indicatorToRemove = await indicator(c1, 'I2');
  const fwPublishable = await framework('DRAFT');
  await competence(fwPublishable, await area(fwPublishable, 'A1'), 'A1.1');
  const fwPublished = await framework('PUBLISHED');
  await competence(fwPublished, await area(fwPublished, 'A1'), 'A1.1');

  const instrument = (status: string) => one(`INSERT INTO diagnostic_instrument (code, name, framework_id, status) VALUES ($1, 'Методика (фикстура)', $2, $3) RETURNING id`, [unique('DI'), shadrikov, status]);
  const item = (i: string, position: number, c: string) =>
    one(`INSERT INTO diagnostic_item (instrument_id, position, competence_id, kind, text, scale_min, scale_max) VALUES ($1, $2, $3, 'SCALE', 'Утверждение', 1, 5) RETURNING id`, [i, position, c]);
  const rule = (i: string, c: string) => one(`INSERT INTO diagnostic_scoring_rule (instrument_id, competence_id, deficit_below, proficit_from) VALUES ($1, $2, 50, 80) RETURNING id`, [i, c]);
  const instDraft = await instrument('DRAFT');
  const firstItem = await item(instDraft, 1, sh21);
  const itemToRemove = await item(instDraft, 2, sh33);
  await item(instDraft, 3, sh21);
  const ruleToRemove = await rule(instDraft, sh33);
  const instPublishable = await instrument('DRAFT');
  await item(instPublishable, 1, sh21);
  await rule(instPublishable, sh21);
  const instPublished = await instrument('PUBLISHED');
  await item(instPublished, 1, sh21);
  await rule(instPublished, sh21);

  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Задания').addRows([
    ['№', 'Код компетенции', 'Тип', 'Текст', 'Мин', 'Макс', 'Варианты', 'Вес'],
    [1, 'SH2.1', 'Шкала', 'Перевожу тему урока в задачу', 1, 5, null, 1],
  ]);
  wb.addWorksheet('Пороги').addRows([
    ['Код компетенции', 'Правило', 'Дефицит ниже', 'Профицит от'],
    ['SH2.1', 'Среднее', 50, 80],
  ]);

  return {
    shadrikov,
    sh21,
    sh33,
    fwDraft,
    area: a1,
    areaToRemove,
    competence: c1,
    competenceToRemove,
    indicator: i1,
    indicatorToRemove,
    fwPublishable,
    fwPublished,
    fwArchivable: await framework('PUBLISHED'),
    instDraft,
    item: firstItem,
    itemToRemove,
    ruleToRemove,
    instPublishable,
    instPublished,
    instArchivable: await instrument('PUBLISHED'),
    workbook: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
  };
}

type F = CompetenceFixtures;
const FW = 'id status canEdit areas { id competences { id indicators { id } } }';
const INST = 'id status canEdit itemCount items { id position competence { code } } scoringRules { id competence { code } }';

/** A change of frameworks: coordinator.lo may; methodist.podporozhye lacks COMPETENCE_WRITE. */
const fw = (query: string, vars: (f: F) => Record<string, unknown>) => ({
  allowed: { as: 'coordinator.lo' as const, query, vars },
  forbidden: { as: 'methodist.podporozhye' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});
/** A change of instruments: methodist.podporozhye may; the school administrator lacks INSTRUMENT_WRITE. */
const inst = (query: string, vars: (f: F) => Record<string, unknown>) => ({
  allowed: { as: 'methodist.podporozhye' as const, query, vars },
  forbidden: { as: 'school12.vorkuta' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});
/** Reading: everyone signed in, the teacher too. */
const read = (query: string, vars?: (f: F) => Record<string, unknown>) => ({
  allowed: { as: 'teacher.filippov' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});

let codes = 0;
const code = () => unique(`C${codes++}`);

/** The smallest CASE 1.1 package the import takes: one area, one competence. */
export const MINIMAL_CASE = JSON.stringify({
  CFDocument: { identifier: 'b1f0a7f4-0000-4000-8000-000000000001', uri: 'urn:uuid:b1f0a7f4-0000-4000-8000-000000000001', creator: 'Тест', title: 'Рамка из CASE', lastChangeDateTime: '2026-01-01T00:00:00Z' },
  CFItems: [
    { identifier: 'a', uri: 'urn:a', fullStatement: 'Область', humanCodingScheme: 'A', lastChangeDateTime: '2026-01-01T00:00:00Z' },
    { identifier: 'c', uri: 'urn:c', fullStatement: 'Компетенция', humanCodingScheme: 'A.1', lastChangeDateTime: '2026-01-01T00:00:00Z' },
  ],
  CFAssociations: [
    { identifier: 'x1', uri: 'urn:x1', associationType: 'isChildOf', originNodeURI: { title: 'Область', identifier: 'a', uri: 'urn:a' }, destinationNodeURI: { title: 'Рамка', identifier: 'b1f0a7f4-0000-4000-8000-000000000001', uri: 'urn:d' }, lastChangeDateTime: '2026-01-01T00:00:00Z' },
    { identifier: 'x2', uri: 'urn:x2', associationType: 'isChildOf', originNodeURI: { title: 'Компетенция', identifier: 'c', uri: 'urn:c' }, destinationNodeURI: { title: 'Область', identifier: 'a', uri: 'urn:a' }, lastChangeDateTime: '2026-01-01T00:00:00Z' },
  ],
});

export const COMPETENCE_CASES: OperationCases<F> = {
  competencyFrameworks: read(`query { competencyFrameworks(first: 100) { totalCount nodes { ${FW} competenceCount } } }`),
  competencyFramework: read(`query($id: ID!) { competencyFramework(id: $id) { ${FW} } }`, (f) => ({ id: f.shadrikov })),
  competencyFrameworkCase: read(`query($id: ID!) { competencyFrameworkCase(id: $id) { fileName json } }`, (f) => ({ id: f.shadrikov })),
  importCompetencyFrameworkCase: fw(
    `mutation($input: ImportCaseInput!) { importCompetencyFrameworkCase(input: $input) { dryRun areas competences indicators framework { ${FW} } } }`,
    () => ({ input: { json: MINIMAL_CASE, code: code(), dryRun: false } }),
  ),
  createCompetencyFramework: fw(`mutation($input: CreateFrameworkInput!) { createCompetencyFramework(input: $input) { ${FW} } }`, () => ({ input: { code: code(), name: 'Новая рамка' } })),
  updateCompetencyFramework: fw(`mutation($id: ID!, $input: UpdateFrameworkInput!) { updateCompetencyFramework(id: $id, input: $input) { ${FW} } }`, (f) => ({ id: f.fwDraft, input: { name: 'Переименована' } })),
  addCompetenceArea: fw(`mutation($id: ID!, $input: AreaInput!) { addCompetenceArea(frameworkId: $id, input: $input) { ${FW} } }`, (f) => ({ id: f.fwDraft, input: { code: code(), name: 'Область' } })),
  updateCompetenceArea: fw(`mutation($id: ID!, $input: AreaInput!) { updateCompetenceArea(id: $id, input: $input) { ${FW} } }`, (f) => ({ id: f.area, input: { code: 'A1', name: 'Иначе' } })),
  removeCompetenceArea: fw(`mutation($id: ID!) { removeCompetenceArea(id: $id) { ${FW} } }`, (f) => ({ id: f.areaToRemove })),
  addCompetence: fw(`mutation($id: ID!, $input: CompetenceInput!) { addCompetence(areaId: $id, input: $input) { ${FW} } }`, (f) => ({ id: f.area, input: { code: code(), name: 'Компетенция' } })),
  updateCompetence: fw(`mutation($id: ID!, $input: CompetenceInput!) { updateCompetence(id: $id, input: $input) { ${FW} } }`, (f) => ({ id: f.competence, input: { code: 'A1.1', name: 'Иначе' } })),
  removeCompetence: fw(`mutation($id: ID!) { removeCompetence(id: $id) { ${FW} } }`, (f) => ({ id: f.competenceToRemove })),
  addCompetenceIndicator: fw(`mutation($id: ID!, $input: IndicatorInput!) { addCompetenceIndicator(competenceId: $id, input: $input) { ${FW} } }`, (f) => ({ id: f.competence, input: { code: code(), name: 'Индикатор' } })),
  updateCompetenceIndicator: fw(`mutation($id: ID!, $input: IndicatorInput!) { updateCompetenceIndicator(id: $id, input: $input) { ${FW} } }`, (f) => ({ id: f.indicator, input: { code: 'I1', name: 'Иначе' } })),
  removeCompetenceIndicator: fw(`mutation($id: ID!) { removeCompetenceIndicator(id: $id) { ${FW} } }`, (f) => ({ id: f.indicatorToRemove })),
  publishCompetencyFramework: fw(`mutation($id: ID!) { publishCompetencyFramework(id: $id) { ${FW} } }`, (f) => ({ id: f.fwPublishable })),
  createCompetencyFrameworkVersion: fw(`mutation($id: ID!) { createCompetencyFrameworkVersion(id: $id) { ${FW} } }`, (f) => ({ id: f.fwPublished })),
  archiveCompetencyFramework: fw(`mutation($id: ID!) { archiveCompetencyFramework(id: $id) { id archivedAt } }`, (f) => ({ id: f.fwArchivable })),
  restoreCompetencyFramework: fw(`mutation($id: ID!) { restoreCompetencyFramework(id: $id) { id archivedAt } }`, (f) => ({ id: f.fwArchivable })),

  diagnosticInstruments: read(`query { diagnosticInstruments(first: 100) { totalCount nodes { ${INST} framework { code } } } }`),
  diagnosticInstrument: read(`query($id: ID!) { diagnosticInstrument(id: $id) { ${INST} } }`, (f) => ({ id: f.instPublished })),
  diagnosticInstrumentTemplate: inst('query($id: ID) { diagnosticInstrumentTemplate(frameworkId: $id) { fileName contentBase64 } }', (f) => ({ id: f.shadrikov })),
  createDiagnosticInstrument: inst(`mutation($input: CreateInstrumentInput!) { createDiagnosticInstrument(input: $input) { ${INST} } }`, (f) => ({
    input: { code: code(), name: 'Новая методика', frameworkId: f.shadrikov },
  })),
  updateDiagnosticInstrument: inst(`mutation($id: ID!, $input: UpdateInstrumentInput!) { updateDiagnosticInstrument(id: $id, input: $input) { ${INST} } }`, (f) => ({ id: f.instDraft, input: { name: 'Иначе' } })),
  addDiagnosticItem: inst(`mutation($id: ID!, $input: ItemInput!) { addDiagnosticItem(instrumentId: $id, input: $input) { ${INST} } }`, (f) => ({
    id: f.instDraft,
    input: { competenceId: f.sh33, kind: 'TEXT', text: 'Опишите приём' },
  })),
  updateDiagnosticItem: inst(`mutation($id: ID!, $input: ItemInput!) { updateDiagnosticItem(id: $id, input: $input) { ${INST} } }`, (f) => ({
    id: f.item,
    input: { competenceId: f.sh21, kind: 'SCALE', text: 'Иначе', scaleMin: 0, scaleMax: 4 },
  })),
  moveDiagnosticItem: inst(`mutation($id: ID!) { moveDiagnosticItem(id: $id, position: 2) { ${INST} } }`, (f) => ({ id: f.item })),
  removeDiagnosticItem: inst(`mutation($id: ID!) { removeDiagnosticItem(id: $id) { ${INST} } }`, (f) => ({ id: f.itemToRemove })),
  setDiagnosticScoringRule: inst(`mutation($id: ID!, $input: ScoringRuleInput!) { setDiagnosticScoringRule(instrumentId: $id, input: $input) { ${INST} } }`, (f) => ({
    id: f.instDraft,
    input: { competenceId: f.sh21, aggregation: 'MIN', deficitBelow: 40, proficitFrom: 70 },
  })),
  removeDiagnosticScoringRule: inst(`mutation($id: ID!) { removeDiagnosticScoringRule(id: $id) { ${INST} } }`, (f) => ({ id: f.ruleToRemove })),
  publishDiagnosticInstrument: inst(`mutation($id: ID!) { publishDiagnosticInstrument(id: $id) { ${INST} } }`, (f) => ({ id: f.instPublishable })),
  createDiagnosticInstrumentVersion: inst(`mutation($id: ID!) { createDiagnosticInstrumentVersion(id: $id) { ${INST} } }`, (f) => ({ id: f.instPublished })),
  archiveDiagnosticInstrument: inst(`mutation($id: ID!) { archiveDiagnosticInstrument(id: $id) { id archivedAt } }`, (f) => ({ id: f.instArchivable })),
  restoreDiagnosticInstrument: inst(`mutation($id: ID!) { restoreDiagnosticInstrument(id: $id) { id archivedAt } }`, (f) => ({ id: f.instArchivable })),
  importDiagnosticInstrument: inst(`mutation($input: ImportInstrumentInput!) { importDiagnosticInstrument(input: $input) { dryRun errors { line message } instrument { id } } }`, (f) => ({
    input: { frameworkId: f.shadrikov, code: code(), name: 'Из файла', fileName: 'методика.xlsx', contentBase64: f.workbook, dryRun: false },
  })),
};
