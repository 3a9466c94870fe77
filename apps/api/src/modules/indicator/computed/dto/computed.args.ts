import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { DrillDownRows } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsDateString, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../../common/pagination/order';
import { ListArgs } from '../../../../common/pagination/page.args';

registerEnumType(DrillDownRows, { name: 'DrillDownRows', description: 'Какие строки за числом: учтённые, весь знаменатель, не учтённые' });

export enum DrillDownOrderField {
  NAME = 'NAME',
  ORGANIZATION = 'ORGANIZATION',
  COUNTED = 'COUNTED',
}
registerEnumType(DrillDownOrderField, { name: 'DrillDownOrderField' });
export const DrillDownOrder = OrderInput('DrillDown', DrillDownOrderField);
export type DrillDownOrder = ListOrder<DrillDownOrderField>;

@ArgsType()
export class IndicatorDrillDownArgs extends ListArgs {
  @Field(() => ID, { description: 'Вычисляемый показатель' })
  @IsUUID('all', { message: 'Неверный идентификатор показателя' })
  indicatorId!: string;

  @Field({ description: 'Начало периода значения, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Начало периода — в виде ГГГГ-ММ-ДД' })
  periodStart!: string;

  @Field({ description: 'Конец периода значения, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Конец периода — в виде ГГГГ-ММ-ДД' })
  periodEnd!: string;

  @Field(() => DrillDownRows, { defaultValue: DrillDownRows.COUNTED })
  @IsEnum(DrillDownRows, { message: 'Неизвестный выбор строк' })
  rows: DrillDownRows = DrillDownRows.COUNTED;

  @Field(() => DrillDownOrder, { nullable: true, description: 'By name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DrillDownOrder)
  orderBy?: DrillDownOrder;
}
