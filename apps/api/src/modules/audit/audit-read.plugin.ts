import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { GateRequest } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { ErrorCode } from '../../common/errors/errors';
import { AuditRepository } from './audit.repository';

interface AuditContext {
  req?: GateRequest;
}

/** The person a resolved object is about: a Person is its id; any other object that carries a `personId`. */
export function personOf(typeName: string, source: unknown): string | null {
  if (!source || typeof source !== 'object' || typeName === 'Me') return null;
  const s = source as { id?: unknown; personId?: unknown };
  const id = typeName === 'Person' ? s.id : s.personId;
  return typeof id === 'string' ? id : null;
}

/**
 * Every read of personal data is audited, lists included (152-ФЗ art. 19): while an operation executes, each
 * object about a person that the response carries (a Person, or any object with a `personId`: positions,
 * results, participants, routes, achievements…) adds that person to the request's set; before the response
 * leaves, ONE row (`read-list`, entity `person`) names them all. One statement per request, whatever the number
 * of lists and people. The caller's own person is not recorded (a person reading their own data is no third-party
 * access). If the row cannot be written the data is not sent.
 */
@Plugin()
export class AuditReadPlugin implements ApolloServerPlugin<AuditContext> {
  private readonly log = new Logger('AuditReadPlugin');

  constructor(
    private readonly repo: AuditRepository,
    private readonly uow: UnitOfWork,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<AuditContext>> {
    const people = new Set<string>();
    return {
      executionDidStart: async () => ({
        willResolveField: ({ info, source }) => {
          const id = personOf(info.parentType.name, source);
          if (id) people.add(id);
        },
      }),
      willSendResponse: async ({ contextValue, response, operationName, operation }) => {
        const user = contextValue.req?.user;
        if (user?.personId) people.delete(user.personId);
        if (!people.size || !user) return;
        const fields = operation?.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])) ?? [];
        try {
          await this.repo.insert(this.uow.reader, [
            {
              accountId: user.accountId,
              action: 'read-list',
              entityType: 'person',
              entityId: null,
              after: { operation: operationName ?? null, fields, count: people.size },
              personIds: [...people],
            },
          ]);
        } catch (err) {
          this.log.error(`Audit of a read failed: ${(err as Error).message}`);
          const error = new GraphQLError('Не удалось записать журнал аудита; данные не выданы', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
          response.body = { kind: 'single', singleResult: { data: null, errors: [error.toJSON()] } };
        }
      },
    };
  }
}
