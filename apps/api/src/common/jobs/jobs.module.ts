import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events';
import { JobFileController } from './job-file.controller';
import { JobQueue } from './job-queue';
import { JobRepository } from './job.repository';
import { JobResolver } from './job.resolver';
import { JobService } from './jobs.service';

/** Background jobs for every domain (global: inject `JobService`, register a `JobHandler`). */
@Global()
@Module({
  providers: [JobQueue, JobRepository, JobService, JobResolver, DomainEvents],
  controllers: [JobFileController],
  exports: [JobService, JobQueue, DomainEvents],
})
export class JobsModule {}
