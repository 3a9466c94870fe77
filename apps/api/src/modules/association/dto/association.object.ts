import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { AssociationMeetingEntity } from '../association-meeting.entity';
import { AssociationMemberEntity } from '../association-member.entity';
import { AssociationEntity } from '../association.entity';

registerEnumType(AssociationKind, { name: 'AssociationKind', description: 'Вид объединения' });
registerEnumType(AssociationRole, { name: 'AssociationRole' });
registerEnumType(MeetingFormat, { name: 'MeetingFormat' });

@ObjectType('AssociationHost')
export class AssociationHostObject {
  @Field({ description: 'organization, municipality or network' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Association', { description: 'ШМО, РМО, ПОС, рабочая или творческая группа, координационный совет' })
export class AssociationObject {
  @Field(() => ID) id!: string;
  @Field(() => AssociationKind) kind!: AssociationKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field() description!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) networkId!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: AssociationEntity): AssociationObject {
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      subject: e.subject,
      description: e.description,
      organizationId: e.organizationId,
      municipalityId: e.municipalityId,
      networkId: e.networkId,
      archivedAt: e.archivedAt,
    };
  }
}

@ObjectType('AssociationMember')
export class AssociationMemberObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => AssociationRole) role!: AssociationRole;

  static from(e: AssociationMemberEntity): AssociationMemberObject {
    return { id: e.id, personId: e.personId, role: e.role };
  }
}

@ObjectType('AssociationMeeting', { description: 'Заседание и его протокол' })
export class AssociationMeetingObject {
  @Field(() => ID) id!: string;
  @Field() heldOn!: string;
  @Field(() => MeetingFormat) format!: MeetingFormat;
  @Field() agenda!: string;
  @Field() decisions!: string;
  @Field(() => [ID]) attendeeIds!: string[];
  @Field(() => Int) attendeeCount!: number;

  static from(e: AssociationMeetingEntity): AssociationMeetingObject {
    return { id: e.id, heldOn: e.heldOn, format: e.format, agenda: e.agenda, decisions: e.decisions, attendeeIds: e.attendeeIds, attendeeCount: e.attendeeIds.length };
  }
}

export const AssociationConnection = ConnectionType(AssociationObject, 'Association');
