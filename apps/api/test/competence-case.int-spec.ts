import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13: competency frameworks as 1EdTech CASE 1.1 packages. A published framework is exported (CFDocument, CFItems,
 * CFAssociations isChildOf), imported back as a new draft (dry run first) with the same tree; bad packages are refused
 * with field errors in Russian and nothing written.
 */
type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const TREE = `id code version status name description areas { code name position competences { code name description position indicators { code name position } } }`;
const EXPORT = `query($id: ID!) { competencyFrameworkCase(id: $id) { fileName json } }`;
const IMPORT = `mutation($input: ImportCaseInput!) { importCompetencyFrameworkCase(input: $input) { dryRun updated code name areas competences indicators framework { ${TREE} } } }`;
const GET = `query($id: ID!) { competencyFramework(id: $id) { ${TREE} } }`;

type Tree = {
  id: string;
  code: string;
  version: number;
  status: string;
  name: string;
  description: string;
  areas: { code: string; name: string; position: number; competences: { code: string; name: string; description: string; position: number; indicators: { code: string; name: string; position: number }[] }[] }[];
};
type Pkg = {
  CFDocument: { identifier: string; title: string; version: string };
  CFItems: { identifier: string; humanCodingScheme?: string; fullStatement: string; CFItemType: string; notes?: string }[];
  CFAssociations: { associationType: string; originNodeURI: { identifier: string }; destinationNodeURI: { identifier: string }; sequenceNumber: number }[];
};
type Imported = { dryRun: boolean; code: string; name: string; areas: number; competences: number; indicators: number; framework: Tree | null };

