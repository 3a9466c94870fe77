import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampaignStatus, CompetenceLevel, HeatmapLevel, ResultSource, SelfDiagnosisSource } from '@metodset/shared';

registerEnumType(CompetenceLevel, { name: 'CompetenceLevel', description: 'DEFICIT: below the deficit threshold; PROFICIT: from the proficit threshold' });
registerEnumType(ResultSource, { name: 'ResultSource' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(SelfDiagnosisSource, { name: 'SelfDiagnosisSource' });
registerEnumType(HeatmapLevel, { name: 'HeatmapLevel', description: 'Rows of a heatmap: municipalities or organisations' });

@ObjectType('DeficitCompetence', { description: 'A competence as the deficit views show it, with its area' })
export class DeficitCompetenceObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => ID) areaId!: string;
  @Field() areaCode!: string;
  @Field() areaName!: string;
}

@ObjectType('DeficitArea')
export class DeficitAreaObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => [DeficitCompetenceObject]) competences!: DeficitCompetenceObject[];
}

@ObjectType('DeficitFramework')
export class DeficitFrameworkObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
}

@ObjectType('DeficitCampaign', { description: 'A campaign with results the caller sees' })
export class DeficitCampaignObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) frameworkId!: string;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field() closesOn!: string;
}

@ObjectType('DeficitPlace', { description: 'A municipality, organisation or network to pick' })
export class DeficitPlaceObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('DeficitFrameworkOption', { description: 'A framework to pick, with its competences grouped by area' })
export class DeficitFrameworkOptionObject extends DeficitFrameworkObject {
  @Field(() => [DeficitAreaObject]) areas!: DeficitAreaObject[];
}

@ObjectType('DeficitOptions', { description: 'What the deficit views can be built on for the caller' })
export class DeficitOptionsObject {
  @Field(() => [DeficitFrameworkOptionObject]) frameworks!: DeficitFrameworkOptionObject[];
  @Field(() => [DeficitCampaignObject]) campaigns!: DeficitCampaignObject[];
  @Field(() => [DeficitPlaceObject]) municipalities!: DeficitPlaceObject[];
  @Field(() => [DeficitPlaceObject]) networks!: DeficitPlaceObject[];
}

@ObjectType('HeatmapRow')
export class HeatmapRowObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'People assessed in any competence' }) assessed!: number;
}

@ObjectType('HeatmapCell', { description: 'One row × competence: people assessed, shares with a deficit and a proficit (%), mean score' })
export class HeatmapCellObject {
  @Field(() => ID) rowId!: string;
  @Field(() => ID) competenceId!: string;
  @Field(() => Int) assessed!: number;
  @Field(() => Int) deficits!: number;
  @Field(() => Int) proficits!: number;
  @Field(() => Float) deficitShare!: number;
  @Field(() => Float) proficitShare!: number;
  @Field(() => Float) meanScore!: number;
}

@ObjectType('HeatmapGrid', {
  description:
    'The cells as flat lists of numbers, row by row: the value of row r (its index in `rows`) and competence k (its index among the areas’ competences, in order) is at r × columns + k; null where the row has no cell for the competence. The same numbers as `cells`, without an object and two ids per cell',
})
export class HeatmapGridObject {
  @Field(() => Int, { description: 'Competences per row: the areas’ competences, in order' }) columns!: number;
  @Field(() => [Int], { nullable: 'items' }) assessed!: (number | null)[];
  @Field(() => [Int], { nullable: 'items' }) deficits!: (number | null)[];
  @Field(() => [Int], { nullable: 'items' }) proficits!: (number | null)[];
  @Field(() => [Float], { nullable: 'items' }) deficitShare!: (number | null)[];
  @Field(() => [Float], { nullable: 'items' }) proficitShare!: (number | null)[];
  @Field(() => [Float], { nullable: 'items' }) meanScore!: (number | null)[];
}

@ObjectType('DeficitHeatmap')
export class DeficitHeatmapObject {
  @Field(() => HeatmapLevel) level!: HeatmapLevel;
  @Field(() => DeficitFrameworkObject) framework!: DeficitFrameworkObject;
  @Field(() => DeficitCampaignObject, { nullable: true }) campaign!: DeficitCampaignObject | null;
  @Field(() => [DeficitAreaObject], { description: 'Columns, grouped by area' }) areas!: DeficitAreaObject[];
  @Field(() => [HeatmapRowObject]) rows!: HeatmapRowObject[];
  @Field(() => [HeatmapCellObject]) cells!: HeatmapCellObject[];
  @Field(() => HeatmapGridObject, { description: 'The cells as a grid of numbers over `rows` × the areas’ competences (a large heatmap’s cheaper form)' })
  grid!: HeatmapGridObject;
}

