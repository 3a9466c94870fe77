import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AssociationRepository } from '../association/association.repository';
import { AuditService } from '../audit/audit.service';
import { MentoringRepository } from '../mentoring/mentoring.repository';
import { HostAccess } from '../network/host-access';
import { DiaryEntryEntity } from './diary-entry.entity';
import { DiaryOwner, DiaryRepository } from './diary.repository';
import { DiaryAnswerInput, DiaryOwnerInput, UpdateDiaryEntryInput, WriteDiaryEntryInput } from './dto/diary.input';

const CONSTRAINTS: Record<string, FieldError> = { ck_diary_entry_text: { field: 'text', message: 'Напишите запись' } };

interface DiaryAccess {
  /** Takes part in the pair or the community: reads everything, writes. */
  participant: boolean;
  /** Coordinates the programme or the association: reads shared entries. */
  manager: boolean;
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
    private readonly mentoring: MentoringRepository,
    private readonly associations: AssociationRepository,
    private readonly hostAccess: HostAccess,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  static owner(input: DiaryOwnerInput): DiaryOwner {
    if (!!input.mentorshipId === !!input.associationId) throw fieldError('owner', 'Укажите одно: наставничество или объединение');
    return input.mentorshipId ? { mentorshipId: input.mentorshipId } : { associationId: input.associationId! };
  }

  private async access(m: EntityManager, actor: Actor, owner: DiaryOwner): Promise<DiaryAccess> {
    const me = actor.user.personId;
    const write = (p: Permission) => AccessScope.forPermission(p, actor.user.grants, actor.user.personId);
    if ('mentorshipId' in owner) {
      const ms = await this.mentoring.findMentorship(m, actor.scope, owner.mentorshipId);
      if (!ms) throw notFound('Наставничество не найдено');
      const participant = !!me && (await this.mentoring.participantsOf(m, [ms.id])).some((p) => p.personId === me);
      const [program] = await this.mentoring.programsByIds(m, [ms.programId]);
      return { participant, manager: await this.hostAccess.canManage(m, write(Permission.MENTORING_WRITE), program) };
    }
    const a = await this.associations.findInScope(m, actor.scope, owner.associationId);
    if (!a) throw notFound('Объединение не найдено');
    const participant = !!me && (await this.associations.membersOf(m, [a.id])).some((x) => x.personId === me);
    return { participant, manager: await this.hostAccess.canManage(m, write(Permission.ASSOCIATION_WRITE), a) };
  }

  async read(actor: Actor, input: DiaryOwnerInput) {
    const owner = DiaryService.owner(input);
    const m = this.uow.reader;
    const access = await this.access(m, actor, owner);
    if (!access.participant && !access.manager) throw forbidden('Дневник видят только участники и координаторы');
    const entries = await this.repo.entries(m, owner, !access.participant);
    return { canWrite: access.participant, sharedOnly: !access.participant, entries };
  }

  async write(actor: Actor, input: WriteDiaryEntryInput): Promise<DiaryEntryEntity> {
    const owner = DiaryService.owner(input.owner);
    if (input.writtenOn > new Date().toISOString().slice(0, 10)) throw fieldError('writtenOn', 'Запись не может быть датирована будущим');
    return this.uow.write(async (m) => {
      if (!(await this.access(m, actor, owner)).participant) throw forbidden('Писать в дневник могут только участники');
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
      const visible = access.participant || (access.manager && entry.visibility === 'SHARED');
      if (!visible) throw notFound('Запись дневника не найдена');
      if (entry.authorPersonId !== actor.user.personId) throw forbidden('Изменить запись может только её автор');
      const after = await this.repo.update(m, id, { text: input.text, answers: toAnswers(input.answers), visibility: input.visibility });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'diary-entry', entityId: id, before: { visibility: entry.visibility }, after: { visibility: input.visibility } });
      return after;
    }, CONSTRAINTS);
  }
}
