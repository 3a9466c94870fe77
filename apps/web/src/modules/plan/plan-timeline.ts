/** The plan as a Gantt chart: one bar per stage (its span) followed by its dated items; undated items go to a list. */
export interface TimelineStage {
  id: string;
  title: string;
  position: number;
}

export interface TimelineItem {
  id: string;
  number: string;
  title: string;
  stageId: string | null;
  startDate: string | null;
  endDate: string | null;
  periodText: string | null;
  done: boolean;
  flag: 'OVERDUE' | 'AT_RISK' | null;
}

export interface GanttTask {
  id: string;
  name: string;
  start: string;
  end: string;
  progress: number;
  custom_class: string;
}

export interface Timeline {
  tasks: GanttTask[];
  /** Items without exact dates («в течение года», «4 раза в год»), shown beside the chart. */
  undated: TimelineItem[];
}

const dated = (i: TimelineItem): i is TimelineItem & { endDate: string } => i.endDate !== null;

export function buildTimeline(stages: readonly TimelineStage[], items: readonly TimelineItem[], noStageTitle: string): Timeline {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const groups: { id: string; title: string; items: TimelineItem[] }[] = ordered.map((s) => ({ id: s.id, title: s.title, items: items.filter((i) => i.stageId === s.id) }));
  const loose = items.filter((i) => !i.stageId || !stages.some((s) => s.id === i.stageId));
  if (loose.length) groups.push({ id: 'none', title: noStageTitle, items: loose });
  const tasks: GanttTask[] = [];
  for (const group of groups) {
    const withDates = group.items.filter(dated);
    if (!withDates.length) continue;
    const starts = withDates.map((i) => i.startDate ?? i.endDate);
    const ends = withDates.map((i) => i.endDate);
    tasks.push({ id: `stage-${group.id}`, name: group.title, start: starts.reduce((a, b) => (a < b ? a : b)), end: ends.reduce((a, b) => (a > b ? a : b)), progress: 0, custom_class: 'plan-gantt__stage' });
    for (const i of withDates) {
      const cls = i.done ? 'plan-gantt__done' : i.flag === 'OVERDUE' ? 'plan-gantt__overdue' : i.flag === 'AT_RISK' ? 'plan-gantt__at-risk' : 'plan-gantt__item';
      tasks.push({ id: i.id, name: `${i.number} ${i.title}`, start: i.startDate ?? i.endDate, end: i.endDate, progress: i.done ? 100 : 0, custom_class: cls });
    }
  }
  return { tasks, undated: items.filter((i) => !dated(i)) };
}
