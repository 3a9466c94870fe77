import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MunicipalityKind } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { MunicipalityEntity } from '../municipality.entity';
import { RegionEntity } from '../region.entity';

registerEnumType(MunicipalityKind, { name: 'MunicipalityKind' });

@ObjectType('Region', { description: 'Субъект РФ' })
export class RegionObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;

  static from(e: RegionEntity): RegionObject {
    return { id: e.id, code: e.code, name: e.name };
  }
}

@ObjectType('Municipality', { description: 'Муниципальный район / городской округ' })
export class MunicipalityObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) regionId!: string;
  @Field() name!: string;
  @Field(() => MunicipalityKind) kind!: MunicipalityKind;
  @Field(() => String, { nullable: true, description: 'ОКТМО: 8 or 11 digits' }) oktmo!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The municipality this one was merged into' }) mergedIntoId!: string | null;
  @Field(() => Date, { nullable: true }) mergedAt!: Date | null;

  static from(e: MunicipalityEntity): MunicipalityObject {
    return { id: e.id, regionId: e.regionId, name: e.name, kind: e.kind, oktmo: e.oktmo ?? null, archivedAt: e.archivedAt ?? null, mergedIntoId: e.mergedIntoId ?? null, mergedAt: e.mergedAt ?? null };
  }
}

export const MunicipalityConnection = ConnectionType(MunicipalityObject, 'Municipality');

@ObjectType('MunicipalityMergeResult', { description: 'What a merge moved' })
export class MunicipalityMergeResultObject {
  @Field(() => MunicipalityObject, { description: 'The surviving municipality' }) target!: MunicipalityObject;
  @Field(() => MunicipalityObject, { description: 'The merged one, archived with a pointer to the target' }) source!: MunicipalityObject;
  @Field(() => Int, { description: 'Organisations moved' }) organizations!: number;
  @Field(() => Int, { description: 'Other rows moved (campaigns, networks’ events, plans, indicators, documents, associations, grants…)' }) otherRows!: number;
}

@ObjectType('OrganizationMunicipalityHistory', { description: 'A former municipality of an organisation (before a merge)' })
export class OrganizationMunicipalityHistoryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
  @Field(() => ID) movedToId!: string;
  @Field() movedToName!: string;
  @Field(() => Date) validFrom!: Date;
  @Field(() => Date) validUntil!: Date;
}
