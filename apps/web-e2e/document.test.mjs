import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoSideScroll, axeViolations, launch, openFromMenu, PHONE, signIn } from './browser.mjs';

// Demo data: apps/api/src/seed/demo/documents/documents.data.ts — order №527 of МОУ «СОШ №12» г. Воркуты (seed 003)
// with its five points; point 5 names Степанов Н.В. and is due 01.09.2022 (overdue: the seed states no execution).
const TITLE = 'Об утверждении проекта сетевого взаимодействия с МОУ «СОШ №35 с УИОП» г. Воркуты в рамках реализации федерального проекта «500+»';
/** The narrowest phone the pages promise to work on. */
const NARROW = { ...PHONE, viewport: { width: 360, height: 740 } };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a methodist finds order №527 in the document bank on a 360 px phone, opens it and marks a task done', async () => {
  const { context, page } = await signIn(browser, 'methodist.vorkuta', NARROW);
  await openFromMenu(page, 'documents');
  await page.waitForURL(/\/documents$/);
  await page.getByTestId('filter-search').fill('527');
  await page.waitForURL(/q=527/);
  // The list reloads with the filter: only the order is left (the federal documents the methodist also reads are gone).
  await page.waitForFunction(() => globalThis.document.querySelectorAll('[data-testid="document-row"]').length === 1);
  const link = page.getByTestId('document-link').filter({ hasText: TITLE });
  await link.waitFor();
  await assertNoSideScroll(page, 'document list');
  assert.deepEqual(await axeViolations(page), []);
  await link.click();

  await page.getByTestId('document-title').waitFor();
  assert.equal(await page.getByTestId('document-caption').innerText(), 'Приказ № 527 от 25.08.2022');
  assert.equal(await page.getByTestId('document-title').innerText(), TITLE);
  await page.getByTestId('document-task-text').nth(4).waitFor();
  const point5 = page.getByRole('row').filter({ hasText: 'Степанову Н.В., технику, разместить проект' });
  assert.equal(await point5.getByTestId('document-task-state').innerText(), 'Просрочено');
  await assertNoSideScroll(page, 'order page');
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: 'test-results/e2e-document-phone.png', fullPage: false });

  await point5.getByTestId('document-task-done').click();
  await point5.getByTestId('document-task-state').filter({ hasText: 'Выполнено' }).waitFor();
  await point5.getByTestId('document-task-reopen').waitFor();

  // The task list across orders: the done point is there with its order, found by the state filter kept in the URL.
  await page.goto(page.url().replace(/\/documents\/.*$/, '/documents/tasks?state=DONE'));
  await page.getByTestId('document-task-row').filter({ hasText: 'Степанову Н.В., технику' }).waitFor();
  await assertNoSideScroll(page, 'task list');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
