import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { INDICATOR_STATUS_RULE, IndicatorDirection, IndicatorKind, IndicatorOwnerKind, IndicatorStatus, IndicatorTrend, IndicatorUnit, IndicatorValueSource } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { IndicatorValueEntity } from '../indicator-value.entity';
import { IndicatorActualView, IndicatorSummary, IndicatorTargetView } from '../indicator.reader';

registerEnumType(IndicatorOwnerKind, { name: 'IndicatorOwnerKind', description: 'What an indicator belongs to' });
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(IndicatorKind, { name: 'IndicatorKind', description: 'MANUAL: values entered by hand; COMPUTED: from the data' });
registerEnumType(IndicatorStatus, { name: 'IndicatorStatus', description: INDICATOR_STATUS_RULE });
registerEnumType(IndicatorTrend, { name: 'IndicatorTrend', description: 'The two latest actuals compared in the indicator’s direction' });
registerEnumType(IndicatorValueSource, { name: 'IndicatorValueSource' });

@ObjectType('IndicatorOwner')
export class IndicatorOwnerObject {
  @Field(() => IndicatorOwnerKind) kind!: IndicatorOwnerKind;
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('IndicatorTarget', { description: 'A target (or the baseline) for one year' })
export class IndicatorTargetObject {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field({ description: 'As written in the document; empty when the number says it all' }) text!: string;

  static from(t: IndicatorTargetView): IndicatorTargetObject {
    return { year: t.year, value: t.value, text: t.text };
  }
}

@ObjectType('IndicatorActual', { description: 'An actual total of the owner for one period' })
export class IndicatorActualObject {
  @Field({ description: 'YYYY-MM-DD' }) periodStart!: string;
  @Field({ description: 'YYYY-MM-DD; the year it counts for' }) periodEnd!: string;
  @Field(() => Float) value!: number;
  @Field(() => IndicatorValueSource, { nullable: true }) source!: IndicatorValueSource | null;
  @Field() sourceText!: string;
  @Field() computed!: boolean;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the value was stored: entered by hand, or recalculated («по состоянию на»)' })
  recordedAt!: Date | null;

  static from(a: IndicatorActualView): IndicatorActualObject {
    return { ...a };
  }
}

@ObjectType('Indicator', { description: 'Показатель результативности (целевой индикатор)' })
export class IndicatorObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The group it is listed under' }) section!: string;
  @Field(() => Int) position!: number;
  @Field() description!: string;
  @Field(() => IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => IndicatorDirection) direction!: IndicatorDirection;
  @Field(() => IndicatorKind) kind!: IndicatorKind;
  @Field(() => String, { nullable: true, description: 'COMPUTED: the key of the computed-indicator registry' }) computedKey!: string | null;
  @Field(() => String, { nullable: true, description: 'COMPUTED: the formula in words' }) formula!: string | null;
  @Field({ description: 'Targets and values are changes from the baseline year («+7 %»)' }) measuresChange!: boolean;
  @Field(() => IndicatorOwnerObject) owner!: IndicatorOwnerObject;
  @Field(() => IndicatorTargetObject, { nullable: true }) baseline!: IndicatorTargetObject | null;
  @Field(() => [IndicatorTargetObject]) targets!: IndicatorTargetObject[];
  @Field(() => [IndicatorActualObject], { description: 'Totals of the owner, oldest period first' }) actuals!: IndicatorActualObject[];
  @Field(() => IndicatorActualObject, { nullable: true }) latest!: IndicatorActualObject | null;
  @Field(() => IndicatorTargetObject, { nullable: true, description: 'The target the latest actual is measured against' }) latestTarget!: IndicatorTargetObject | null;
  @Field(() => Date, {
    nullable: true,
    description: 'COMPUTED: when it was last recalculated — its actuals (stored by the recalculation) are as of then; null: never recalculated, no actuals yet',
  })
  recalculatedAt!: Date | null;
  @Field(() => IndicatorStatus) status!: IndicatorStatus;
  @Field(() => IndicatorTrend, { nullable: true }) trend!: IndicatorTrend | null;
  @Field() sourceNote!: string;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;

  static from(s: IndicatorSummary): IndicatorObject {
    return {
      ...s,
      owner: { ...s.owner },
      baseline: s.baseline && IndicatorTargetObject.from(s.baseline),
      targets: s.targets.map(IndicatorTargetObject.from),
      actuals: s.actuals.map(IndicatorActualObject.from),
      latest: s.latest && IndicatorActualObject.from(s.latest),
      latestTarget: s.latestTarget && IndicatorTargetObject.from(s.latestTarget),
    };
  }
}

export const IndicatorConnection = ConnectionType(IndicatorObject, 'Indicator');

@ObjectType('IndicatorValue', { description: 'An actual value entered by hand: of the whole owner, or of one school' })
export class IndicatorValueObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) indicatorId!: string;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => ID, { nullable: true, description: 'A school’s value; null: the whole owner' }) organizationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The school’s short name' }) organizationName!: string | null;
  @Field(() => Float) value!: number;
  @Field(() => IndicatorValueSource) source!: IndicatorValueSource;
  @Field() sourceText!: string;
  @Field(() => Date) enteredAt!: Date;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: IndicatorValueEntity): IndicatorValueObject {
    const { id, indicatorId, periodStart, periodEnd, organizationId, value, source, sourceText, enteredAt, illustrative, archivedAt } = e;
    const organizationName = e.organization ? (e.organization.shortName ?? e.organization.name) : null;
    return { id, indicatorId, periodStart, periodEnd, organizationId, organizationName, value, source, sourceText, enteredAt, illustrative, archivedAt };
  }
}

@ObjectType('ComputedIndicatorKey', { description: 'A key of the computed-indicator registry with its formula in words' })
export class ComputedIndicatorKeyObject {
  @Field() key!: string;
  @Field() formula!: string;
}

@ObjectType('IndicatorImportRow', { description: 'A row of the import file as it will be written' })
export class IndicatorImportRowObject {
  @Field(() => Int) line!: number;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
  @Field(() => Float) value!: number;
  @Field(() => IndicatorValueSource) source!: IndicatorValueSource;
  @Field() sourceText!: string;
  @Field({ description: 'A live value for this period and school exists: it goes to the archive, replaced by this one' }) replaces!: boolean;
}

@ObjectType('IndicatorImportError')
export class IndicatorImportErrorObject {
  @Field(() => Int) line!: number;
  @Field() message!: string;
}

@ObjectType('IndicatorImportReport', { description: 'A dry run lists rows and errors; a run writes every row, or nothing when any row has an error' })
export class IndicatorImportReportObject {
  @Field() dryRun!: boolean;
  @Field({ description: 'The rows were written' }) applied!: boolean;
  @Field(() => [IndicatorImportRowObject]) rows!: IndicatorImportRowObject[];
  @Field(() => [IndicatorImportErrorObject]) errors!: IndicatorImportErrorObject[];
}

@ObjectType('IndicatorImportTemplate')
export class IndicatorImportTemplateObject {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}
