import { ApiClientEntity, ApiClientPermissionEntity, ApiClientSecretEntity, ApiRateBudgetEntity } from '../modules/api-client/api-client.entity';
import { PracticeEntity } from '../modules/practice/practice.entity';
import { PracticeAttachmentEntity, PracticeAttachmentFileEntity, PracticeAuthorEntity, PracticeCompetenceEntity } from '../modules/practice/practice-parts.entity';
import { MethodologicalProductEntity, ProductAuthorEntity, ProductFileEntity } from '../modules/practice/product.entity';
import { JobEntity } from '../common/jobs/job.entity';
import { EventAttendanceEntity } from '../modules/event/event-attendance.entity';
import { EventExceptionEntity } from '../modules/event/event-exception.entity';
import { EventFeedbackEntity } from '../modules/event/event-feedback.entity';
import { EventMaterialFileEntity } from '../modules/event/event-material-file.entity';
import { EventMaterialEntity } from '../modules/event/event-material.entity';
import { EventOrganizerEntity } from '../modules/event/event-organizer.entity';
import { EventRegistrationEntity } from '../modules/event/event-registration.entity';
import { EventResponsibleEntity } from '../modules/event/event-responsible.entity';
import { EventEntity } from '../modules/event/event.entity';
import { CalendarSubscriptionEntity } from '../modules/event/calendar-subscription.entity';
import { CrossCheckExpertPairEntity, CrossCheckProtocolRowEntity, CrossCheckSchoolPairEntity } from '../modules/event/cross-check.entity';
import { CompetenceAreaEntity } from '../modules/competence/competence-area.entity';
import { CompetenceIndicatorEntity } from '../modules/competence/competence-indicator.entity';
import { CompetenceEntity } from '../modules/competence/competence.entity';
import { CompetencyFrameworkEntity } from '../modules/competence/competency-framework.entity';
import { CompetenceResultEntity } from '../modules/diagnostics/competence-result.entity';
import { DashboardCacheEntity, DashboardFactChangeEntity, DashboardOrgPartEntity, DashboardPersonChangeEntity } from '../common/database/dashboard-cache.entity';
import { CompetenceResultCurrentEntity } from '../modules/diagnostics/competence-result-current.entity';
import { DiagnosticCampaignOrganizationEntity } from '../modules/diagnostics/diagnostic-campaign-organization.entity';
import { DiagnosticCampaignEntity } from '../modules/diagnostics/diagnostic-campaign.entity';
import { DiagnosticInstrumentEntity } from '../modules/instrument/diagnostic-instrument.entity';
import { DiagnosticItemEntity } from '../modules/instrument/diagnostic-item.entity';
import { DiagnosticParticipantEntity } from '../modules/diagnostics/diagnostic-participant.entity';
import { DiagnosticResponseEntity } from '../modules/diagnostics/diagnostic-response.entity';
import { DiagnosticScoringRuleEntity } from '../modules/instrument/diagnostic-scoring-rule.entity';
import { OrganizationSelfDiagnosisEntryEntity } from '../modules/deficits/organization-self-diagnosis-entry.entity';
import { OrganizationSelfDiagnosisEntity } from '../modules/deficits/organization-self-diagnosis.entity';
import { AssignmentPlanItemEntity } from '../modules/matching/assignment-plan-item.entity';
import { AssignmentPlanEntity } from '../modules/matching/assignment-plan.entity';
import { LearningRouteCompetenceEntity } from '../modules/route/learning-route-competence.entity';
import { LearningRouteJournalEntryEntity } from '../modules/route/learning-route-journal-entry.entity';
import { LearningRouteStepFileEntity } from '../modules/route/learning-route-step-file.entity';
import { LearningRouteStepEntity } from '../modules/route/learning-route-step.entity';
import { LearningRouteEntity } from '../modules/route/learning-route.entity';
import { AssociationMeetingEntity } from '../modules/association/association-meeting.entity';
import { AssociationMemberEntity } from '../modules/association/association-member.entity';
import { AssociationEntity } from '../modules/association/association.entity';
import { AccountEntity } from '../modules/auth/account.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { RoleGrantEntity } from '../modules/auth/role-grant.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { MentorProfileEntity } from '../modules/mentoring/mentor-profile.entity';
import { MentoringProgramEntity } from '../modules/mentoring/mentoring-program.entity';
import { MentorshipParticipantEntity } from '../modules/mentoring/mentorship-participant.entity';
import { MentorshipSessionEntity } from '../modules/mentoring/mentorship-session.entity';
import { MentorshipEntity } from '../modules/mentoring/mentorship.entity';
import { DiaryEntryEntity } from '../modules/diary/diary-entry.entity';
import { SurveyResponseEntity } from '../modules/survey/survey-response.entity';
import { SurveyEntity } from '../modules/survey/survey.entity';
import { AgreementFileEntity } from '../modules/network/agreement-file.entity';
import { AgreementPartyEntity } from '../modules/network/agreement-party.entity';
import { AgreementEntity } from '../modules/network/agreement.entity';
import { NetworkEdgeEntity } from '../modules/network/network-edge.entity';
import { NetworkMemberEntity } from '../modules/network/network-member.entity';
import { NetworkEntity } from '../modules/network/network.entity';
import { OrganizationStatusEntity } from '../modules/organization/organization-status.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { PersonEntity } from '../modules/person/person.entity';
import { PositionEntity } from '../modules/person/position.entity';
import { QualificationRecordEntity } from '../modules/person/qualification-record.entity';
import { InternshipModuleCompetenceEntity, InternshipModuleEntity } from '../modules/staging/internship-module.entity';
import { InternshipProgramEntity } from '../modules/staging/internship-program.entity';
import { InternshipTrackEntity, InternshipTrackModuleEntity } from '../modules/staging/internship-track.entity';
import { StagingSiteCompetenceEntity, StagingSiteMasterEntity } from '../modules/staging/staging-site-links.entity';
import { StagingSiteEntity } from '../modules/staging/staging-site.entity';
import { MunicipalityEntity } from '../modules/territory/municipality.entity';
import { OrganizationMunicipalityHistoryEntity } from '../modules/territory/organization-municipality-history.entity';
import { AccountIdentityEntity } from '../modules/auth/account-identity.entity';
import { RegionEntity } from '../modules/territory/region.entity';
import { PlanEntity } from '../modules/plan/plan.entity';
import { PlanItemLinkEntity } from '../modules/plan/plan-item-link.entity';
import { PlanItemPartyEntity } from '../modules/plan/plan-item-party.entity';
import { PlanItemEntity } from '../modules/plan/plan-item.entity';
import { PlanStageEntity } from '../modules/plan/plan-stage.entity';
import { CouncilDecisionEntity, CouncilMeetingEntity } from '../modules/plan/council-meeting.entity';
import { PlanCorrectionEntity } from '../modules/plan/plan-correction.entity';
import { PlanRiskEntity } from '../modules/plan/plan-risk.entity';
import { PlanVersionEntity } from '../modules/plan/plan-version.entity';
import { IndicatorEntity } from '../modules/indicator/indicator.entity';
import { IndicatorTargetEntity } from '../modules/indicator/indicator-target.entity';
import { IndicatorValueEntity } from '../modules/indicator/indicator-value.entity';

