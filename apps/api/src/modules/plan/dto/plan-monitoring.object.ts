import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanItemStatus } from '@metodset/shared';

export enum PlanMonitoringFlag {
  OVERDUE = 'OVERDUE',
  AT_RISK = 'AT_RISK',
}
registerEnumType(PlanMonitoringFlag, { name: 'PlanMonitoringFlag', description: 'Просрочено / под угрозой' });

export enum PlanDiffKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
  SAME = 'SAME',
}
registerEnumType(PlanDiffKind, { name: 'PlanDiffKind' });

export enum PlanExportFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}
registerEnumType(PlanExportFormat, { name: 'PlanExportFormat' });

export enum PlanExportLayout {
  PLAN = 'PLAN',
  REPORT = 'REPORT',
}
registerEnumType(PlanExportLayout, { name: 'PlanExportLayout', description: 'PLAN: the plan as officials file it; REPORT: «Отчёт о реализации плана-графика»' });

@ObjectType('PlanMonitoringItem')
export class PlanMonitoringItemObject {
  @Field(() => ID) itemId!: string;
  @Field(() => ID) stageId!: string;
  @Field() number!: string;
  @Field() title!: string;
  @Field() periodText!: string;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => PlanItemStatus, { description: 'The status as the plan-item-status reader derives it' }) status!: PlanItemStatus;
  @Field(() => PlanMonitoringFlag, { nullable: true }) flag!: PlanMonitoringFlag | null;
}

@ObjectType('PlanMonitoringStage')
export class PlanMonitoringStageObject {
  @Field(() => ID) stageId!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) atRisk!: number;
}

@ObjectType('PlanMonitoring', { description: 'Мониторинг плана: просроченные и находящиеся под угрозой пункты' })
export class PlanMonitoringObject {
  @Field(() => ID) planId!: string;
  @Field({ description: 'The day the flags are computed for (YYYY-MM-DD)' }) today!: string;
  @Field({ description: 'The rule in words' }) rule!: string;
  @Field(() => [PlanMonitoringStageObject]) stages!: PlanMonitoringStageObject[];
  @Field(() => [PlanMonitoringItemObject]) items!: PlanMonitoringItemObject[];
}

@ObjectType('PlanFieldChange')
export class PlanFieldChangeObject {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('PlanCorrection', { description: 'Корректировка пункта плана с причиной' })
export class PlanCorrectionObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID, { nullable: true }) itemId!: string | null;
  @Field() itemTitle!: string;
  @Field() reason!: string;
  @Field(() => [PlanFieldChangeObject]) changes!: PlanFieldChangeObject[];
  @Field(() => ID, { nullable: true }) versionId!: string | null;
  @Field() authorName!: string;
  @Field() illustrative!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PlanVersion', { description: 'Версия плана (снимок пунктов)' })
export class PlanVersionObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => Int) number!: number;
  @Field() note!: string;
  @Field() createdByName!: string;
  @Field() illustrative!: boolean;
  @Field(() => Int) itemCount!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PlanVersionItem')
export class PlanVersionItemObject {
  @Field() stageTitle!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => String, { nullable: true }) periodText!: string | null;
  @Field(() => String, { nullable: true }) responsible!: string | null;
  @Field(() => String, { nullable: true }) participants!: string | null;
  @Field(() => String, { nullable: true }) expectedResult!: string | null;
  @Field() status!: string;
}

@ObjectType('PlanVersionDiffRow')
export class PlanVersionDiffRowObject {
  @Field(() => ID) id!: string;
  @Field(() => PlanDiffKind) kind!: PlanDiffKind;
  @Field(() => PlanVersionItemObject, { nullable: true }) before!: PlanVersionItemObject | null;
  @Field(() => PlanVersionItemObject, { nullable: true }) after!: PlanVersionItemObject | null;
  @Field(() => [String]) changedFields!: string[];
}

@ObjectType('PlanRisk', { description: 'Риск плана и меры по его снижению' })
export class PlanRiskObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field() title!: string;
  @Field() mitigation!: string;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('CouncilDecision')
export class CouncilDecisionObject {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() text!: string;
  @Field(() => ID, { nullable: true, description: 'The plan item made from this decision' }) planItemId!: string | null;
}

@ObjectType('CouncilMeeting', { description: 'Заседание координационного совета' })
export class CouncilMeetingObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field({ description: 'YYYY-MM-DD' }) heldOn!: string;
  @Field(() => [String]) agenda!: string[];
  @Field(() => [CouncilDecisionObject]) decisions!: CouncilDecisionObject[];
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('PlanExportFile')
export class PlanExportFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
  @Field(() => Float, { description: 'Size in bytes' }) size!: number;
}
