import { DataSource } from 'typeorm';
import { JobQueue } from './job-queue';

/** pg-boss as far as a schedule uses it: records what the queue asked for. */
function fakeBoss() {
  const calls: string[] = [];
  return {
    calls,
    boss: {
      createQueue: async (name: string) => void calls.push(`createQueue ${name}`),
      schedule: async (name: string, cron: string) => void calls.push(`schedule ${name} ${cron}`),
      work: async (name: string) => {
        calls.push(`work ${name}`);
        return 'worker-id';
      },
    },
  };
}

const task = { name: 'nightly', cron: '30 2 * * *', run: async () => undefined };

describe('JobQueue schedules', () => {
  it('registers a schedule and a worker for its ticks by default', async () => {
    const { boss, calls } = fakeBoss();
    await new JobQueue({} as DataSource, { SCHEDULED_JOBS: 'on' }).startCron(boss as never, task);
    expect(calls).toEqual(['createQueue nightly', 'schedule nightly 30 2 * * *', 'work nightly']);
  });

  it('with SCHEDULED_JOBS=off registers the schedule but takes none of its ticks', async () => {
    const { boss, calls } = fakeBoss();
    await new JobQueue({} as DataSource, { SCHEDULED_JOBS: 'off' }).startCron(boss as never, task);
    expect(calls).toEqual(['createQueue nightly', 'schedule nightly 30 2 * * *']);
  });
});
