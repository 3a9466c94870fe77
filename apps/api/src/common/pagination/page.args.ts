import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@metodset/shared';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT, description: `Page size, 1–${PAGE_SIZE_MAX}` })
  @IsInt({ message: 'Размер страницы — целое число' })
  @Min(1, { message: 'Размер страницы — не меньше 1' })
  @Max(PAGE_SIZE_MAX, { message: `Размер страницы — не больше ${PAGE_SIZE_MAX}` })
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
