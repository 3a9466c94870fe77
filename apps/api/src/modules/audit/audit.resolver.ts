import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryConnection, AuditEntryObject } from './dto/audit-entry.object';

@Resolver(() => AuditEntryObject)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Policy(Permission.AUDIT_READ)
  @Query(() => AuditEntryConnection, { description: 'The audit log (newest first unless ordered): by person, actor, period and action (platform administrators)' })
  async auditLog(@Args() args: AuditLogArgs) {
    const page = await this.service.search(args.filter ?? {}, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(AuditEntryObject.from) };
  }
}
