import { EVENT_MATERIAL_MAX_BYTES, EVENT_MATERIAL_TYPES, EventExceptionKind, EventStatus, EventTiming } from '@metodset/shared';
import { CheckedFile, checkAttachedFile } from '../../common/files/attached-file';
import { FieldError } from '../../common/errors/errors';
import { EventExceptionInput, EventInput } from './dto/event.input';
import { SeriesSource } from './event-occurrences';

/** The events' times are Moscow time (all five programmes' territories keep it). */
export const EVENT_TIME_ZONE_OFFSET = '+03:00';
export const atMoscow = (day: string, time: string) => new Date(`${day}T${time}:00${EVENT_TIME_ZONE_OFFSET}`);
export const today = () => new Date().toISOString().slice(0, 10);

/** The stored dates of an event from its form (timing decides which parts count). */
export interface EventDates {
  timing: EventTiming;
  startsOn: string;
  endsOn: string;
  startsAt: Date | null;
  endsAt: Date | null;
  periodLabel: string | null;
}

/** Checks the dates, times, period and series of a form; returns the stored dates or the field errors. */
export function eventDates(input: EventInput): EventDates | FieldError[] {
  const errors: FieldError[] = [];
  const endsOn = input.endsOn ?? input.startsOn;
  if (endsOn < input.startsOn) errors.push({ field: 'endsOn', message: 'Дата окончания — не раньше даты начала' });
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (input.timing === EventTiming.DATE_TIME) {
    if (!input.startTime) errors.push({ field: 'startTime', message: 'Укажите время начала' });
    else startsAt = atMoscow(input.startsOn, input.startTime);
    if (input.endTime) endsAt = atMoscow(endsOn, input.endTime);
    if (startsAt && endsAt && endsAt < startsAt) errors.push({ field: 'endTime', message: 'Время окончания — не раньше начала' });
  }
  const periodLabel = input.timing === EventTiming.PERIOD ? (input.periodLabel ?? null) : null;
  if (input.timing === EventTiming.PERIOD && !periodLabel) errors.push({ field: 'periodLabel', message: 'Укажите период, например «октябрь 2026»' });
  const s = input.series;
  if (s) {
    if ((s.count == null) === (s.until == null)) errors.push({ field: 'series.count', message: 'Укажите либо число повторений, либо дату окончания серии' });
    if (s.until && s.until < input.startsOn) errors.push({ field: 'series.until', message: 'Дата окончания серии — не раньше первого проведения' });
  }
  if (input.status === EventStatus.HELD && input.startsOn > today()) errors.push({ field: 'status', message: 'Проведённым можно отметить мероприятие, которое уже началось' });
  if (errors.length) return errors;
  return { timing: input.timing, startsOn: input.startsOn, endsOn, startsAt, endsAt, periodLabel };
}

/** The series columns of a form. */
export function seriesColumns(input: EventInput): Pick<SeriesSource, 'recurrence' | 'recurrenceInterval' | 'recurrenceCount' | 'recurrenceUntil'> {
  const s = input.series;
  return s
    ? { recurrence: s.frequency, recurrenceInterval: s.interval, recurrenceCount: s.count ?? null, recurrenceUntil: s.count == null ? (s.until ?? null) : null }
    : { recurrence: null, recurrenceInterval: 1, recurrenceCount: null, recurrenceUntil: null };
}

/** The stored form of an exception, or its field errors (`dates` are the occurrence's own ones). */
export function exceptionValues(
  input: EventExceptionInput,
  generated: readonly string[],
  timing: EventTiming,
): { startsOn: string | null; endsOn: string | null; startsAt: Date | null; endsAt: Date | null } | FieldError[] {
  if (!generated.includes(input.occurrenceDate)) return [{ field: 'occurrenceDate', message: 'В серии нет проведения с этой датой' }];
  if (input.kind === EventExceptionKind.CANCELLED) return { startsOn: null, endsOn: null, startsAt: null, endsAt: null };
  if (!input.startsOn) return [{ field: 'startsOn', message: 'Укажите новую дату' }];
  const endsOn = input.endsOn ?? input.startsOn;
  if (endsOn < input.startsOn) return [{ field: 'endsOn', message: 'Дата окончания — не раньше даты начала' }];
  const startsAt = timing === EventTiming.DATE_TIME && input.startTime ? atMoscow(input.startsOn, input.startTime) : null;
  const endsAt = timing === EventTiming.DATE_TIME && input.endTime ? atMoscow(endsOn, input.endTime) : null;
  if (startsAt && endsAt && endsAt < startsAt) return [{ field: 'endTime', message: 'Время окончания — не раньше начала' }];
  return { startsOn: input.startsOn, endsOn, startsAt, endsAt };
}

/** Why the caller may not register now (null: may). */
export function registrationProblem(e: { archivedAt: Date | null; status: EventStatus; registrationOpen: boolean; spanEndsOn: string; capacity: number | null }, registered: number): string | null {
  if (e.archivedAt) return 'Мероприятие в архиве';
  if (e.status === EventStatus.CANCELLED) return 'Мероприятие отменено';
  if (e.status === EventStatus.HELD || e.spanEndsOn < today()) return 'Мероприятие уже прошло';
  if (!e.registrationOpen) return 'Запись на мероприятие закрыта';
  if (e.capacity != null && registered >= e.capacity) return 'Мест больше нет';
  return null;
}

/** Decodes and checks a material file: allowed type by name and by real content, size limit, name sanitised. */
export function checkMaterialFile(fileName: string, contentBase64: string): Promise<CheckedFile | FieldError> {
  return checkAttachedFile(fileName, contentBase64, { types: EVENT_MATERIAL_TYPES, maxBytes: EVENT_MATERIAL_MAX_BYTES });
}
