import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { DiaryEntryEntity } from './diary-entry.entity';
import { DiaryOwner, DiaryRepository } from './diary.repository';
import { DiaryAnswerInput, DiaryOwnerInput, UpdateDiaryEntryInput, WriteDiaryEntryInput } from './dto/diary.input';

const CONSTRAINTS: Record<string, FieldError> = { ck_diary_entry_text: { field: 'text', message: 'Напишите запись' } };

interface DiaryAccess {
  /** Takes part in the pair or the community: reads everything, writes (rule `diary.write`). */
  participant: boolean;
  /** Reads the diary at all (rule `diary.read`): participants, and those who manage the programme or the community (shared entries). */
  reader: boolean;
}

const toAnswers = (answers: readonly DiaryAnswerInput[]) => Object.fromEntries(answers.filter((a) => a.text.trim()).map((a) => [a.key, a.text.trim()]));

/**
 * «Дневник ПОС» of a mentorship or a community. Who reads what is explicit: the participants read every
 * entry; coordinators read only the entries their authors shared; nobody else reads the diary.
 */
@Injectable()
export class DiaryService {
  constructor(
    private readonly repo: DiaryRepository,
    private readonly accessService: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  static owner(input: DiaryOwnerInput): DiaryOwner {
    if (!!input.mentorshipId === !!input.associationId) throw fieldError('owner', 'Укажите одно: наставничество или объединение');
    return input.mentorshipId ? { mentorshipId: input.mentorshipId } : { associationId: input.associationId! };
  }

  private async access(m: EntityManager, actor: Actor, owner: DiaryOwner): Promise<DiaryAccess> {
    const id = 'mentorshipId' in owner ? owner.mentorshipId : owner.associationId;
    const caller = { grants: actor.user.grants, personId: actor.user.personId };
    const [reader, participant] = await Promise.all([this.accessService.can(m, caller, 'diary.read', id), this.accessService.can(m, caller, 'diary.write', id)]);
    return { reader, participant };
  }

  /** The caller's rights to a diary; a diary they may not read is NOT_FOUND, whether its owner exists or not. */
  private async rights(m: EntityManager, actor: Actor, owner: DiaryOwner): Promise<DiaryAccess> {
    const access = await this.access(m, actor, owner);
    if (!access.reader) throw notFound('mentorshipId' in owner ? 'Наставничество не найдено' : 'Объединение не найдено');
    return access;
  }

  async read(actor: Actor, input: DiaryOwnerInput) {
    const owner = DiaryService.owner(input);
    const m = this.uow.reader;
    const access = await this.rights(m, actor, owner);
    const entries = await this.repo.entries(m, owner, !access.participant);
    return { canWrite: access.participant, sharedOnly: !access.participant, entries };
  }

  async write(actor: Actor, input: WriteDiaryEntryInput): Promise<DiaryEntryEntity> {
    const owner = DiaryService.owner(input.owner);
    if (input.writtenOn > new Date().toISOString().slice(0, 10)) throw fieldError('writtenOn', 'Запись не может быть датирована будущим');
    return this.uow.write(async (m) => {
      if (!(await this.rights(m, actor, owner)).participant) throw forbidden('Писать в дневник могут только участники');
      const entry = await this.repo.insert(m, {
        ...owner,
        authorPersonId: actor.user.personId!,
        writtenOn: input.writtenOn,
        text: input.text,
        answers: toAnswers(input.answers),
        visibility: input.visibility,
      });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'diary-entry', entityId: entry.id, after: { ...owner, visibility: input.visibility } });
      return entry;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateDiaryEntryInput): Promise<DiaryEntryEntity> {
    return this.uow.write(async (m) => {
      const entry = await this.repo.entry(m, id);
      if (!entry) throw notFound('Запись дневника не найдена');
      const owner: DiaryOwner = entry.mentorshipId ? { mentorshipId: entry.mentorshipId } : { associationId: entry.associationId! };
      const access = await this.access(m, actor, owner);
      const visible = access.participant || (access.reader && entry.visibility === 'SHARED');
      if (!visible) throw notFound('Запись дневника не найдена');
      if (entry.authorPersonId !== actor.user.personId) throw forbidden('Изменить запись может только её автор');
      const after = await this.repo.update(m, id, { text: input.text, answers: toAnswers(input.answers), visibility: input.visibility });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'diary-entry', entityId: id, before: { visibility: entry.visibility }, after: { visibility: input.visibility } });
      return after;
    }, CONSTRAINTS);
  }
}
