import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Marks a statement that is bookkeeping beside a request (the session's last-seen time), not counted as its SQL. */
export const BOOKKEEPING_SQL = '/* bookkeeping */';

/**
 * TypeORM logger that counts SQL statements (tests assert bounded counts for list queries,
 * the benchmark prints statements per request) and prints them when LOG_SQL=true.
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;
  constructor(
    private readonly print = false,
    private readonly printErrors = true,
  ) {
    super(['query', 'error', 'warn']);
  }
  get statements(): number {
    return this.count;
  }
  reset(): void {
    this.count = 0;
  }
  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    if (!query.startsWith(BOOKKEEPING_SQL)) this.count += 1;
    if (this.print) super.logQuery(query, parameters, queryRunner);
  }
  protected writeLog(level: LogLevel, message: LogMessage | string | number | (LogMessage | string | number)[]): void {
    const messages = this.prepareLogMessages(message, { highlightSql: false });
    for (const m of messages) {
      if (level === 'query' && !this.print) continue;
      if (!this.printErrors) continue;
      console.log(`[sql:${m.type ?? level}]`, m.prefix ?? '', m.message);
    }
  }
}
