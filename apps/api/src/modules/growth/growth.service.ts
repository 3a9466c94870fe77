import { Injectable } from '@nestjs/common';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { GrowthRepository } from './growth.repository';
import { HoursYear, hoursByYear } from './professional-hours';

/** Professional-development hours: what a caller may read of people's yearly records. */
@Injectable()
export class GrowthService {
  constructor(
    private readonly repo: GrowthRepository,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
  ) {}

  /**
   * The yearly records of these people, in their order; null for a person the caller may not read (the person's own
   * read rule `person.read` decides, whatever object led to them). Two statements for any number of people.
   */
  async hoursOf(caller: Caller, scope: AccessScope, personIds: readonly string[]): Promise<(HoursYear[] | null)[]> {
    const m = this.uow.reader;
    const readable = await this.access.check(m, caller, 'person.read', personIds);
    const facts = await this.repo.hoursFacts(m, scope, [...readable]);
    return personIds.map((id) => (readable.has(id) ? hoursByYear(id, facts.filter((f) => f.personId === id)) : null));
  }
}
