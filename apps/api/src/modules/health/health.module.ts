import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DatabaseMonitor } from './database-monitor';
import { DatabaseUnavailableMiddleware } from './database-unavailable.middleware';
import { HealthController } from './health.controller';

@Module({ controllers: [HealthController], providers: [DatabaseMonitor], exports: [DatabaseMonitor] })
export class HealthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(DatabaseUnavailableMiddleware).forRoutes('graphql');
  }
}
