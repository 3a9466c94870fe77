import { Injectable } from '@nestjs/common';
import { SessionUser } from '../../common/auth/actor';
import { apiClientGrant } from '../../common/auth/client-permissions';
import { SessionResolver } from '../../common/auth/gate.guard';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { ApiClientAuthRepository } from './api-client-auth.repository';
import { prefixOf, secretMatches } from './api-client-secret';

const TOUCH_EVERY_MS = 60_000;

/**
 * Turns `Authorization: Bearer mdsk_…` into a caller: the client's technical account with one grant — the staff role
 * of its scope kind at its scope, holding only the client's permissions — so the same gate and access component
 * decide for it, and audit rows carry its account (named after the client). Revoked, expired or archived: no caller.
 */
@Injectable()
export class ApiClientAuthService implements SessionResolver {
  constructor(
    private readonly repo: ApiClientAuthRepository,
    private readonly uow: UnitOfWork,
  ) {}

  async resolve(token: string): Promise<SessionUser | null> {
    const prefix = prefixOf(token);
    if (!prefix) return null;
    const found = await this.repo.findLive(this.uow.reader, prefix);
    if (!found || !secretMatches(token, found.secretHash)) return null;
    if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS) await this.repo.touch(this.uow.reader, found.secretId);
    const grant = apiClientGrant(found);
    return {
      accountId: found.accountId,
      sessionId: found.secretId,
      login: found.login,
      displayName: found.displayName,
      personId: null,
      grants: [grant],
      roles: [grant.role],
      client: { id: found.clientId, name: found.name },
    };
  }
}
