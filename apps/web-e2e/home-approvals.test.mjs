import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertNoAxeViolations, launch, signIn } from './browser.mjs';

// The approvals blocks of «Моя страница» (apps/api/src/modules/home, apps/web/src/modules/home/MyAgendaPage.vue).
// Demo data: apps/api/src/seed/demo-internship.seeder.ts — in the illustrative cohort «Молодые педагоги, 2026/27
// учебный год» of the Timashevsk staging site (СОШ № 2) the invented intern Гребенюк А.С. waits for a decision; the
// Timashevsk methodist (staff over the site's host) runs the cohort. The demo names no person with an account in a
// point of an order (order №527's points name Осипова Е.В. and Степанов Н.В., who have none), and an invented order
// of a real school would break the demo-data rule, so that test brings its own order.
const DEMO_COHORT = 'Молодые педагоги, 2026/27 учебный год';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function call(page, query, variables) {
  const r = await apiCall(page, query, variables);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data;
}

test('the Timashevsk methodist sees the internship applications to decide; approving one removes it from «Моя страница»', async () => {
  const { context, page } = await signIn(browser, 'methodist.timashevsk');
  try {
    // Her own cohort of the demo programme with a nominee of hers, so that deciding it changes no other test's cohort.
    const title = `Стажёры к «Моей странице» ${Date.now()}`;
    const ref = await call(page, '{ openInternshipCohorts { id programId title } people(first: 5, filter: { search: "Мельник Дарья" }) { nodes { id fullName } } }');
    const demo = ref.openInternshipCohorts.find((c) => c.title === DEMO_COHORT);
    assert.ok(demo, 'the demo cohort is open');
    const created = await call(page, 'mutation($input: CreateInternshipCohortInput!) { createInternshipCohort(input: $input) { id } }', {
      input: { programId: demo.programId, title, startsOn: '2027-01-11', endsOn: '2027-05-28', capacity: 3 },
    });
    const cohortId = created.createInternshipCohort.id;
    const nominee = ref.people.nodes[0];
    assert.ok(nominee, 'an intern of the district to nominate');
    await call(page, 'mutation($input: NominateInternInput!) { nominateToInternship(input: $input) { id status } }', { input: { cohortId, personId: nominee.id } });

    await page.goto(new URL('/my', page.url()).toString());
    const block = page.getByTestId('home-internshipApplications');
    const demoItem = block.getByTestId('home-internship-application').filter({ hasText: DEMO_COHORT });
    const mine = block.getByTestId('home-internship-application').filter({ hasText: title });
    await demoItem.waitFor();
    await mine.waitFor();
    assert.match(await demoItem.innerText(), /^Гребенюк Артём Сергеевич/);
    assert.match(await mine.innerText(), new RegExp(`^${nominee.fullName}[\\s\\S]*по направлению школы`));
    assert.equal(await block.getByTestId('home-block-error').count(), 0);
    await assertNoAxeViolations(page, '«Моя страница» with applications to decide');

    // The nominee's name leads to the cohort, where the application is approved.
    await mine.locator('a').click();
    await page.waitForURL(new RegExp(`/internships/cohorts/${cohortId}$`));
    const row = page.getByTestId('cohort-application').filter({ hasText: nominee.fullName });
    await row.getByTestId('cohort-approve').click();
    await row.getByTestId('cohort-approve').waitFor({ state: 'detached' });

    // Back on «Моя страница»: the decided application is gone, the demo one still waits.
    await page.goto(new URL('/my', page.url()).toString());
    await demoItem.waitFor();
    assert.equal(await mine.count(), 0);
  } finally {
    await context.close();
  }
});

test('a teacher named in a point of an order sees it on «Моя страница»; it leads to the order', async () => {
  // An order of his school naming him, written by the school's administration through the API.
  const admin = await signIn(browser, 'school12.vorkuta');
  const title = `О проведении открытых уроков молодыми педагогами ${Date.now()}`;
  const task = 'Провести открытый урок математики для молодых педагогов школы';
  try {
    const people = await call(admin.page, '{ people(first: 5, filter: { search: "Филиппов Максим" }) { nodes { id } } }');
    const filippov = people.people.nodes[0];
    assert.ok(filippov, 'teacher.filippov in the school');
    const school = await call(admin.page, '{ me { grants { organizationId } } }');
    const organizationId = school.me.grants.find((g) => g.organizationId).organizationId;
    const doc = await call(admin.page, 'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }', {
      input: { level: 'ORGANIZATION', kind: 'ORDER', organizationId, number: '900', issuedOn: '2026-11-30', title, issuer: 'Директор' },
    });
    await call(admin.page, 'mutation($id: ID!, $input: DocumentTaskInput!) { createDocumentTask(documentId: $id, input: $input) { id } }', {
      id: doc.createDocument.id,
      input: { number: '1.', text: task, dueOn: '2026-12-25', responsibleText: 'Филиппову М.И., учителю математики', responsiblePersonIds: [filippov.id] },
    });
  } finally {
    await admin.context.close();
  }

  const { context, page } = await signIn(browser, 'teacher.filippov');
  try {
    await page.waitForURL(/\/my$/);
    const item = page.getByTestId('home-documentTasks').getByTestId('home-document-task').filter({ hasText: task });
    await item.waitFor();
    assert.match(await item.innerText(), new RegExp(`^1\\. ${task}[\\s\\S]*срок 25\\.12\\.2026[\\s\\S]*приказ № 900`));
    await assertNoAxeViolations(page, '«Моя страница» with a point of an order');
    await item.locator('a').click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByTestId('document-title').innerText(), title);
  } finally {
    await context.close();
  }
});
