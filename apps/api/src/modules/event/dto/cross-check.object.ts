import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CrossCheckSchoolPair', { description: 'Работы школы `from` проверяет школа `checker`' })
export class CrossCheckSchoolPairObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) fromOrganizationId!: string;
  @Field() fromName!: string;
  @Field(() => ID) checkerOrganizationId!: string;
  @Field() checkerName!: string;
}

@ObjectType('CrossCheckExpert')
export class CrossCheckExpertObject {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
}

@ObjectType('CrossCheckExpertPair')
export class CrossCheckExpertPairObject {
  @Field(() => ID) id!: string;
  @Field() subject!: string;
  @Field(() => CrossCheckExpertObject, { nullable: true, description: 'Null when the person lies outside what the caller may see' }) first!: CrossCheckExpertObject | null;
  @Field(() => CrossCheckExpertObject, { nullable: true }) second!: CrossCheckExpertObject | null;
}

@ObjectType('CrossCheckProtocolRow', { description: 'Строка протокола расхождений: предмет, класс, число работ и расхождений' })
export class CrossCheckProtocolRowObject {
  @Field(() => ID) id!: string;
  @Field() subject!: string;
  @Field(() => Int) grade!: number;
  @Field(() => Int) paperCount!: number;
  @Field(() => Int) discrepancyCount!: number;
  @Field() comment!: string;
  @Field({ description: 'Invented for the demo' }) illustrative!: boolean;
}

@ObjectType('CrossCheck', { description: 'Перекрёстная проверка диагностических работ (мероприятие вида PAPER_CROSS_CHECK)' })
export class CrossCheckObject {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'The caller may change it (`event.manage`)' }) canEdit!: boolean;
  @Field(() => [CrossCheckSchoolPairObject]) schoolPairs!: CrossCheckSchoolPairObject[];
  @Field(() => [CrossCheckExpertPairObject]) expertPairs!: CrossCheckExpertPairObject[];
  @Field(() => [CrossCheckProtocolRowObject]) protocol!: CrossCheckProtocolRowObject[];
}