@ObjectType('HeatmapCellPerson')
export class HeatmapCellPersonObject {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => Float) score!: number;
  @Field(() => CompetenceLevel) level!: CompetenceLevel;
  @Field(() => ResultSource) source!: ResultSource;
  @Field() measuredOn!: string;
  @Field(() => ID) campaignId!: string;
}

@ObjectType('DeficitHeatmapCell', { description: 'Drill-down: the people behind one cell' })
export class DeficitHeatmapCellObject {
  @Field(() => DeficitPlaceObject) organization!: DeficitPlaceObject;
  @Field(() => DeficitCompetenceObject) competence!: DeficitCompetenceObject;
  @Field(() => [HeatmapCellPersonObject]) people!: HeatmapCellPersonObject[];
}

@ObjectType('CompetenceProfileItem')
export class CompetenceProfileItemObject {
  @Field(() => DeficitCompetenceObject) competence!: DeficitCompetenceObject;
  @Field(() => ID) frameworkId!: string;
  @Field(() => Float) score!: number;
  @Field(() => CompetenceLevel) level!: CompetenceLevel;
  @Field(() => ResultSource) source!: ResultSource;
  @Field() measuredOn!: string;
  @Field(() => ID) campaignId!: string;
  @Field() campaignName!: string;
}

@ObjectType('PersonCompetenceProfile', { description: 'A person’s latest score in each competence (or those of one campaign)' })
export class PersonCompetenceProfileObject {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => [DeficitFrameworkObject], { description: 'Frameworks the items belong to' }) frameworks!: DeficitFrameworkObject[];
  @Field(() => [CompetenceProfileItemObject]) items!: CompetenceProfileItemObject[];
}

@ObjectType('CampaignComparisonRow', { description: 'One competence code before and after: people assessed in both, mean score, share with a deficit (%)' })
export class CampaignComparisonRowObject {
  @Field() code!: string;
  @Field() name!: string;
  @Field() areaName!: string;
  @Field(() => Int) assessed!: number;
  @Field(() => Float, { nullable: true }) beforeMean!: number | null;
  @Field(() => Float, { nullable: true }) afterMean!: number | null;
  @Field(() => Float, { nullable: true }) beforeDeficitShare!: number | null;
  @Field(() => Float, { nullable: true }) afterDeficitShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'afterMean − beforeMean' }) delta!: number | null;
  @Field(() => CompetenceLevel, { nullable: true, description: 'One person: the level before' }) beforeLevel!: CompetenceLevel | null;
  @Field(() => CompetenceLevel, { nullable: true, description: 'One person: the level after' }) afterLevel!: CompetenceLevel | null;
}

@ObjectType('CampaignComparison')
export class CampaignComparisonObject {
  @Field(() => DeficitCampaignObject) before!: DeficitCampaignObject;
  @Field(() => DeficitCampaignObject) after!: DeficitCampaignObject;
  @Field(() => [CampaignComparisonRowObject]) rows!: CampaignComparisonRowObject[];
}

@ObjectType('SelfDiagnosisEntry')
export class SelfDiagnosisEntryObject {
  @Field(() => ID) id!: string;
  @Field(() => DeficitCompetenceObject) competence!: DeficitCompetenceObject;
  @Field(() => CompetenceLevel) level!: CompetenceLevel;
  @Field(() => Float, { nullable: true, description: 'Aggregated: the mean score of the people' }) score!: number | null;
  @Field() note!: string;
}

@ObjectType('OrganizationSelfDiagnosis', { description: 'Самодиагностика школы: её дефициты и профициты' })
export class OrganizationSelfDiagnosisObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => DeficitFrameworkObject) framework!: DeficitFrameworkObject;
  @Field() conductedOn!: string;
  @Field(() => SelfDiagnosisSource) source!: SelfDiagnosisSource;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field() summary!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => [SelfDiagnosisEntryObject]) entries!: SelfDiagnosisEntryObject[];
  @Field({ description: 'The caller may change it' }) canEdit!: boolean;
}
