import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { MentorProfileEntity } from '../mentor-profile.entity';
import { MentoringProgramEntity } from '../mentoring-program.entity';
import { MentorshipSessionEntity } from '../mentorship-session.entity';
import { MentorshipEntity } from '../mentorship.entity';

registerEnumType(MentoringModel, { name: 'MentoringModel' });
registerEnumType(MentoringForm, { name: 'MentoringForm' });
registerEnumType(MentorType, { name: 'MentorType' });
registerEnumType(MentorDirection, { name: 'MentorDirection' });
registerEnumType(MentorshipStatus, { name: 'MentorshipStatus' });
registerEnumType(SessionFormat, { name: 'SessionFormat' });

@ObjectType('MentoringProgram', { description: 'Программа наставничества' })
export class MentoringProgramObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => MentoringModel) model!: MentoringModel;
  @Field(() => [MentoringForm]) forms!: MentoringForm[];
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => ID, { nullable: true }) networkId!: string | null;
  @Field(() => ID, { nullable: true }) coordinatorPersonId!: string | null;
  @Field() startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field() goals!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: MentoringProgramEntity): MentoringProgramObject {
    const { id, name, model, forms, organizationId, networkId, coordinatorPersonId, startsOn, endsOn, goals, archivedAt } = e;
    return { id, name, model, forms, organizationId, networkId, coordinatorPersonId, startsOn, endsOn, goals, archivedAt };
  }
}

@ObjectType('MentorProfile', { description: 'Запись в базе наставников' })
export class MentorProfileObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => [MentorType]) types!: MentorType[];
  @Field(() => [MentorDirection]) directions!: MentorDirection[];
  @Field(() => [String]) subjects!: string[];
  @Field() strengths!: string;
  @Field(() => Int) capacity!: number;
  @Field() available!: boolean;

  static from(e: MentorProfileEntity): MentorProfileObject {
    const { id, personId, types, directions, subjects, strengths, capacity, available } = e;
    return { id, personId, types, directions, subjects, strengths, capacity, available };
  }
}

@ObjectType('Mentorship', { description: 'Наставническая пара, триада или группа' })
export class MentorshipObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field(() => MentoringForm) form!: MentoringForm;
  @Field() goals!: string;
  @Field() startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => MentorshipStatus) status!: MentorshipStatus;
  @Field(() => String, { nullable: true }) stopReason!: string | null;
  @Field(() => ID, { nullable: true }) mentorOrganizationId!: string | null;
  @Field(() => ID, { nullable: true }) menteeOrganizationId!: string | null;
  @Field() outcome!: string;

  static from(e: MentorshipEntity): MentorshipObject {
    const { id, programId, form, goals, startsOn, endsOn, status, stopReason, mentorOrganizationId, menteeOrganizationId, outcome } = e;
    return { id, programId, form, goals, startsOn, endsOn, status, stopReason, mentorOrganizationId, menteeOrganizationId, outcome };
  }
}

@ObjectType('MentorshipSession', { description: 'Запланированная или проведённая встреча' })
export class MentorshipSessionObject {
  @Field(() => ID) id!: string;
  @Field() plannedOn!: string;
  @Field(() => String, { nullable: true }) heldOn!: string | null;
  @Field(() => SessionFormat) format!: SessionFormat;
  @Field() topic!: string;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  @Field(() => String, { nullable: true, description: 'Only for the participants and the programme’s managers' }) notes!: string | null;

  static from(e: MentorshipSessionEntity): MentorshipSessionObject {
    const { id, plannedOn, heldOn, format, topic, durationMinutes, notes } = e;
    return { id, plannedOn, heldOn, format, topic, durationMinutes, notes };
  }
}

export const MentoringProgramConnection = ConnectionType(MentoringProgramObject, 'MentoringProgram');
export const MentorProfileConnection = ConnectionType(MentorProfileObject, 'MentorProfile');
export const MentorshipConnection = ConnectionType(MentorshipObject, 'Mentorship');
