import { JobState } from '@metodset/shared';
import { Client } from 'pg';
import { badInput } from '../src/common/errors/errors';
import { JobContext, JobHandler } from '../src/common/jobs/job-handler';
import { JOB_INTERNAL_ERROR, JobService } from '../src/common/jobs/jobs.service';
import { actorOf } from './support/job-actor';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The background job service (common/jobs on pg-boss): progress and the result file, the owner alone sees a job,
 * failures in Russian, parallel jobs, and a job that outlives the API instance that took it.
 */
const JOB = `query($id: ID!) { job(id: $id) { id kind title state progress error fileName fileSize downloadUrl } }`;

const steps = (kind: string, count = 4): JobHandler<{ text: string }> => ({
  kind,
  validate: (p) => {
    if (typeof p['text'] !== 'string' || !p['text']) throw badInput([{ field: 'text', message: 'Укажите текст' }]);
    return { text: p['text'] };
  },
  run: async (ctx: JobContext<{ text: string }>) => {
    for (let i = 1; i <= count; i++) await ctx.progress((i * 100) / (count + 1));
    return { name: `Отчёт ${ctx.params.text}.txt`, mime: 'text/plain; charset=utf-8', data: Buffer.from(`готово: ${ctx.params.text}`) };
  },
});

describe('background jobs', () => {
  let t: TestApp;
  let jobs: JobService;
  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.app.get(JobService);
    jobs.register(steps('test.steps'));
    jobs.register({ kind: 'test.refuses', run: () => Promise.reject(badInput([{ field: 'period', message: 'Нет данных за период' }], 'Нет данных за выбранный период')) });
    jobs.register({ kind: 'test.crashes', run: () => Promise.reject(new TypeError('cannot read properties of undefined')) });
  });
  afterAll(() => t.close());

  it('runs a job off the request, reports progress and leaves a file only its owner downloads (audited)', async () => {
    const owner = await actorOf(t.db, 'methodist.timashevsk');
    const seen: number[] = [];
    const queued = await jobs.enqueue(owner, 'test.steps', { text: 'Тимашевск' }, 'Проверка');
    expect(queued.state).toBe(JobState.QUEUED);
    const progressed = jobs.whenProgress(queued.id, 40).then(() => seen.push(40));
    const done = await jobs.whenSettled(queued.id);
    await progressed;
    expect(seen).toEqual([40]);
    expect(done).toMatchObject({ state: JobState.DONE, progress: 100, resultName: 'Отчёт Тимашевск.txt', error: null, attempts: 1 });

    const token = await t.login('methodist.timashevsk');
    const mine = await t.gql<{ job: Record<string, unknown> }>(JOB, { id: queued.id }, token);
    expect(mine.data?.job).toMatchObject({ state: 'DONE', progress: 100, fileName: 'Отчёт Тимашевск.txt', downloadUrl: `/api/jobs/${queued.id}/file` });

    const res = await fetch(`${t.url}/api/jobs/${queued.id}/file`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Отчёт Тимашевск.txt')}`);
    expect(await res.text()).toBe('готово: Тимашевск');
    const audit: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'download' AND entity_type = 'job' AND entity_id = $1 AND account_id = $2`,
      [queued.id, owner.user.accountId],
    );
    expect(audit[0]?.n).toBe(1);

    // Anyone else: NOT_FOUND, as for an id that does not exist; without a session: 401.
    const other = await t.login('coordinator.lo');
    const foreign = await t.gql(JOB, { id: queued.id }, other);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe((await t.gql(JOB, { id: '00000000-0000-4000-8000-000000000000' }, other)).errors?.[0]?.message);
    expect((await fetch(`${t.url}/api/jobs/${queued.id}/file`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(404);
    expect((await fetch(`${t.url}/api/jobs/${queued.id}/file`)).status).toBe(401);
    expect((await fetch(`${t.url}/api/jobs/not-an-id/file`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    const theirs = await t.gql<{ myJobs: { id: string }[] }>('query { myJobs { id } }', {}, other);
    expect(theirs.data?.myJobs.map((j) => j.id)).not.toContain(queued.id);
    const list = await t.gql<{ myJobs: { id: string }[] }>('query { myJobs(kinds: ["test.steps"]) { id } }', {}, token);
    expect(list.data?.myJobs.map((j) => j.id)).toContain(queued.id);
  });

  it('refuses bad parameters and unknown kinds before anything is written', async () => {
    const owner = await actorOf(t.db, 'methodist.timashevsk');
    const before: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM job`);
    await expect(jobs.enqueue(owner, 'test.steps', { text: '' }, 'Пусто')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(jobs.enqueue(owner, 'test.nothing', {}, 'Нет такого')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM job`)).toEqual(before);
    const token = await t.login('methodist.timashevsk');
    expect((await t.gql(JOB, { id: 'x' }, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('query { myJobs(first: 1000) { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fails a job with the handler’s Russian message, or a general one for a crash', async () => {
    const owner = await actorOf(t.db, 'coordinator.lo');
    const refused = await jobs.whenSettled((await jobs.enqueue(owner, 'test.refuses', {}, 'Отказ')).id);
    expect(refused).toMatchObject({ state: JobState.FAILED, error: 'Нет данных за выбранный период', resultName: null });
    const crashed = await jobs.whenSettled((await jobs.enqueue(owner, 'test.crashes', {}, 'Сбой')).id);
    expect(crashed).toMatchObject({ state: JobState.FAILED, error: JOB_INTERNAL_ERROR });
    expect(crashed.error).not.toContain('undefined');
    const token = await t.login('coordinator.lo');
    const seen = await t.gql<{ job: { state: string; error: string; downloadUrl: string | null } }>(JOB, { id: crashed.id }, token);
    expect(seen.data?.job).toMatchObject({ state: 'FAILED', error: JOB_INTERNAL_ERROR, downloadUrl: null });
    expect((await fetch(`${t.url}/api/jobs/${crashed.id}/file`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it('runs jobs asked for in parallel, each once, each with its own file', async () => {
    const owner = await actorOf(t.db, 'coordinator.lo');
    const asked = await Promise.all(Array.from({ length: 8 }, (_, i) => jobs.enqueue(owner, 'test.steps', { text: `№${i}` }, `Параллельно ${i}`)));
    expect(new Set(asked.map((j) => j.id)).size).toBe(8);
    const done = await Promise.all(asked.map((j) => jobs.whenSettled(j.id)));
    expect(done.map((j) => [j.state, j.attempts, j.resultName])).toEqual(asked.map((_, i) => [JobState.DONE, 1, `Отчёт №${i}.txt`]));
  });
});

describe('a job outlives the API instance that took it', () => {
  let first: TestApp;
  let second: TestApp | null = null;
  afterAll(async () => {
    await second?.close();
    await first.db.destroy();
    const admin = new Client({ connectionString: process.env['METODSET_TEST_SERVER_URL'] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${first.database} WITH (FORCE)`);
    await admin.end();
  });

  it('is taken up again by the next instance when the first stops mid-way, and before it started', async () => {
    first = await startTestApp();
    const jobs = first.app.get(JobService);
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    jobs.register({
      kind: 'test.restart',
      run: async (ctx) => {
        await ctx.progress(40);
        started();
        // Works until the API stops (its next progress report throws then).
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        await ctx.progress(50);
        return null;
      },
    });
    const owner = await actorOf(first.db, 'methodist.podporozhye');
    const midway = await jobs.enqueue(owner, 'test.restart', {}, 'Прервано на середине');
    await running;
    expect((await first.db.query(`SELECT state, progress FROM job WHERE id = $1`, [midway.id]))[0]).toEqual({ state: 'RUNNING', progress: 40 });
    const notStarted = await jobs.enqueue(owner, 'test.restart', {}, 'Не начато');
    await first.app.close();

    // The handler is there before the second instance's workers start (as a module's would be): an instance without
    // it hands the job back, which spends pg-boss's retries (the next test).
    second = await startTestApp(
      {},
      {
        sameDatabaseAs: first,
        beforeStart: (app) =>
          app.get(JobService).register({
            kind: 'test.restart',
            run: async (ctx) => {
              await ctx.progress(60);
              return { name: 'после перезапуска.txt', mime: 'text/plain; charset=utf-8', data: Buffer.from('ok') };
            },
          }),
      },
    );
    const again = second.app.get(JobService);
    const [a, b] = await Promise.all([again.whenSettled(midway.id), again.whenSettled(notStarted.id)]);
    expect(a).toMatchObject({ state: JobState.DONE, progress: 100, attempts: 2, resultName: 'после перезапуска.txt' });
    expect(b).toMatchObject({ state: JobState.DONE, progress: 100, resultName: 'после перезапуска.txt' });
  });
});

