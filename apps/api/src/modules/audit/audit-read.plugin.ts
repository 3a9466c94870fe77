import { ApolloServerPlugin, GraphQLRequestListener, GraphQLServerContext } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLSchema, isObjectType } from 'graphql';
import { GateRequest } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { ErrorCode } from '../../common/errors/errors';
import { AuditRepository } from './audit.repository';

/** The people a request's response is about, kept on its context while the operation executes. */
const PEOPLE = Symbol('auditedPeople');

interface AuditContext {
  req?: GateRequest;
  [PEOPLE]?: Set<string>;
}

/** The person a resolved object is about: a Person is its id; any other object that carries a `personId`. */
export function personOf(typeName: string, source: unknown): string | null {
  if (!source || typeof source !== 'object' || typeName === 'Me') return null;
  const s = source as { id?: unknown; personId?: unknown };
  const id = typeName === 'Person' ? s.id : s.personId;
  return typeof id === 'string' ? id : null;
}

/**
 * Makes every object type of the schema (but `Me` and the introspection types) note the person each of its objects is
 * about in the request's set: graphql-js calls an object type's `isTypeOf` once for every object it completes, with the
 * request's context, whatever fields are asked. (A per-field `willResolveField` hook did the same but made Apollo wrap
 * every field's resolver and call the hook for every field of every object.) The schema has no interfaces or unions,
 * so `isTypeOf` is never used to choose a type: it answers true, or what a type's own `isTypeOf` answers.
 */
export function notePeopleOnCompletion(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Me') continue;
    const own = type.isTypeOf;
    const name = type.name;
    type.isTypeOf = (source: unknown, context: AuditContext, info) => {
      const people = context?.[PEOPLE];
      if (people) {
        const id = personOf(name, source);
        if (id) people.add(id);
      }
      return own ? own(source, context, info) : true;
    };
  }
}

/**
 * Every read of personal data is audited, lists included (152-ФЗ art. 19): while an operation executes, each
 * object about a person that the response carries (a Person, or any object with a `personId`: positions,
 * results, participants, routes, achievements…) adds that person to the request's set (notePeopleOnCompletion); before the response
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

  async serverWillStart({ schema }: GraphQLServerContext): Promise<void> {
    notePeopleOnCompletion(schema);
  }

  async requestDidStart({ contextValue }: { contextValue: AuditContext }): Promise<GraphQLRequestListener<AuditContext>> {
    const people = new Set<string>();
    contextValue[PEOPLE] = people;
    return {
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
