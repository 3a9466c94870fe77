import { AssociationMeetingEntity } from '../modules/association/association-meeting.entity';
import { AssociationMemberEntity } from '../modules/association/association-member.entity';
import { AssociationEntity } from '../modules/association/association.entity';
import { AccountEntity } from '../modules/auth/account.entity';
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
import { MunicipalityEntity } from '../modules/territory/municipality.entity';
import { RegionEntity } from '../modules/territory/region.entity';

/** Every entity, in one list: the DataSource, migrations and the drift check read it. */
export const ENTITIES = [
  RegionEntity,
  MunicipalityEntity,
  OrganizationEntity,
  OrganizationStatusEntity,
  PersonEntity,
  PositionEntity,
  AccountEntity,
  RoleGrantEntity,
  SessionEntity,
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
];
