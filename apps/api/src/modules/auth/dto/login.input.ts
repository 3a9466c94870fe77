import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString({ message: 'Введите логин' })
  @IsNotEmpty({ message: 'Введите логин' })
  @MaxLength(200, { message: 'Логин слишком длинный' })
  login!: string;

  @Field()
  @IsString({ message: 'Введите пароль' })
  @IsNotEmpty({ message: 'Введите пароль' })
  @MaxLength(200, { message: 'Пароль слишком длинный' })
  password!: string;
}
