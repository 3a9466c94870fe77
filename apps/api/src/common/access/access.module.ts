import { Global, Module } from '@nestjs/common';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

/** The one access component, available to every domain. */
@Global()
@Module({ providers: [AccessRepository, AccessService], exports: [AccessService] })
export class AccessModule {}
