import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonCard', { description: 'A person as groups show them: name and main workplace, nothing more' })
export class PersonCardObject {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
}
