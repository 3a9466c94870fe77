import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DIARY_PROMPTS, DiaryVisibility } from '@metodset/shared';
import { DiaryEntryEntity } from '../diary-entry.entity';

registerEnumType(DiaryVisibility, { name: 'DiaryVisibility' });

@ObjectType('DiaryAnswer')
export class DiaryAnswerObject {
  @Field() key!: string;
  @Field({ description: 'The reflection prompt' }) prompt!: string;
  @Field() text!: string;
}

@ObjectType('DiaryEntry', { description: 'Запись «Дневника ПОС»' })
export class DiaryEntryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) authorPersonId!: string;
  @Field() writtenOn!: string;
  @Field() text!: string;
  @Field(() => [DiaryAnswerObject]) answers!: DiaryAnswerObject[];
  @Field(() => DiaryVisibility) visibility!: DiaryVisibility;
  @Field({ description: 'Written by the caller' }) mine!: boolean;

  static from(e: DiaryEntryEntity, viewerPersonId: string | null): DiaryEntryObject {
    return {
      id: e.id,
      authorPersonId: e.authorPersonId,
      writtenOn: e.writtenOn,
      text: e.text,
      answers: DIARY_PROMPTS.filter((p) => e.answers[p.key]?.trim()).map((p) => ({ key: p.key, prompt: p.text, text: e.answers[p.key] })),
      visibility: e.visibility,
      mine: e.authorPersonId === viewerPersonId,
    };
  }
}

@ObjectType('Diary', { description: 'The diary of a mentorship or a community, as the caller may see it' })
export class DiaryObject {
  @Field({ description: 'The caller takes part and may write' }) canWrite!: boolean;
  @Field({ description: 'Only entries shared with coordinators are shown' }) sharedOnly!: boolean;
  @Field(() => [DiaryEntryObject]) entries!: DiaryEntryObject[];
}
