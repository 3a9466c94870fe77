import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field({ description: 'The current password' })
  @IsString({ message: 'Введите текущий пароль' })
  @IsNotEmpty({ message: 'Введите текущий пароль' })
  @MaxLength(200, { message: 'Пароль слишком длинный' })
  oldPassword!: string;

  @Field()
  @IsString({ message: 'Введите новый пароль' })
  @IsNotEmpty({ message: 'Введите новый пароль' })
  @MaxLength(200, { message: 'Пароль — не длиннее 200 символов' })
  newPassword!: string;
}