import { InternshipApplicationEntity } from '../modules/internship/internship-application.entity';
import { InternshipAttendanceEntity } from '../modules/internship/internship-attendance.entity';
import { InternshipCertificateEntity } from '../modules/internship/internship-certificate.entity';
import { InternshipCohortEntity } from '../modules/internship/internship-cohort.entity';
import { InternshipCompletionEntity } from '../modules/internship/internship-completion.entity';
import { DocumentEntity } from '../modules/document/document.entity';
import { DocumentFileEntity } from '../modules/document/document-file.entity';
import { DocumentTaskEntity } from '../modules/document/document-task.entity';
import { DocumentTaskResponsibleEntity } from '../modules/document/document-task-responsible.entity';
import { InternshipSessionEntity } from '../modules/internship/internship-session.entity';
import { ChangeLogEntity, SyncExternalIdEntity, WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../modules/sync/sync.entity';
/** Every entity, in one list: the DataSource, migrations and the drift check read it. */
export const ENTITIES = [
  RegionEntity,
  MunicipalityEntity,
  OrganizationMunicipalityHistoryEntity,
  AccountIdentityEntity,
  OrganizationEntity,
  OrganizationStatusEntity,
  PersonEntity,
  PositionEntity,
  QualificationRecordEntity,
  AccountEntity,
  RoleGrantEntity,
  SessionEntity,
  LoginThrottleEntity,
  AuditLogEntity,
  NetworkEntity,
  NetworkMemberEntity,
  NetworkEdgeEntity,
  AgreementEntity,
  AgreementPartyEntity,
  AgreementFileEntity,
  AssociationEntity,
  AssociationMemberEntity,
  AssociationMeetingEntity,
  MentoringProgramEntity,
  MentorProfileEntity,
  MentorshipEntity,
  MentorshipParticipantEntity,
  MentorshipSessionEntity,
  DiaryEntryEntity,
  SurveyEntity,
  SurveyResponseEntity,
  CompetencyFrameworkEntity,
  CompetenceAreaEntity,
  CompetenceEntity,
  CompetenceIndicatorEntity,
  DiagnosticInstrumentEntity,
  DiagnosticItemEntity,
  DiagnosticScoringRuleEntity,
  DiagnosticCampaignEntity,
  DiagnosticCampaignOrganizationEntity,
  DiagnosticParticipantEntity,
  DiagnosticResponseEntity,
  CompetenceResultEntity,
  CompetenceResultCurrentEntity,
  OrganizationSelfDiagnosisEntity,
  OrganizationSelfDiagnosisEntryEntity,
  AssignmentPlanEntity,
  AssignmentPlanItemEntity,
  LearningRouteEntity,
  LearningRouteCompetenceEntity,
  LearningRouteStepEntity,
  LearningRouteStepFileEntity,
  LearningRouteJournalEntryEntity,
  StagingSiteEntity,
  StagingSiteCompetenceEntity,
  StagingSiteMasterEntity,
  InternshipProgramEntity,
  InternshipModuleEntity,
  InternshipModuleCompetenceEntity,
  InternshipTrackEntity,
  InternshipTrackModuleEntity,
  EventEntity,
  EventOrganizerEntity,
  EventResponsibleEntity,
  EventExceptionEntity,
  EventRegistrationEntity,
  EventAttendanceEntity,
  EventFeedbackEntity,
  EventMaterialEntity,
  EventMaterialFileEntity,
  InternshipCohortEntity,
  InternshipSessionEntity,
  InternshipApplicationEntity,
  InternshipAttendanceEntity,
  InternshipCompletionEntity,
  InternshipCertificateEntity,
  PlanEntity,
  PlanStageEntity,
  PlanItemEntity,
  PlanItemPartyEntity,
  PlanItemLinkEntity,
  CalendarSubscriptionEntity,
  CrossCheckSchoolPairEntity,
  CrossCheckExpertPairEntity,
  CrossCheckProtocolRowEntity,
  PlanVersionEntity,
  PlanCorrectionEntity,
  PlanRiskEntity,
  CouncilMeetingEntity,
  CouncilDecisionEntity,
  DocumentEntity,
  DocumentFileEntity,
  DocumentTaskEntity,
  DocumentTaskResponsibleEntity,
  IndicatorEntity,
  IndicatorTargetEntity,
  IndicatorValueEntity,
  PracticeEntity,
  PracticeAuthorEntity,
  PracticeCompetenceEntity,
  PracticeAttachmentEntity,
  PracticeAttachmentFileEntity,
  MethodologicalProductEntity,
  ProductAuthorEntity,
  ProductFileEntity,
  IndicatorEntity,
  IndicatorTargetEntity,
  IndicatorValueEntity,
  JobEntity,
  ApiClientEntity,
  ApiClientPermissionEntity,
  ApiClientSecretEntity,
  ApiRateBudgetEntity,
  SyncExternalIdEntity,
  ChangeLogEntity,
  DashboardCacheEntity,
  DashboardFactChangeEntity,
  DashboardPersonChangeEntity,
  DashboardOrgPartEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
];
