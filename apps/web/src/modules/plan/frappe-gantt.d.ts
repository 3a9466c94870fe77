declare module 'frappe-gantt' {
  /** frappe-gantt ships no types; the chart is used read-only through these few members. */
  export default class Gantt {
    constructor(element: HTMLElement | string, tasks: unknown[], options?: Record<string, unknown>);
    refresh(tasks: unknown[]): void;
    change_view_mode(mode?: string): void;
  }
}
