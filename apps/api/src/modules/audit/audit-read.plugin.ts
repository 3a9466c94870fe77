import { ApolloServerPlugin, GraphQLRequestListener, GraphQLServerContext } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLSchema, isObjectType } from 'graphql';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { ErrorCode } from '../../common/errors/errors';
import { AuditRecord, AuditRepository } from './audit.repository';
import { AUDITED_BY_STATEMENT, operationOf, ReadAuditContext } from './read-audit-alongside';

/** The people a request's response is about, kept on its context while the operation executes. */
const PEOPLE = Symbol('auditedPeople');

interface AuditContext extends ReadAuditContext {
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

/** At most this many rows in one statement of the read audit. */
const MAX_BATCH = 200;

interface Pending {
  record: AuditRecord;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit of the read audit's rows: a row is written at once when no statement of the read audit is running;
 * rows arriving while one runs wait and are written together, in arrival order, by the next statement (up to
 * MAX_BATCH rows each). Each statement is its own transaction, committed as every statement (the server's
 * `synchronous_commit`, on: durable), and `write` resolves only once the statement holding the row has committed: an
 * answer never leaves before its row is durable, as when each request wrote its own. If a statement of several rows
 * fails, each of its rows is written again alone, so one row's failure is only its own request's.
 */
export class ReadAuditWriter {
  private waiting: Pending[] | null = null;

  constructor(private readonly insert: (records: AuditRecord[]) => Promise<void>) {}

  write(record: AuditRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const p: Pending = { record, resolve, reject };
      if (this.waiting) {
        this.waiting.push(p);
        return;
      }
      this.waiting = [];
      void this.drain([p]);
    });
  }

  private async drain(batch: Pending[]): Promise<void> {
    for (;;) {
      try {
        await this.insert(batch.map((p) => p.record));
        for (const p of batch) p.resolve();
      } catch (err) {
        if (batch.length === 1) batch[0]!.reject(err);
        else
          for (const p of batch) {
            try {
              await this.insert([p.record]);
              p.resolve();
            } catch (e) {
              p.reject(e);
            }
          }
      }
      const next = this.waiting ?? [];
      if (!next.length) {
        this.waiting = null;
        return;
      }
      batch = next.splice(0, MAX_BATCH);
    }
  }
}

/**
 * Every read of personal data is audited, lists included (152-ФЗ art. 19): while an operation executes, each
 * object about a person that the response carries (a Person, or any object with a `personId`: positions,
 * results, participants, routes, achievements…) adds that person to the request's set (notePeopleOnCompletion); before the response
 * leaves, ONE row (`read-list`, entity `person`) names them all. One statement per request, whatever the number
 * of lists and people. The caller's own person is not recorded (a person reading their own data is no third-party
 * access). If the row cannot be written the data is not sent. The rows of requests answered at the same time are
 * written together (`ReadAuditWriter`): each answer still waits for its own row's commit.
 */
@Plugin()
export class AuditReadPlugin implements ApolloServerPlugin<AuditContext> {
  private readonly log = new Logger('AuditReadPlugin');
  private readonly writer: ReadAuditWriter;

  constructor(repo: AuditRepository, uow: UnitOfWork) {
    this.writer = new ReadAuditWriter((records) => repo.insert(uow.reader, records));
  }

  async serverWillStart({ schema }: GraphQLServerContext): Promise<void> {
    notePeopleOnCompletion(schema);
  }

  async requestDidStart({ contextValue }: { contextValue: AuditContext }): Promise<GraphQLRequestListener<AuditContext>> {
    const people = new Set<string>();
    const audited = new Set<string>();
    contextValue[PEOPLE] = people;
    contextValue[AUDITED_BY_STATEMENT] = audited;
    return {
      willSendResponse: async ({ contextValue, response, operation }) => {
        const user = contextValue.req?.user;
        if (user?.personId) people.delete(user.personId);
        // People whose read a page's own statement already logged (`readAuditAlongside`).
        for (const id of audited) people.delete(id);
        if (!people.size || !user) return;
        const { operation: name, fields } = operation ? operationOf({ operation }) : { operation: null, fields: [] };
        try {
          await this.writer.write({
            accountId: user.accountId,
            action: 'read-list',
            entityType: 'person',
            entityId: null,
            after: { operation: name, fields, count: people.size },
            personIds: [...people],
          });
        } catch (err) {
          this.log.error(`Audit of a read failed: ${(err as Error).message}`);
          const error = new GraphQLError('Не удалось записать журнал аудита; данные не выданы', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
          response.body = { kind: 'single', singleResult: { data: null, errors: [error.toJSON()] } };
        }
      },
    };
  }
}
