import { Module } from '@nestjs/common';
import { SyncModule } from '../sync/sync.module';
import { ApiClientRepository } from './api-client.repository';
import { ApiClientResolver } from './api-client.resolver';
import { ApiClientService } from './api-client.service';
import { ApiClientWebhooksResolver } from './api-client-webhooks.resolver';
import { ApiClientWebhooksService } from './api-client-webhooks.service';

@Module({
  imports: [SyncModule],
  providers: [ApiClientRepository, ApiClientService, ApiClientResolver, ApiClientWebhooksService, ApiClientWebhooksResolver],
  exports: [ApiClientService],
})
export class ApiClientModule {}
