import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from './common/access/access.module';
import { CommonDatabaseModule } from './common/database/database.module';
import { JobsModule } from './common/jobs/jobs.module';
import { AppErrorFilter } from './common/errors/app-error.filter';
import { formatError } from './common/graphql/format-error';
import { armorProtection, limitsPlugin } from './common/graphql/limits.plugin';
import { RateLimiter, rateLimitPlugin } from './common/graphql/rate-limit';
import { RateLimitModule } from './common/graphql/rate-limit.module';
import { validationPipe } from './common/graphql/validation.pipe';
import { AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { QueryCounter } from './database/query-counter';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { TerritoryModule } from './modules/territory/territory.module';
import { DOMAIN_MODULES } from './modules';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  queryCounter?: QueryCounter;
  /** Do not connect (schema emission). */
  lazyDatabase?: boolean;
}

/** The Apollo context of a request: Express's request and response (the resolvers' `req`/`res`). */
export const graphqlContext = ({ req, res }: { req: unknown; res: unknown }) => ({ req, res });

@Module({})
export class AppModule {
  static forRoot(opts: AppModuleOptions): DynamicModule {
    const production = opts.config.isProduction;
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(opts.databaseUrl, opts.queryCounter ?? new QueryCounter(opts.config.LOG_SQL === 'true')),
          manualInitialization: opts.lazyDatabase ?? false,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [RateLimitModule],
          inject: [RateLimiter],
          useFactory: (limiter: RateLimiter) => {
            const armor = armorProtection(production);
            return {
              autoSchemaFile: true,
              sortSchema: true,
              path: '/graphql',
              introspection: !production,
              playground: false,
              includeStacktraceInErrorResponses: !production,
              csrfPrevention: true,
              context: graphqlContext,
              formatError: formatError(production),
              allowBatchedHttpRequests: false,
              parseOptions: armor.parseOptions,
              validationRules: armor.validationRules,
              // No HTTP cache hints are used (every answer depends on the caller): without the cache-control plugin
              // Apollo does not wrap every field's resolver to compute them.
              plugins: [...armor.plugins, limitsPlugin(), rateLimitPlugin(limiter), ApolloServerPluginCacheControlDisabled()],
            };
          },
        }),
        CommonDatabaseModule,
        AccessModule,
        AuditModule,
        AuthModule,
        JobsModule,
        HealthModule,
        TerritoryModule,
        ...DOMAIN_MODULES,
      ],
      providers: [
        { provide: AppConfig, useValue: opts.config },
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
      exports: [AppConfig],
    };
  }
}