let seq = 0;
const unique = () => `CASE${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();
/** The tree without ids, for comparing a framework with its round trip. */
const shape = (t: Tree) => t.areas.map((a) => ({ ...a, competences: a.competences.map((c) => ({ ...c })) }));

describe('competency frameworks as CASE 1.1', () => {
  let t: TestApp;
  let coordinator: string;
  let shadrikov: Tree;
  let pkg: Pkg;
  let json: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.lo');
    const [{ id }] = await t.db.query(`SELECT id FROM competency_framework WHERE code = 'SHADRIKOV' AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`);
    shadrikov = (await t.gql<{ competencyFramework: Tree }>(GET, { id }, coordinator)).data!.competencyFramework;
    const r = await t.gql<{ competencyFrameworkCase: { fileName: string; json: string } }>(EXPORT, { id }, coordinator);
    expect(r.errors).toBeUndefined();
    json = r.data!.competencyFrameworkCase.json;
    expect(r.data!.competencyFrameworkCase.fileName).toBe(`SHADRIKOV-v${shadrikov.version}.case.json`);
    pkg = JSON.parse(json) as Pkg;
  });
  afterAll(() => t.close());

  it('exports the CFDocument, every area, competence and indicator as a CFItem, and the tree as isChildOf', () => {
    expect(pkg.CFDocument).toMatchObject({ identifier: shadrikov.id, title: shadrikov.name, version: String(shadrikov.version) });
    const competences = shadrikov.areas.flatMap((a) => a.competences);
    const indicators = competences.flatMap((c) => c.indicators);
    expect(pkg.CFItems).toHaveLength(shadrikov.areas.length + competences.length + indicators.length);
    expect(pkg.CFAssociations).toHaveLength(pkg.CFItems.length);
    expect(pkg.CFAssociations.every((a) => a.associationType === 'isChildOf')).toBe(true);
    const area = pkg.CFItems.find((i) => i.humanCodingScheme === shadrikov.areas[0].code)!;
    expect(area.CFItemType).toBe('Область компетенций');
    const toDoc = pkg.CFAssociations.filter((a) => a.destinationNodeURI.identifier === shadrikov.id);
    expect(toDoc.map((a) => a.originNodeURI.identifier)).toContain(area.identifier);
    expect(toDoc).toHaveLength(shadrikov.areas.length);
    const c = pkg.CFItems.find((i) => i.humanCodingScheme === competences[0].code)!;
    expect(c.fullStatement).toBe(competences[0].name);
    expect(pkg.CFAssociations.find((a) => a.originNodeURI.identifier === c.identifier)!.destinationNodeURI.identifier).toBe(area.identifier);
  });

  it('imports the export back as a new draft with the same tree, after a dry run that writes nothing', async () => {
    const code = unique();
    const before = Number((await t.db.query('SELECT count(*) AS n FROM competency_framework'))[0].n);
    const dry = await t.gql<{ importCompetencyFrameworkCase: Imported }>(IMPORT, { input: { json, code, dryRun: true } }, coordinator);
    expect(dry.errors).toBeUndefined();
    const competences = shadrikov.areas.flatMap((a) => a.competences);
    expect(dry.data!.importCompetencyFrameworkCase).toMatchObject({
      dryRun: true,
      code,
      name: shadrikov.name,
      areas: shadrikov.areas.length,
      competences: competences.length,
      indicators: competences.flatMap((c) => c.indicators).length,
      framework: null,
    });
    expect(Number((await t.db.query('SELECT count(*) AS n FROM competency_framework'))[0].n)).toBe(before);

    const real = await t.gql<{ importCompetencyFrameworkCase: Imported }>(IMPORT, { input: { json, code, dryRun: false } }, coordinator);
    expect(real.errors).toBeUndefined();
    const created = real.data!.importCompetencyFrameworkCase.framework!;
    expect(created).toMatchObject({ code, version: 1, status: 'DRAFT', name: shadrikov.name, description: shadrikov.description });
    const reread = (await t.gql<{ competencyFramework: Tree }>(GET, { id: created.id }, coordinator)).data!.competencyFramework;
    expect(shape(reread)).toEqual(shape(shadrikov));
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'competency-framework' AND entity_id = $1`, [created.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['import-case']);
  });

  it('keeps the CASE identifiers: a re-import updates the draft in place (kept items keep their rows), after publishing makes the next version', async () => {
    const code = unique();
    const regional = JSON.parse(json) as Pkg;
    // A region's own package: identifiers of its own, not Metodset's.
    const ids = new Map<string, string>([[regional.CFDocument.identifier, 'urn:region-47:framework:base']]);
    regional.CFItems.forEach((it, n) => ids.set(it.identifier, `urn:region-47:item:${n}`));
    const rename = (id: string) => ids.get(id) ?? id;
    regional.CFDocument.identifier = rename(regional.CFDocument.identifier);
    regional.CFItems.forEach((it) => (it.identifier = rename(it.identifier)));
    regional.CFAssociations.forEach((a) => {
      a.originNodeURI.identifier = rename(a.originNodeURI.identifier);
      a.destinationNodeURI.identifier = rename(a.destinationNodeURI.identifier);
    });
    const first = await t.gql<{ importCompetencyFrameworkCase: Imported & { updated: boolean } }>(IMPORT, { input: { json: JSON.stringify(regional), code, dryRun: false } }, coordinator);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importCompetencyFrameworkCase.updated).toBe(false);
    const draft = first.data!.importCompetencyFrameworkCase.framework!;
    const rows = async (frameworkId: string) =>
      (await t.db.query(`SELECT id, code, name, case_identifier FROM competence WHERE framework_id = $1 ORDER BY code`, [frameworkId])) as { id: string; code: string; name: string; case_identifier: string }[];
    const before = await rows(draft.id);
    expect(before.every((r) => r.case_identifier.startsWith('urn:region-47:item:'))).toBe(true);

    // The region edits a competence's wording and drops the last indicator of another; the same package comes again.
    const changed = JSON.parse(JSON.stringify(regional)) as Pkg;
    const firstCompetence = changed.CFItems.find((it) => it.CFItemType === 'Компетенция')!;
    firstCompetence.fullStatement = `${firstCompetence.fullStatement} (редакция региона)`;
    const indicator = changed.CFItems.filter((it) => it.CFItemType === 'Индикатор').at(-1)!;
    changed.CFItems = changed.CFItems.filter((it) => it !== indicator);
    changed.CFAssociations = changed.CFAssociations.filter((a) => a.originNodeURI.identifier !== indicator.identifier);
    const dry = await t.gql<{ importCompetencyFrameworkCase: Imported & { updated: boolean } }>(IMPORT, { input: { json: JSON.stringify(changed), code, dryRun: true } }, coordinator);
    expect(dry.data!.importCompetencyFrameworkCase).toMatchObject({ dryRun: true, updated: true, framework: null });
    const again = await t.gql<{ importCompetencyFrameworkCase: Imported & { updated: boolean } }>(IMPORT, { input: { json: JSON.stringify(changed), code, dryRun: false } }, coordinator);
    expect(again.errors).toBeUndefined();
    expect(again.data!.importCompetencyFrameworkCase).toMatchObject({ updated: true, framework: { id: draft.id, version: 1, status: 'DRAFT' } });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM competency_framework WHERE code = $1`, [code])).toEqual([{ n: 1 }]);
    const after = await rows(draft.id);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.find((r) => r.case_identifier === firstCompetence.identifier)!.name).toBe(firstCompetence.fullStatement);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM competence_indicator WHERE case_identifier = $1`, [indicator.identifier])).toEqual([{ n: 0 }]);
    // Under another code it is refused: the package belongs to this framework.
    const other = await t.gql(IMPORT, { input: { json: JSON.stringify(changed), code: unique(), dryRun: false } }, coordinator);
    expect(ext(other)?.fields?.[0]).toMatchObject({ field: 'code', message: expect.stringContaining(`уже загружен как рамка «${code}»`) });

    // Published, then the package again: the next version, a draft with the same identifiers; exported with them.
    const published = await t.gql(`mutation($id: ID!) { publishCompetencyFramework(id: $id) { id status } }`, { id: draft.id }, coordinator);
    expect(published.errors).toBeUndefined();
    const next = await t.gql<{ importCompetencyFrameworkCase: Imported & { updated: boolean } }>(IMPORT, { input: { json: JSON.stringify(regional), code, dryRun: false } }, coordinator);
    expect(next.errors).toBeUndefined();
    expect(next.data!.importCompetencyFrameworkCase).toMatchObject({ updated: true, framework: { code, version: 2, status: 'DRAFT' } });
    const exported = await t.gql<{ competencyFrameworkCase: { json: string } }>(EXPORT, { id: draft.id }, coordinator);
    const back = JSON.parse(exported.data!.competencyFrameworkCase.json) as Pkg;
    expect(back.CFDocument.identifier).toBe('urn:region-47:framework:base');
    expect(new Set(back.CFItems.map((it) => it.identifier))).toEqual(new Set(changed.CFItems.map((it) => it.identifier)));
  });

  it('refuses a draft for export', async () => {
    const [{ id }] = await t.db.query(`INSERT INTO competency_framework (code, name, status) VALUES ($1, 'Черновик', 'DRAFT') RETURNING id`, [unique()]);
    const r = await t.gql(EXPORT, { id }, coordinator);
    expect(ext(r)?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain('только опубликованную');
  });

  it('answers NOT_FOUND for an unknown framework', async () => {
    const r = await t.gql(EXPORT, { id: '00000000-0000-4000-8000-000000000000' }, coordinator);
    expect(ext(r)?.code).toBe('NOT_FOUND');
  });

  it('refuses bad packages with field errors in Russian and writes nothing', async () => {
    const before = Number((await t.db.query('SELECT count(*) AS n FROM competency_framework'))[0].n);
    const bad = async (input: Record<string, unknown>) => {
      const r = await t.gql(IMPORT, { input: { code: unique(), dryRun: false, ...input } }, coordinator);
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      return ext(r)!.fields!;
    };
    expect(await bad({ json: 'не JSON' })).toEqual([{ field: 'json', message: expect.stringContaining('не читается как JSON') }]);
    expect(await bad({ json: '{"items": []}' })).toEqual([{ field: 'json.CFDocument', message: expect.stringContaining('нет объекта CFDocument') }]);

    const broken = JSON.parse(json) as Pkg;
    delete broken.CFItems[0].humanCodingScheme;
    broken.CFItems[1].fullStatement = '';
    broken.CFAssociations[2].destinationNodeURI.identifier = 'нет-такого';
    const fields = await bad({ json: JSON.stringify(broken) });
    expect(fields).toContainEqual({ field: 'json.CFAssociations.2.destinationNodeURI', message: 'Нет элемента или документа с идентификатором нет-такого' });

    const noCode = JSON.parse(json) as Pkg;
    delete noCode.CFItems[0].humanCodingScheme;
    noCode.CFItems[1].fullStatement = '';
    const f2 = await bad({ json: JSON.stringify(noCode) });
    expect(f2).toContainEqual({ field: 'json.CFItems.0.humanCodingScheme', message: expect.stringMatching(/^Нет кода/) });
    expect(f2).toContainEqual({ field: 'json.CFItems.1.fullStatement', message: expect.stringMatching(/^Нет формулировки/) });

    const dup = JSON.parse(json) as Pkg;
    dup.CFItems.push({ ...dup.CFItems[0] });
    expect(await bad({ json: JSON.stringify(dup) })).toContainEqual({ field: `json.CFItems.${dup.CFItems.length - 1}.identifier`, message: expect.stringContaining('повторяется') });

    expect(await bad({ json, code: 'SHADRIKOV' })).toEqual([{ field: 'code', message: 'Рамка с таким кодом уже есть: выберите другой код' }]);
    expect(await bad({ json, code: 'с пробелом' })).toEqual([{ field: 'code', message: expect.stringContaining('без пробелов') }]);
    expect(Number((await t.db.query('SELECT count(*) AS n FROM competency_framework'))[0].n)).toBe(before);
  });

  it('lets only COMPETENCE_WRITE import: a municipal methodist is refused, nothing written', async () => {
    const methodist = await t.login('methodist.podporozhye');
    const code = unique();
    const r = await t.gql(IMPORT, { input: { json, code, dryRun: false } }, methodist);
    expect(ext(r)?.code).toBe('FORBIDDEN');
    expect(await t.db.query('SELECT id FROM competency_framework WHERE code = $1', [code])).toEqual([]);
  });
});
