import { registerEnumType } from '@nestjs/graphql';
import { CampaignMode, CampaignScopeKind, CampaignStatus, CombineRule, CompetenceLevel, DiagnosticItemKind, ResponseRole, ResponseStatus, ResultSource } from '@metodset/shared';

/**
 * GraphQL enums of the diagnostics domain. Enums shared with other domains (item kind, result source, level) are
 * registered here once; other modules import this file rather than registering them again.
 */
registerEnumType(CampaignMode, { name: 'CampaignMode' });
registerEnumType(CombineRule, { name: 'CombineRule' });
registerEnumType(CampaignScopeKind, { name: 'CampaignScopeKind' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(ResponseRole, { name: 'ResponseRole' });
registerEnumType(ResponseStatus, { name: 'ResponseStatus' });
registerEnumType(ResultSource, { name: 'ResultSource' });
registerEnumType(CompetenceLevel, { name: 'CompetenceLevel' });
registerEnumType(DiagnosticItemKind, { name: 'DiagnosticItemKind' });
