import { JOB_STATE_LABELS } from '@metodset/shared';

/** Messages of background jobs (`jobs.*`). */
export const jobsMessages = {
  state: JOB_STATE_LABELS,
  progress: 'Выполнено {progress} %',
  download: 'Скачать',
  downloadNamed: 'Скачать «{name}»',
  failed: 'Не удалось: {error}',
  lost: 'Не удалось узнать состояние задания: {reason}',
  size: '{size} КБ',
};
