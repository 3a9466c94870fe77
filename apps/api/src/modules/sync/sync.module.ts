import { Module } from '@nestjs/common';
import { DiagnosticsModule } from '../diagnostics/diagnostics.module';
import { ChangesRepository } from './changes.repository';
import { ChangesService } from './changes.service';
import { SyncRepository } from './sync.repository';
import { SyncResolver } from './sync.resolver';
import { SyncService } from './sync.service';
import { WebhookRepository } from './webhook.repository';
import { WebhookService } from './webhook.service';

/** The contract for regional systems: bulk sync by their ids, the parity report, the change feed and webhooks. */
@Module({
  imports: [DiagnosticsModule],
  providers: [SyncRepository, SyncService, ChangesRepository, ChangesService, WebhookRepository, WebhookService, SyncResolver],
  exports: [WebhookService, WebhookRepository, SyncService],
})
export class SyncModule {}
