/** Background jobs (exports, reports, recalculations): their states with Russian labels. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum JobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
export const JOB_STATE_LABELS: Labels<JobState> = {
  QUEUED: 'В очереди',
  RUNNING: 'Выполняется',
  DONE: 'Готово',
  FAILED: 'Ошибка',
};
