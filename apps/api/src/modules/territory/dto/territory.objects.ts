import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MunicipalityKind } from '@metodset/shared';
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

  static from(e: MunicipalityEntity): MunicipalityObject {
    return { id: e.id, regionId: e.regionId, name: e.name, kind: e.kind };
  }
}