describe('a job of a kind no running instance knows', () => {
  let owner: TestApp;
  let other: TestApp | null = null;
  afterAll(async () => {
    await other?.close();
    await owner.close();
  });

  it('fails once pg-boss has no attempt left, instead of waiting forever', async () => {
    // The owner of the database knows the kind and takes the job…
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    owner = await startTestApp({}, {
      beforeStart: (app) =>
        app.get(JobService).register({
          kind: 'test.orphan',
          run: async (ctx) => {
            await ctx.progress(10);
            started();
            await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
            await ctx.progress(20);
            return null;
          },
        }),
    });
    const jobs = owner.app.get(JobService);
    const orphan = await jobs.enqueue(await actorOf(owner.db, 'methodist.podporozhye'), 'test.orphan', {}, 'Вид, которого больше нет');
    await running;
    // …then its jobs stop as on shutdown (the app stays up: it owns the database), and an instance that does not
    // know the kind is left: it hands the job back on every attempt, and settles it on pg-boss's last one.
    other = await startTestApp({}, { sameDatabaseAs: owner });
    await jobs.beforeApplicationShutdown();
    const settled = await other.app.get(JobService).whenSettled(orphan.id);
    expect(settled).toMatchObject({ state: JobState.FAILED, error: 'Неизвестный вид задания', attempts: 1 });
  });
});
