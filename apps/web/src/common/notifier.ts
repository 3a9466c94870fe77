/** A toast raised outside components (GraphQL client hooks); App.vue connects it to PrimeVue's toast. */
export interface Notice {
  severity: 'success' | 'info' | 'warn' | 'error';
  summary: string;
  detail?: string;
  life?: number;
}

let sink: ((notice: Notice) => void) | null = null;
const pending: Notice[] = [];

export function notify(notice: Notice): void {
  if (sink) sink(notice);
  else pending.push(notice);
}

export function connectNotifier(show: (notice: Notice) => void): void {
  sink = show;
  for (const notice of pending.splice(0)) show(notice);
}
