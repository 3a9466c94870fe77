import { Injectable } from '@nestjs/common';
import { DiaryVisibility } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { DiaryEntryEntity } from './diary-entry.entity';

export type DiaryOwner = { mentorshipId: string } | { associationId: string };

const ownerColumn = (o: DiaryOwner) => ('mentorshipId' in o ? { mentorshipId: o.mentorshipId } : { associationId: o.associationId });

@Injectable()
export class DiaryRepository {
  /** Entries of a diary, newest first; `sharedOnly` for readers outside the pair or community. */
  entries(m: EntityManager, owner: DiaryOwner, sharedOnly: boolean): Promise<DiaryEntryEntity[]> {
    return m.getRepository(DiaryEntryEntity).find({
      where: { ...ownerColumn(owner), ...(sharedOnly ? { visibility: DiaryVisibility.SHARED } : {}) },
      order: { writtenOn: 'DESC', createdAt: 'DESC' },
      take: 500,
    });
  }

  entry = (m: EntityManager, id: string) => m.getRepository(DiaryEntryEntity).findOneBy({ id });

  async insert(m: EntityManager, values: Partial<DiaryEntryEntity>): Promise<DiaryEntryEntity> {
    const res = await m.getRepository(DiaryEntryEntity).insert(values);
    return m.getRepository(DiaryEntryEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async update(m: EntityManager, id: string, values: Partial<DiaryEntryEntity>): Promise<DiaryEntryEntity> {
    await m.getRepository(DiaryEntryEntity).update({ id }, values);
    return m.getRepository(DiaryEntryEntity).findOneByOrFail({ id });
  }
}
