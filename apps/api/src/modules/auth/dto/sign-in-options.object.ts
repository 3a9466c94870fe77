import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SignInOptions', { description: 'How this installation signs people in' })
export class SignInOptionsObject {
  @Field({ description: 'The login/password form is on' }) passwordLogin!: boolean;
  @Field(() => String, { nullable: true, description: 'The identity provider’s name for «Войти через …», when configured' }) providerLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the browser starts that sign-in' }) providerUrl!: string | null;
}
