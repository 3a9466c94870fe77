import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ComputedIndicatorKey, ComputedScopeKind, DrillDownRows } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDateString, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../../common/pagination/order';
import { ListArgs } from '../../../../common/pagination/page.args';

registerEnumType(ComputedIndicatorKey, { name: 'ComputedIndicatorKey', description: 'Вычисляемый показатель' });
registerEnumType(ComputedScopeKind, { name: 'ComputedScopeKind', description: 'Охват вычисляемого показателя' });
registerEnumType(DrillDownRows, { name: 'DrillDownRows', description: 'Какие строки за числом: учтённые, весь знаменатель, не учтённые' });

export enum DrillDownOrderField {
  NAME = 'NAME',
  ORGANIZATION = 'ORGANIZATION',
  COUNTED = 'COUNTED',
}
registerEnumType(DrillDownOrderField, { name: 'DrillDownOrderField' });
export const DrillDownOrder = OrderInput('DrillDown', DrillDownOrderField);
export type DrillDownOrder = ListOrder<DrillDownOrderField>;

/** A period of a computation: both days inclusive. */
@InputType()
export class ComputedPeriodInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Начало периода — в виде ГГГГ-ММ-ДД' })
  from!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Конец периода — в виде ГГГГ-ММ-ДД' })
  to!: string;
}

@InputType()
export class ComputedScopeInput {
  @Field(() => ComputedScopeKind)
  @IsEnum(ComputedScopeKind, { message: 'Неизвестный охват' })
  kind!: ComputedScopeKind;

  @Field(() => ID, { description: 'Муниципалитет или регион, сеть, программа наставничества или организация' })
  @IsUUID('all', { message: 'Неверный идентификатор охвата' })
  id!: string;
}

@ArgsType()
export class ComputedValuesArgs {
  @Field(() => ComputedIndicatorKey)
  @IsEnum(ComputedIndicatorKey, { message: 'Неизвестный показатель' })
  key!: ComputedIndicatorKey;

  @Field(() => ComputedScopeInput)
  @ValidateNested()
  @Type(() => ComputedScopeInput)
  scope!: ComputedScopeInput;

  @Field(() => [ComputedPeriodInput])
  @ArrayMinSize(1, { message: 'Укажите хотя бы один период' })
  @ArrayMaxSize(20, { message: 'Не больше 20 периодов' })
  @ValidateNested({ each: true })
  @Type(() => ComputedPeriodInput)
  periods!: ComputedPeriodInput[];
}

@ArgsType()
export class IndicatorDrillDownArgs extends ListArgs {
  @Field(() => ComputedIndicatorKey)
  @IsEnum(ComputedIndicatorKey, { message: 'Неизвестный показатель' })
  key!: ComputedIndicatorKey;

  @Field(() => ComputedScopeInput)
  @ValidateNested()
  @Type(() => ComputedScopeInput)
  scope!: ComputedScopeInput;

  @Field(() => ComputedPeriodInput)
  @ValidateNested()
  @Type(() => ComputedPeriodInput)
  period!: ComputedPeriodInput;

  @Field(() => DrillDownRows, { defaultValue: DrillDownRows.COUNTED })
  @IsEnum(DrillDownRows, { message: 'Неизвестный выбор строк' })
  rows: DrillDownRows = DrillDownRows.COUNTED;

  @Field(() => DrillDownOrder, { nullable: true, description: 'Counted first, then by name, when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DrillDownOrder)
  orderBy?: DrillDownOrder;
}
