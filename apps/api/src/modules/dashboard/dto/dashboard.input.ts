import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export enum DashboardExportFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}
registerEnumType(DashboardExportFormat, { name: 'DashboardExportFormat' });

@InputType({
  description:
    'What a dashboard is built on: at most one of a municipality, a region, a network or a mentoring programme (none: the caller’s own territory), and the school year',
})
export class DashboardInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный муниципалитет' }) municipalityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный регион' }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверная сеть' }) networkId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверная программа' }) programId?: string | null;
  @Field(() => Int, { nullable: true, description: 'First calendar year of the school year (1 September – 31 August); none: the current one' })
  @IsOptional()
  @IsInt({ message: 'Неверный учебный год' })
  @Min(2000, { message: 'Учебный год — не раньше 2000/2001' })
  @Max(2100, { message: 'Учебный год — не позже 2100/2101' })
  schoolYear?: number | null;
  @Field(() => ID, { nullable: true, description: 'Competency framework of the deficit heatmap; none: the first one' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверная рамка компетенций' })
  frameworkId?: string | null;
}
