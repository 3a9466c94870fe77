import { Module } from '@nestjs/common';
import { ApiClientRepository } from './api-client.repository';
import { ApiClientResolver } from './api-client.resolver';
import { ApiClientService } from './api-client.service';

@Module({
  providers: [ApiClientRepository, ApiClientService, ApiClientResolver],
  exports: [ApiClientService],
})
export class ApiClientModule {}
