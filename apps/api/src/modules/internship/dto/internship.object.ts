import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CertificateStatus, FinalProductStatus, InternshipApplicationSource, InternshipApplicationStatus } from '@metodset/shared';
import { InternshipCohortEntity } from '../internship-cohort.entity';
import { InternshipSessionEntity } from '../internship-session.entity';
import type { ApplicationRow } from '../internship.repository';

registerEnumType(InternshipApplicationStatus, { name: 'InternshipApplicationStatus' });
registerEnumType(InternshipApplicationSource, { name: 'InternshipApplicationSource' });
registerEnumType(FinalProductStatus, { name: 'FinalProductStatus' });
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

@ObjectType('InternshipSession', { description: 'Занятие группы стажёров' })
export class InternshipSessionObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => ID, { nullable: true }) moduleId!: string | null;
  @Field() topic!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => ID, { nullable: true }) masterPersonId!: string | null;
  @Field(() => Date, { nullable: true, description: 'Removed from the schedule (restorable)' }) archivedAt!: Date | null;

  static from(s: InternshipSessionEntity): InternshipSessionObject {
    return { id: s.id, cohortId: s.cohortId, startsAt: s.startsAt, endsAt: s.endsAt, moduleId: s.moduleId, topic: s.topic, place: s.place, onlineUrl: s.onlineUrl, masterPersonId: s.masterPersonId, archivedAt: s.archivedAt };
  }
}

@ObjectType('InternshipApplication', { description: 'Заявка педагога в группу стажёров' })
export class InternshipApplicationObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field() cohortTitle!: string;
  @Field() cohortStartsOn!: string;
  @Field() cohortEndsOn!: string;
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => InternshipApplicationSource) source!: InternshipApplicationSource;
  @Field(() => InternshipApplicationStatus) status!: InternshipApplicationStatus;
  @Field(() => Int, { nullable: true, description: 'Place in the waitlist, 1 = next to move up' }) waitlistPosition!: number | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => String, { nullable: true }) finalProductTitle!: string | null;
  @Field(() => String, { nullable: true }) finalProductUrl!: string | null;
  @Field(() => FinalProductStatus) finalProductStatus!: FinalProductStatus;
  @Field(() => Int, { description: 'Sessions attended' }) attended!: number;
  @Field(() => Int, { description: 'Sessions of the cohort' }) sessions!: number;
  @Field(() => Int, { description: 'Whole percent of sessions attended' }) attendancePercent!: number;
  @Field({ description: 'Meets the cohort’s completion rule' }) completed!: boolean;
  @Field(() => ID, { nullable: true }) certificateId!: string | null;
  @Field(() => String, { nullable: true }) certificateNumber!: string | null;
  @Field(() => CertificateStatus, { nullable: true }) certificateStatus!: CertificateStatus | null;
  @Field() createdAt!: Date;

  static from(r: ApplicationRow, completed: boolean, attendancePercent: number): InternshipApplicationObject {
    return { ...r, completed, attendancePercent };
  }
}

@ObjectType('InternshipCohort', { description: 'Группа стажёров модульной программы' })
export class InternshipCohortObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field(() => ID, { nullable: true }) trackId!: string | null;
  @Field() title!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) minAttendancePercent!: number;
  @Field() requireFinalProduct!: boolean;
  @Field({ description: 'The completion rule in words' }) completionRule!: string;
  @Field() illustrative!: boolean;
  @Field(() => Int, { description: 'Seats held (submitted and approved)' }) seated!: number;
  @Field(() => Int) waitlisted!: number;
  @Field({ description: 'The caller runs this cohort (approves, marks attendance, accepts products)' }) canManage!: boolean;

  static from(c: InternshipCohortEntity, extra: Pick<InternshipCohortObject, 'seated' | 'waitlisted' | 'canManage' | 'completionRule'>): InternshipCohortObject {
    return {
      id: c.id,
      programId: c.programId,
      trackId: c.trackId,
      title: c.title,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      capacity: c.capacity,
      minAttendancePercent: c.minAttendancePercent,
      requireFinalProduct: c.requireFinalProduct,
      illustrative: c.illustrative,
      ...extra,
    };
  }
}

@ObjectType('InternshipAttendanceRow')
export class InternshipAttendanceRowObject {
  @Field(() => ID) applicationId!: string;
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => Boolean, { nullable: true, description: 'null: not marked yet' }) present!: boolean | null;
}

@ObjectType('InternshipAttendanceSheet', { description: 'Лист посещаемости занятия' })
export class InternshipAttendanceSheetObject {
  @Field(() => InternshipSessionObject) session!: InternshipSessionObject;
  @Field() cohortTitle!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => [InternshipAttendanceRowObject]) rows!: InternshipAttendanceRowObject[];
}

@ObjectType('InternshipCompletion', { description: 'Пройденный модуль (часы засчитываются в годовой учёт)' })
export class InternshipCompletionObject {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) moduleId!: string | null;
  @Field() title!: string;
  @Field(() => Float) hours!: number;
  @Field() completedOn!: string;
}

@ObjectType('CertificateVerification', { description: 'What a certificate states, for the public verification page' })
export class CertificateVerificationObject {
  @Field() number!: string;
  @Field() holderName!: string;
  @Field() programTitle!: string;
  @Field() siteTitle!: string;
  @Field(() => Float) hours!: number;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field() issuedOn!: string;
  @Field() issuerName!: string;
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
}

@ObjectType('InternshipCertificate', { description: 'A certificate as those who run its cohort see it' })
export class InternshipCertificateObject {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
}

@ObjectType('InternshipCertificateFile')
export class InternshipCertificateFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
}
