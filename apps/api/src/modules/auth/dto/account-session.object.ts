import { Field, ID, ObjectType } from '@nestjs/graphql';

/** One of the caller's open sessions (never another account's). */
@ObjectType('AccountSession', { description: 'An open session of the signed-in account' })
export class AccountSessionObject {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field() lastSeenAt!: Date;
  @Field(() => String, { nullable: true, description: 'The client address it was opened from' }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field({ description: 'The session this request came with' }) current!: boolean;
}
