import { Injectable } from '@nestjs/common';
import { AGREEMENT_EXPIRY_WARNING_DAYS } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, FieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { checkAgreementFile, expiryWindow } from './agreement-file';
import { AgreementRepository } from './agreement.repository';
import { AgreementEntity } from './agreement.entity';
import { AgreementFileInput, CreateAgreementInput, UpdateAgreementInput } from './dto/agreement.input';
import { NetworkRepository } from './network.repository';
import { NetworkService } from './network.service';

const CONSTRAINTS: Record<string, FieldError> = {
  ck_agreement_dates: { field: 'startsOn', message: 'Даты не согласуются: подписание ≤ начало ≤ окончание' },
  uq_agreement_external_id: { field: 'number', message: 'Такое соглашение уже есть' },
};
const NOT_FOUND = 'Соглашение не найдено';

/** Agreements of a network: parties, term, the signed document; expiring ones are listed. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly repo: AgreementRepository,
    private readonly networks: NetworkRepository,
    private readonly networkService: NetworkService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private static checkDates(a: { signedOn: string; startsOn: string; endsOn: string | null }): void {
    const fields: FieldError[] = [];
    if (a.signedOn > a.startsOn) fields.push({ field: 'startsOn', message: 'Срок не может начаться раньше подписания' });
    if (a.endsOn && a.endsOn < a.startsOn) fields.push({ field: 'endsOn', message: 'Окончание срока не может быть раньше начала' });
    if (fields.length) throw badInput(fields);
  }

  private async checkParties(m: EntityManager, networkId: string, partyIds: readonly string[]): Promise<void> {
    const members = new Set((await this.networks.membersOf(m, [networkId])).map((x) => x.organizationId));
    const fields = partyIds.flatMap((id, i) =>
      members.has(id) ? [] : [{ field: `partyOrganizationIds.${i}`, message: 'Сторона соглашения должна быть участником сети' }],
    );
    if (new Set(partyIds).size !== partyIds.length) fields.push({ field: 'partyOrganizationIds', message: 'Сторона указана дважды' });
    if (fields.length) throw badInput(fields);
  }

  /** The agreement and its network, locked for a change by the network's coordinator. */
  private async lockForChange(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean } = {}): Promise<AgreementEntity> {
    const agreement = await this.repo.findInScope(m, actor.scope, id);
    if (!agreement) throw notFound(NOT_FOUND);
    await this.networkService.lockForChange(m, actor, agreement.networkId, { notFound: NOT_FOUND });
    if (agreement.archivedAt && !opts.allowArchived) throw badInput([], 'Соглашение в архиве: сначала восстановите его');
    return agreement;
  }

  async create(actor: Actor, networkId: string, input: CreateAgreementInput): Promise<AgreementEntity> {
    AgreementService.checkDates({ ...input, endsOn: input.endsOn ?? null });
    return this.uow.write(async (m) => {
      await this.networkService.lockForChange(m, actor, networkId);
      await this.checkParties(m, networkId, input.partyOrganizationIds);
      const { partyOrganizationIds, ...values } = input;
      const created = await this.repo.insert(m, { ...values, endsOn: values.endsOn ?? null, networkId });
      await this.repo.replaceParties(m, created.id, partyOrganizationIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'agreement', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateAgreementInput): Promise<AgreementEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id);
      const { partyOrganizationIds, ...values } = input;
      const changes = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<AgreementEntity>;
      AgreementService.checkDates({ signedOn: before.signedOn, startsOn: before.startsOn, endsOn: before.endsOn, ...changes });
      if (partyOrganizationIds) {
        await this.checkParties(m, before.networkId, partyOrganizationIds);
        await this.repo.replaceParties(m, id, partyOrganizationIds);
      }
      const after = await this.repo.update(m, id, changes);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'agreement', entityId: id, before, after: { ...after, partyOrganizationIds } });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<AgreementEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id, { allowArchived: true });
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'agreement', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  async attachFile(actor: Actor, id: string, input: AgreementFileInput): Promise<AgreementEntity> {
    const checked = await checkAgreementFile(input.fileName, input.contentBase64);
    if ('field' in checked) throw badInput([checked], checked.message);
    return this.uow.write(async (m) => {
      await this.lockForChange(m, actor, id);
      await this.repo.putFile(m, id, checked.content);
      const after = await this.repo.update(m, id, { fileName: checked.fileName, fileType: checked.type, fileSize: checked.content.length });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'attach-file', entityType: 'agreement', entityId: id, after: { fileName: checked.fileName, fileSize: checked.content.length } });
      return after;
    }, CONSTRAINTS);
  }

  async removeFile(actor: Actor, id: string): Promise<AgreementEntity> {
    return this.uow.write(async (m) => {
      await this.lockForChange(m, actor, id);
      await this.repo.deleteFile(m, id);
      const after = await this.repo.update(m, id, { fileName: null, fileType: null, fileSize: null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-file', entityType: 'agreement', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  async file(scope: AccessScope, id: string): Promise<{ fileName: string; fileType: string; contentBase64: string }> {
    const agreement = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!agreement) throw notFound(NOT_FOUND);
    const file = await this.repo.file(this.uow.reader, id);
    if (!file || !agreement.fileName || !agreement.fileType) throw notFound('Файл соглашения не найден');
    return { fileName: agreement.fileName, fileType: agreement.fileType, contentBase64: file.content.toString('base64') };
  }

  expiring(scope: AccessScope, withinDays = AGREEMENT_EXPIRY_WARNING_DAYS): Promise<AgreementEntity[]> {
    const { today, until } = expiryWindow(withinDays);
    return this.repo.expiring(this.uow.reader, scope, today, until);
  }

  byNetworkIds = (ids: readonly string[]) => this.repo.byNetworkIds(this.uow.reader, ids);
  partiesOf = (ids: readonly string[]) => this.repo.partiesOf(this.uow.reader, ids);
}
