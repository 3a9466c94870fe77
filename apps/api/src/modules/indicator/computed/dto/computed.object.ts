import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ComputedRowKind } from '@metodset/shared';
import { ConnectionType } from '../../../../common/pagination/connection';

registerEnumType(ComputedRowKind, { name: 'ComputedRowKind', description: 'Что стоит за числом: педагоги, школы, продукты' });

@ObjectType('DrillDownRow', { description: 'Строка за числом показателя: педагог или школа' })
export class DrillDownRowObject {
  @Field(() => ID) id!: string;
  @Field(() => ComputedRowKind) kind!: ComputedRowKind;
  @Field(() => ID, { nullable: true, description: 'Педагог (для строк-педагогов)' }) personId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Школа (для строк-организаций)' }) organizationId!: string | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Основное место работы педагога' }) organizationName!: string | null;
  @Field({ description: 'Учтён в числителе' }) counted!: boolean;
}

export const DrillDownConnection = ConnectionType(DrillDownRowObject, 'DrillDownRow');
