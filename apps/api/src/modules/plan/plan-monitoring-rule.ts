/**
 * The monitoring flags of a plan's items, as a pure rule (the SQL read model in `plan-monitoring.repository.ts`
 * computes the same thing in the database; `plan-monitoring.int-spec.ts` checks that both agree).
 *
 * - overdue («просрочено»): the item's end date has passed and it is neither done nor cancelled;
 * - at risk («под угрозой»): not overdue, not done, not cancelled, and either its end date is at most
 *   AT_RISK_DAYS days away while the work has not started, or an earlier stage of the plan has an overdue item
 *   and this item has not started yet.
 * Items without an exact end date («в течение года», «4 раза в год») get no flag.
 */
export const AT_RISK_DAYS = 14;

export type MonitoredStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'NOT_DONE' | 'CANCELLED';

export interface MonitoredItem {
  id: string;
  stageId: string | null;
  /** The stage's position in the plan (earlier stages have smaller numbers). */
  stagePosition: number;
  /** ISO date (yyyy-mm-dd) or null when the item has no exact end. */
  endDate: string | null;
  status: MonitoredStatus;
}

export type MonitoringFlag = 'OVERDUE' | 'AT_RISK';

export const MONITORING_RULE_TEXT =
  'Просрочено — дата окончания прошла, а мероприятие не выполнено и не отменено. ' +
  `Под угрозой — срок ещё не прошёл, мероприятие не выполнено, и либо до окончания осталось ${AT_RISK_DAYS} дней или меньше, а работа не начата, ` +
  'либо в одном из предыдущих этапов есть просроченные мероприятия, а это ещё не начато. Мероприятия без точной даты окончания не отмечаются.';

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const open = (s: MonitoredStatus) => s !== 'DONE' && s !== 'CANCELLED';

/** Flags per item id; `today` is an ISO date. */
export function monitoringFlags(items: readonly MonitoredItem[], today: string): Map<string, MonitoringFlag> {
  const overdue = (i: MonitoredItem) => open(i.status) && i.endDate !== null && i.endDate < today;
  const overdueStagePositions = items.filter(overdue).map((i) => i.stagePosition);
  const firstOverdueStage = overdueStagePositions.length ? Math.min(...overdueStagePositions) : Infinity;
  const horizon = addDays(today, AT_RISK_DAYS);
  const flags = new Map<string, MonitoringFlag>();
  for (const item of items) {
    if (overdue(item)) flags.set(item.id, 'OVERDUE');
    else if (open(item.status) && item.endDate !== null && item.status === 'PLANNED' && (item.endDate <= horizon || item.stagePosition > firstOverdueStage)) {
      flags.set(item.id, 'AT_RISK');
    }
  }
  return flags;
}
