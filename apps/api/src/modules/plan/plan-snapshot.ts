import { PLAN_ITEM_STATUS_LABELS } from '@metodset/shared';
import type { MonitoredItemRow } from './plan-monitoring.repository';
import type { SnapshotItem } from './plan-version-diff';

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** «Сроки» as officials read them: the period as written, else the dates. */
export function periodOf(i: { periodText: string; startsOn: string | null; endsOn: string | null }): string {
  if (i.periodText) return i.periodText;
  if (i.startsOn && i.endsOn && i.startsOn !== i.endsOn) return `${ddmmyyyy(i.startsOn)}–${ddmmyyyy(i.endsOn)}`;
  const one = i.endsOn ?? i.startsOn;
  return one ? ddmmyyyy(one) : '';
}

export const joinText = (text: string, names: string[]) => [text, ...names].filter((s) => s && s.trim()).join('; ');

export function snapshotItem(r: MonitoredItemRow): SnapshotItem & { number: string } {
  return {
    id: r.id,
    number: r.number || String(r.position),
    stageTitle: r.stageTitle,
    title: r.title,
    startDate: r.startsOn,
    endDate: r.endsOn,
    periodText: r.periodText || null,
    responsible: joinText(r.responsibleText, r.responsibleNames) || null,
    participants: joinText(r.participantsText, r.participantNames) || null,
    expectedResult: r.expectedResult || null,
    status: PLAN_ITEM_STATUS_LABELS[r.status] ?? r.status,
  };
}

