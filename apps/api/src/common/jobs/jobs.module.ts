import { Global, Module } from '@nestjs/common';
import { JobFileController } from './job-file.controller';
import { JobQueue } from './job-queue';
import { JobRepository } from './job.repository';
import { JobResolver } from './job.resolver';
import { JobService } from './jobs.service';

/** Background jobs for every domain (global: inject `JobService`, register a `JobHandler`). */
@Global()
@Module({
  providers: [JobQueue, JobRepository, JobService, JobResolver],
  controllers: [JobFileController],
  exports: [JobService],
})
export class JobsModule {}
