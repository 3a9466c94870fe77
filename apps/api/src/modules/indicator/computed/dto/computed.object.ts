import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ComputedIndicatorKey, ComputedRowKind } from '@metodset/shared';
import { ConnectionType } from '../../../../common/pagination/connection';

registerEnumType(ComputedRowKind, { name: 'ComputedRowKind', description: 'Что стоит за числом: педагоги, школы, продукты' });

@ObjectType('ComputedIndicatorDefinition', { description: 'Вычисляемый показатель: название и формула словами' })
export class ComputedIndicatorDefinitionObject {
  @Field(() => ComputedIndicatorKey) key!: ComputedIndicatorKey;
  @Field() name!: string;
  @Field({ description: 'Формула словами' }) formula!: string;
  @Field({ description: 'Число (количество), а не доля в процентах' }) isCount!: boolean;
  @Field(() => ComputedRowKind) rowKind!: ComputedRowKind;
}

@ObjectType('ComputedValue', { description: 'Значение вычисляемого показателя за период' })
export class ComputedValueObject {
  @Field({ description: 'YYYY-MM-DD' }) from!: string;
  @Field({ description: 'YYYY-MM-DD' }) to!: string;
  @Field(() => Float, { nullable: true, description: 'Доля в % (одна десятичная) или количество; null — знаменатель пуст' }) value!: number | null;
  @Field(() => Int, { description: 'Учтено (числитель)' }) numerator!: number;
  @Field(() => Int, { nullable: true, description: 'Знаменатель; null для количества' }) denominator!: number | null;
}

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
