import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JobState } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { JobRow } from './job.repository';

registerEnumType(JobState, { name: 'JobState', description: 'В очереди / выполняется / готово / ошибка' });

@ObjectType('Job', { description: 'A background job of the caller (an export, a report): progress and the file when ready' })
export class JobObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Kind of job, e.g. report.methodical-service' }) kind!: string;
  @Field() title!: string;
  @Field(() => JobState) state!: JobState;
  @Field(() => Int, { description: '0–100' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed (Russian)' }) error!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Bytes of the result file' }) fileSize!: number | null;
  @Field(() => String, { nullable: true, description: 'Where to download the result (GET, signed-in owner only)' }) downloadUrl!: string | null;
  @Field(() => String, { description: 'The parameters as asked (JSON)' }) params!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;

  static from(row: JobRow): JobObject {
    return Object.assign(new JobObject(), {
      id: row.id,
      kind: row.kind,
      title: row.title,
      state: row.state,
      progress: row.progress,
      error: row.error,
      fileName: row.resultName,
      fileSize: row.resultSize,
      downloadUrl: row.resultName ? `/api/jobs/${row.id}/file` : null,
      params: JSON.stringify(row.params),
      createdAt: new Date(row.createdAt),
      startedAt: row.startedAt ? new Date(row.startedAt) : null,
      finishedAt: row.finishedAt ? new Date(row.finishedAt) : null,
    });
  }
}

@ArgsType()
export class MyJobsArgs {
  @Field(() => [String], { nullable: true, description: 'Only these kinds (e.g. the report kinds)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  kinds?: string[] | null;

  @Field(() => Int, { defaultValue: 20, description: 'Newest first, at most 100' })
  @Type(() => Number)
  @IsInt({ message: 'Целое число' })
  @Min(1, { message: 'Не меньше 1' })
  @Max(100, { message: 'Не больше 100' })
  first = 20;
}
