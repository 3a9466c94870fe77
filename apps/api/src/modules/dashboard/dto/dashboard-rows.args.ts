import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { DashboardMetric, DashboardRowKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { DashboardInput } from './dashboard.input';

registerEnumType(DashboardMetric, { name: 'DashboardMetric', description: 'A number of a dashboard whose rows can be listed' });
registerEnumType(DashboardRowKind, { name: 'DashboardRowKind', description: 'What a row behind a dashboard number is' });

export enum DashboardRowOrderField {
  NAME = 'NAME',
  CONTEXT = 'CONTEXT',
  DAY = 'DAY',
}
registerEnumType(DashboardRowOrderField, { name: 'DashboardRowOrderField' });
export const DashboardRowOrder = OrderInput('DashboardRow', DashboardRowOrderField);
export type DashboardRowOrder = ListOrder<DashboardRowOrderField>;

@ArgsType()
export class DashboardRowsArgs extends ListArgs {
  @Field(() => DashboardInput, { defaultValue: {}, description: 'The same subject and school year as the dashboard' })
  @ValidateNested()
  @Type(() => DashboardInput)
  input: DashboardInput = {};

  @Field(() => DashboardMetric)
  @IsEnum(DashboardMetric, { message: 'Неизвестный показатель дашборда' })
  metric!: DashboardMetric;

  @Field(() => DashboardRowOrder, { nullable: true, description: 'By name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DashboardRowOrder)
  orderBy?: DashboardRowOrder;
}
