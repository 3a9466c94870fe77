import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EventAudienceTarget,
  EventExceptionKind,
  EventKind,
  EventMaterialKind,
  EventRecurrence,
  EventRegistrationStatus,
  EventStatus,
  EventTiming,
} from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { EventExceptionEntity } from '../event-exception.entity';
import { EventMaterialEntity } from '../event-material.entity';
import { EventRegistrationEntity } from '../event-registration.entity';
import { EventEntity } from '../event.entity';
import { Occurrence } from '../event-occurrences';

registerEnumType(EventKind, { name: 'EventKind', description: 'Вид мероприятия' });
registerEnumType(EventStatus, { name: 'EventStatus' });
registerEnumType(EventTiming, { name: 'EventTiming', description: 'Дата, дата и время или период' });
registerEnumType(EventAudienceTarget, { name: 'EventAudienceTarget' });
registerEnumType(EventRecurrence, { name: 'EventRecurrence' });
registerEnumType(EventExceptionKind, { name: 'EventExceptionKind' });
registerEnumType(EventRegistrationStatus, { name: 'EventRegistrationStatus' });
registerEnumType(EventMaterialKind, { name: 'EventMaterialKind' });

@ObjectType('EventHost')
export class EventHostObject {
  @Field({ description: 'organization, municipality or network' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('EventSeriesRule', { description: 'Правило повторения серии' })
export class EventSeriesRuleObject {
  @Field(() => EventRecurrence) frequency!: EventRecurrence;
  @Field(() => Int) interval!: number;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => String, { nullable: true }) until!: string | null;
}

@ObjectType('Event', { description: 'Мероприятие сети, организации или муниципалитета (или серия повторяющихся)' })
export class EventObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field() description!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) networkId!: string | null;
  @Field(() => EventTiming) timing!: EventTiming;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The period as written («октябрь 2026»)' }) periodLabel!: string | null;
  @Field({ description: 'Last day of the last occurrence' }) spanEndsOn!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field() audience!: string;
  @Field(() => EventAudienceTarget, { nullable: true }) audienceTarget!: EventAudienceTarget | null;
  @Field(() => [ID]) competenceIds!: string[];
  @Field({ description: 'Responsible as the source writes them' }) responsibleNote!: string;
  @Field() plannedResult!: string;
  @Field() actualResult!: string;
  @Field(() => EventStatus) status!: EventStatus;
  @Field(() => Int, { nullable: true, description: 'Registration cap; null: no cap' }) capacity!: number | null;
  @Field() registrationOpen!: boolean;
  @Field(() => Float, { nullable: true, description: 'Academic hours per attended occurrence; null: the event gives no hours' }) hours!: number | null;
  @Field(() => EventSeriesRuleObject, { nullable: true, description: 'Set for a recurring series' }) series!: EventSeriesRuleObject | null;
  @Field(() => Int, { description: 'Grows on every change (iCal SEQUENCE)' }) revision!: number;
  @Field(() => String, { nullable: true, description: 'Which plan or calendar a seeded event comes from' }) source!: string | null;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;

  static from(e: EventEntity): EventObject {
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      description: e.description,
      organizationId: e.organizationId,
      municipalityId: e.municipalityId,
      networkId: e.networkId,
      timing: e.timing,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      periodLabel: e.periodLabel,
      spanEndsOn: e.spanEndsOn,
      place: e.place,
      onlineUrl: e.onlineUrl,
      audience: e.audience,
      audienceTarget: e.audienceTarget,
      competenceIds: e.competenceIds,
      responsibleNote: e.responsibleNote,
      plannedResult: e.plannedResult,
      actualResult: e.actualResult,
      status: e.status,
      capacity: e.capacity,
      registrationOpen: e.registrationOpen,
      hours: e.hours == null ? null : Number(e.hours),
      series: e.recurrence ? { frequency: e.recurrence, interval: e.recurrenceInterval, count: e.recurrenceCount, until: e.recurrenceUntil } : null,
      revision: e.revision,
      source: e.source,
      illustrative: e.illustrative,
      archivedAt: e.archivedAt,
      updatedAt: e.updatedAt,
    };
  }
}

@ObjectType('EventOccurrence', { description: 'Одно проведение мероприятия (серии — по правилу, с учётом исключений)' })
export class EventOccurrenceObject {
  @Field({ description: 'Stable identity: the date the rule generated (the start for a single event)' }) occurrenceDate!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field() cancelled!: boolean;
  @Field() moved!: boolean;
  @Field() note!: string;
  @Field(() => Int, { description: 'The event’s revision plus the exception’s (iCal SEQUENCE)' }) revision!: number;

  static from(o: Occurrence): EventOccurrenceObject {
    return { ...o };
  }
}

@ObjectType('EventException', { description: 'Исключение серии: проведение перенесено или отменено' })
export class EventExceptionObject {
  @Field(() => ID) id!: string;
  @Field() occurrenceDate!: string;
  @Field(() => EventExceptionKind) kind!: EventExceptionKind;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field() note!: string;
  @Field(() => Int) revision!: number;

  static from(e: EventExceptionEntity): EventExceptionObject {
    return { id: e.id, occurrenceDate: e.occurrenceDate, kind: e.kind, startsOn: e.startsOn, endsOn: e.endsOn, startsAt: e.startsAt, endsAt: e.endsAt, note: e.note, revision: e.revision };
  }
}

@ObjectType('EventRegistration', { description: 'Запись на мероприятие' })
export class EventRegistrationObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => EventRegistrationStatus) status!: EventRegistrationStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field() illustrative!: boolean;

  static from(e: EventRegistrationEntity): EventRegistrationObject {
    return { id: e.id, eventId: e.eventId, personId: e.personId, status: e.status, createdAt: e.createdAt, cancelledAt: e.cancelledAt, illustrative: e.illustrative };
  }
}

@ObjectType('EventAttendance', { description: 'Факт посещения: человек был на мероприятии (на этом проведении серии)' })
export class EventAttendanceObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field() occurrenceDate!: string;
  @Field(() => Date) markedAt!: Date;
}

@ObjectType('EventFeedback', { description: 'Короткий отзыв участника' })
export class EventFeedbackObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => Int) rating!: number;
  @Field() comment!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('EventFeedbackSummary')
export class EventFeedbackSummaryObject {
  @Field(() => Int) count!: number;
  @Field(() => Number, { nullable: true, description: 'Average rating, null with no feedback' }) average!: number | null;
}

@ObjectType('EventMaterial', { description: 'Материал мероприятия: ссылка или файл' })
export class EventMaterialObject {
  @Field(() => ID) id!: string;
  @Field(() => EventMaterialKind) kind!: EventMaterialKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) fileType!: string | null;
  @Field(() => Int, { nullable: true }) fileSize!: number | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: EventMaterialEntity): EventMaterialObject {
    return { id: e.id, kind: e.kind, title: e.title, url: e.url, fileName: e.fileName, fileType: e.fileType, fileSize: e.fileSize, createdAt: e.createdAt };
  }
}

@ObjectType('EventMaterialFile')
export class EventMaterialFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
}

export const EventConnection = ConnectionType(EventObject, 'Event');

@ObjectType('EventOrganizer')
export class EventOrganizerObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('EventCompetence')
export class EventCompetenceObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('EventResponsible', { description: 'Ответственный за мероприятие' })
export class EventResponsibleObject {
  @Field(() => ID) personId!: string;
}
