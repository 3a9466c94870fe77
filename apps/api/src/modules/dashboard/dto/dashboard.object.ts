import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeficitHeatmapObject } from '../../deficits/dto/deficits.object';
import { IndicatorObject } from '../../indicator/dto/indicator.object';

export enum DashboardSubjectKind {
  PLATFORM = 'PLATFORM',
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  NETWORK = 'NETWORK',
  PROGRAM = 'PROGRAM',
}
registerEnumType(DashboardSubjectKind, { name: 'DashboardSubjectKind', description: 'What a dashboard is built on' });

@ObjectType({ description: 'People of the population in mentoring during the period' })
export class DashboardMentoringObject {
  @Field(() => Int, { description: 'People in a mentorship (either side)' }) inMentoring!: number;
  @Field(() => Int) mentors!: number;
  @Field(() => Int) mentees!: number;
  @Field(() => Float, { description: 'inMentoring / teachers, percent with one decimal (0 without teachers)' }) coverageShare!: number;
  @Field(() => Int, { description: 'Mentorships (pairs and groups) under way in the period' }) pairs!: number;
  @Field(() => Int, { description: 'Of them, active now' }) pairsActive!: number;
}

@ObjectType()
export class DashboardInternshipsObject {
  @Field(() => Int, { description: 'Cohorts of the period with an enrolled person of the population' }) cohorts!: number;
  @Field(() => Int, { description: 'People of the population enrolled in them' }) interns!: number;
  @Field(() => Int, { description: 'People who completed a module or a programme in the period' }) completed!: number;
}

@ObjectType()
export class DashboardEventsObject {
  @Field(() => Int, { description: 'Events attended by people of the population in the period' }) events!: number;
  @Field(() => Int, { description: 'People who attended' }) participants!: number;
  @Field(() => Int, { description: 'Attended occurrences' }) visits!: number;
}

@ObjectType({ description: 'One month of the period' })
export class DashboardMonthObject {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) events!: number;
  @Field(() => Int) participants!: number;
  @Field(() => Int) visits!: number;
  @Field(() => Int) internshipsCompleted!: number;
}

@ObjectType({ description: 'A dashboard of a territory, a network or a programme for one school year, counted inside the caller’s scope' })
export class DashboardObject {
  @Field(() => DashboardSubjectKind) kind!: DashboardSubjectKind;
  @Field(() => ID, { nullable: true, description: 'The municipality, region, network or programme; null for the whole platform' }) subjectId!: string | null;
  @Field() title!: string;
  @Field(() => Int) schoolYear!: number;
  @Field({ description: '«2025/2026»' }) periodLabel!: string;
  @Field({ description: 'First day of the period, YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day of the period, YYYY-MM-DD' }) to!: string;
  @Field(() => [IndicatorObject], { description: 'The subject’s own indicators (the indicator domain’s read model): target vs actual, status, trend' })
  indicators!: IndicatorObject[];
  @Field(() => Int, { description: 'People working at the organisations of the subject (a programme: its participants)' }) teachers!: number;
  @Field(() => DashboardMentoringObject) mentoring!: DashboardMentoringObject;
  @Field(() => DashboardInternshipsObject) internships!: DashboardInternshipsObject;
  @Field(() => DashboardEventsObject) events!: DashboardEventsObject;
  @Field(() => [DashboardMonthObject], { description: 'September to August, every month' }) months!: DashboardMonthObject[];
  @Field(() => DeficitHeatmapObject, { nullable: true, description: 'The deficits domain’s heatmap of the territory or network; null for a programme or without frameworks' })
  deficits!: DeficitHeatmapObject | null;
}

@ObjectType()
export class DashboardFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
  @Field(() => Float, { description: 'Size in bytes' }) size!: number;
}
