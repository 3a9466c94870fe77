import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { DiaryService } from './diary.service';
import { DiaryOwnerInput, UpdateDiaryEntryInput, WriteDiaryEntryInput } from './dto/diary.input';
import { DiaryEntryObject, DiaryObject } from './dto/diary.object';

@Resolver(() => DiaryEntryObject)
export class DiaryResolver {
  constructor(
    private readonly service: DiaryService,
    private readonly cards: PersonCards,
  ) {}

  @Policy(Permission.DIARY)
  @Query(() => DiaryObject, { description: '«Дневник ПОС» of a mentorship or an association, as the caller may read it' })
  async diary(@CurrentActor() actor: Actor, @Args('owner') owner: DiaryOwnerInput): Promise<DiaryObject> {
    const d = await this.service.read(actor, owner);
    return { ...d, entries: d.entries.map((e) => DiaryEntryObject.from(e, actor.user.personId)) };
  }

  @Policy(Permission.DIARY)
  @Mutation(() => DiaryEntryObject, { description: 'A participant writes an entry' })
  async writeDiaryEntry(@CurrentActor() actor: Actor, @Args('input') input: WriteDiaryEntryInput) {
    return DiaryEntryObject.from(await this.service.write(actor, input), actor.user.personId);
  }

  @Policy(Permission.DIARY)
  @Mutation(() => DiaryEntryObject, { description: 'The author changes the entry or who sees it' })
  async updateDiaryEntry(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: UpdateDiaryEntryInput) {
    return DiaryEntryObject.from(await this.service.update(actor, id, input), actor.user.personId);
  }

  @ResolveField(() => PersonCardObject)
  async author(@Parent() e: DiaryEntryObject, @Context('req') req: object): Promise<PersonCardObject> {
    const card = await this.cards.load(req, e.authorPersonId);
    if (!card) throw new Error(`person ${e.authorPersonId} missing`);
    return card;
  }
}
