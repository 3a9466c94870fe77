import { Global, Module } from '@nestjs/common';
import { CLIENT_RESOLVER } from '../../common/auth/gate.guard';
import { ApiClientAuthRepository } from './api-client-auth.repository';
import { ApiClientAuthService } from './api-client-auth.service';

/** Global so the gate (registered by the auth module) finds the client resolver. */
@Global()
@Module({
  providers: [ApiClientAuthRepository, ApiClientAuthService, { provide: CLIENT_RESOLVER, useExisting: ApiClientAuthService }],
  exports: [CLIENT_RESOLVER, ApiClientAuthService],
})
export class ApiClientAuthModule {}
