import { Global, Module } from '@nestjs/common';
import { AuditReadPlugin } from './audit-read.plugin';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({ providers: [AuditRepository, AuditService, AuditResolver, AuditReadPlugin], exports: [AuditService, AuditRepository] })
export class AuditModule {}
