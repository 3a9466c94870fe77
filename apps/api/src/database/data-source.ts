import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, logger = new QueryCounter(false)): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger,
    logging: ['query', 'error', 'warn'],
    extra: { max: 10, application_name: 'metodset' },
  };
}

export function createDataSource(url: string, logger?: QueryCounter): DataSource {
  return new DataSource(dataSourceOptions(url, logger));
}
