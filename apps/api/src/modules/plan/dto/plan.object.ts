import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanItemStatus, PlanKind, PlanLinkKind, PlanPartyRole, PlanStageKind, PlanStatus } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { PlanItemEntity } from '../plan-item.entity';
import { PlanStageEntity } from '../plan-stage.entity';
import { PlanEntity } from '../plan.entity';

registerEnumType(PlanKind, { name: 'PlanKind', description: 'Вид плана' });
registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(PlanStageKind, { name: 'PlanStageKind' });
registerEnumType(PlanItemStatus, { name: 'PlanItemStatus' });
registerEnumType(PlanLinkKind, { name: 'PlanLinkKind', description: 'What carries out a plan item' });
registerEnumType(PlanPartyRole, { name: 'PlanPartyRole' });

@ObjectType('PlanOwner')
export class PlanOwnerObject {
  @Field({ description: 'organization, municipality or network' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Plan', { description: 'Проект, дорожная карта, план-график или план мероприятий на учебный год' })
export class PlanObject {
  @Field(() => ID) id!: string;
  @Field(() => PlanKind) kind!: PlanKind;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) networkId!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn!: string | null;
  @Field({ description: 'The period as written' }) periodText!: string;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field() sourceNote!: string;
  @Field({ description: 'Demo data: invented for the demonstration, or with invented statuses and actual results' }) illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;

  static from(e: PlanEntity): PlanObject {
    const { id, kind, title, organizationId, municipalityId, networkId, startsOn, endsOn, periodText, status, sourceNote, illustrative, archivedAt, updatedAt } = e;
    return { id, kind, title, organizationId, municipalityId, networkId, startsOn, endsOn, periodText, status, sourceNote, illustrative, archivedAt, updatedAt };
  }
}

@ObjectType('PlanStage', { description: 'Этап плана' })
export class PlanStageObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field(() => PlanStageKind) kind!: PlanStageKind;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field() periodText!: string;
  @Field({ description: 'What the stage is for, as written (tasks, forms)' }) description!: string;

  static from(e: PlanStageEntity): PlanStageObject {
    const { id, planId, position, title, kind, startsOn, endsOn, periodText, description } = e;
    return { id, planId, position, title, kind, startsOn, endsOn, periodText, description };
  }
}

@ObjectType('PlanItem', { description: 'Мероприятие плана' })
export class PlanItemObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID) stageId!: string;
  @Field(() => Int) position!: number;
  @Field({ description: 'The number as written («2.3.»); empty: numbered by position' }) number!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field({ description: '«Сроки» as written' }) periodText!: string;
  @Field({ description: '«Ответственные» as written (roles, groups)' }) responsibleText!: string;
  @Field() participantsText!: string;
  @Field() expectedResult!: string;
  @Field() actualResult!: string;
  @Field(() => PlanItemStatus, { description: 'The status set by hand' }) manualStatus!: PlanItemStatus;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: PlanItemEntity): PlanItemObject {
    const { id, planId, stageId, position, number, title, startsOn, endsOn, periodText, responsibleText, participantsText, expectedResult, actualResult, illustrative, archivedAt } = e;
    return { id, planId, stageId, position, number, title, startsOn, endsOn, periodText, responsibleText, participantsText, expectedResult, actualResult, manualStatus: e.status, illustrative, archivedAt };
  }
}

@ObjectType('PlanItemStatusInfo', { description: 'The status of an item: derived from what carries it out where it can be, else set by hand' })
export class PlanItemStatusObject {
  @Field(() => PlanItemStatus) status!: PlanItemStatus;
  @Field(() => [PlanLinkKind], { description: 'Where the status comes from; empty: set by hand' }) derivedFrom!: PlanLinkKind[];
}

@ObjectType('PlanItemParty', { description: 'A person or an organisation responsible for an item, or taking part' })
export class PlanItemPartyObject {
  @Field(() => ID) id!: string;
  @Field(() => PlanPartyRole) role!: PlanPartyRole;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
}

@ObjectType('PlanItemLink', { description: 'A mentorship, a campaign, an event (or one occurrence) or an internship cohort that carries out the item' })
export class PlanItemLinkObject {
  @Field(() => ID) id!: string;
  @Field(() => PlanLinkKind) kind!: PlanLinkKind;
  @Field(() => ID) targetId!: string;
  @Field(() => String, { nullable: true, description: 'EVENT: one occurrence of a series (its original date); null: the whole event' })
  occurrenceDate!: string | null;
  @Field({ description: 'The target as the caller may see it' }) title!: string;
  @Field(() => PlanItemStatus, { nullable: true, description: 'What the target gives the item' }) status!: PlanItemStatus | null;
}

@ObjectType('PlanLinkTarget', { description: 'What a plan item may be linked to, as the caller may see it' })
export class PlanLinkTargetObject {
  @Field(() => ID) id!: string;
  @Field(() => PlanLinkKind) kind!: PlanLinkKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => [String], { description: 'EVENT, a series: the dates of its occurrences (to link one); empty otherwise' }) occurrenceDates!: string[];
}

export const PlanConnection = ConnectionType(PlanObject, 'Plan');
