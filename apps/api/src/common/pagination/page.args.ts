import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PAGE_OFFSET_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@metodset/shared';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { AFTER_WITH_OFFSET } from './order';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT, description: `Page size, 1–${PAGE_SIZE_MAX}` })
  @IsInt({ message: 'Размер страницы — целое число' })
  @Min(1, { message: 'Размер страницы — не меньше 1' })
  @Max(PAGE_SIZE_MAX, { message: `Размер страницы — не больше ${PAGE_SIZE_MAX}` })
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the previous page' })
  @IsOptional()
  @IsString({ message: 'Неверный курсор страницы' })
  @MaxLength(4000, { message: 'Неверный курсор страницы' })
  after?: string | null;
}

/** The page of a list the SPA shows by page number: `offset` as well as `after` (never both). */
@ArgsType()
export class ListArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Rows to skip (page N = (N − 1) × first); instead of `after`, never with it' })
  @IsOptional()
  @ValidateBy({ name: 'notWithAfter', validator: { validate: (_v: unknown, a) => !(a?.object as PageArgs | undefined)?.after, defaultMessage: () => AFTER_WITH_OFFSET } })
  @IsInt({ message: 'Смещение — целое число' })
  @Min(0, { message: 'Смещение — не меньше 0' })
  @Max(PAGE_OFFSET_MAX, { message: `Смещение — не больше ${PAGE_OFFSET_MAX}` })
  offset?: number | null;
}
