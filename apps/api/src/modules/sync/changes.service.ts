import { Injectable } from '@nestjs/common';
import { CHANGES_PAGE_LIMIT, SyncEntityType } from '@metodset/shared';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { ChangesRepository, ChangeRow } from './changes.repository';
import { decodeCursor, encodeCursor } from './cursor';

export interface ChangePage {
  changes: (Omit<ChangeRow, 'position'> & { cursor: string })[];
  cursor: string;
  hasMore: boolean;
}

/** «What changed since my cursor» for organisations and people in the caller's scope, oldest first. */
@Injectable()
export class ChangesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ChangesRepository,
    private readonly audit: AuditService,
  ) {}

  async changes(actor: Actor, since: string | null | undefined, types: SyncEntityType[] | null | undefined, first: number): Promise<ChangePage> {
    if (!Number.isInteger(first) || first < 1 || first > CHANGES_PAGE_LIMIT) {
      throw badInput([{ field: 'first', message: `От 1 до ${CHANGES_PAGE_LIMIT} изменений на странице` }], `От 1 до ${CHANGES_PAGE_LIMIT} изменений на странице`);
    }
    const after = decodeCursor(since);
    const wanted = types?.length ? [...new Set(types)] : Object.values(SyncEntityType);
    const rows = await this.repo.page(this.uow.reader, actor.scope, actor.user.accountId, after, wanted, first + 1);
    const page = rows.slice(0, first);
    const last = page.length ? page[page.length - 1].position : after;
    const people = [...new Set(page.filter((c) => c.type === SyncEntityType.PERSON).map((c) => c.id))];
    if (people.length) {
      await this.uow.run((m) => this.audit.record(m, { accountId: actor.user.accountId, action: 'read', entityType: 'changes', entityId: null, personIds: people }));
    }
    return {
      changes: page.map(({ position, ...c }) => ({ ...c, cursor: encodeCursor(position) })),
      cursor: encodeCursor(last),
      hasMore: rows.length > first,
    };
  }
}
