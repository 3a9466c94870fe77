import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { byKeys, loaderFor } from '../../common/graphql/loaders';
import { PersonCardObject } from './dto/person-card.object';
import { PersonCardRow, PersonRepository } from './person.repository';

/** Person cards for field resolvers of any group, batched per request. */
@Injectable()
export class PersonCards {
  constructor(
    private readonly people: PersonRepository,
    private readonly uow: UnitOfWork,
  ) {}

  private loader(req: object) {
    return loaderFor<string, PersonCardRow | null>(req, 'person.card', async (ids) => byKeys(ids, await this.people.cards(this.uow.reader, ids), (r) => r.id, null));
  }

  load(req: object, id: string): Promise<PersonCardObject | null> {
    return this.loader(req).load(id);
  }

  /** The card of `id` as a read that already holds it found it (`personCardsSql`; null: no such person), for the request's later loads. */
  prime(req: object, id: string, card: PersonCardRow | null): void {
    this.loader(req).prime(id, card);
  }

  async loadMany(req: object, ids: readonly string[]): Promise<PersonCardObject[]> {
    const cards = await Promise.all(ids.map((id) => this.load(req, id)));
    return cards.filter((c): c is PersonCardObject => !!c);
  }
}
