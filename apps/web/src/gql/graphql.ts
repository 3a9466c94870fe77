/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: any; output: any; }
};

/** An open session of the signed-in account */
export type AccountSession = {
  __typename?: 'AccountSession';
  createdAt: Scalars['DateTime']['output'];
  /** The session this request came with */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The client address it was opened from */
  ip?: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type AddInternshipSessionInput = {
  cohortId: Scalars['ID']['input'];
  /** ISO date-time */
  endsAt: Scalars['String']['input'];
  masterPersonId?: InputMaybe<Scalars['ID']['input']>;
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** ISO date-time */
  startsAt: Scalars['String']['input'];
  topic: Scalars['String']['input'];
};

/** Соглашение / договор о сетевом взаимодействии */
export type Agreement = {
  __typename?: 'Agreement';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  endsOn?: Maybe<Scalars['String']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  fileSize?: Maybe<Scalars['Int']['output']>;
  fileType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Демонстрационные данные: номер, дата или срок придуманы для демо, в исходных программах их нет */
  illustrative: Scalars['Boolean']['output'];
  /** Active and ending within the warning period */
  isExpiring: Scalars['Boolean']['output'];
  kind: AgreementKind;
  networkId: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  parties: Array<NetworkOrganization>;
  /** YYYY-MM-DD */
  signedOn: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type AgreementFile = {
  __typename?: 'AgreementFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  fileType: Scalars['String']['output'];
};

export type AgreementFileInput = {
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};

/** Вид соглашения */
export type AgreementKind =
  | 'COOPERATION'
  | 'NETWORK_INTERACTION'
  | 'PARTNERSHIP';

export type AnswerSurveyInput = {
  answers: Array<SurveyAnswerInput>;
  mentorshipId: Scalars['ID']['input'];
  surveyId: Scalars['ID']['input'];
};

export type ArchiveFilter =
  | 'ACTIVE'
  | 'ALL'
  | 'ARCHIVED';

export type AreaInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Order within the parent; new entries go last */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Проект распределения наставляемых по наставникам программы */
export type AssignmentPlan = {
  __typename?: 'AssignmentPlan';
  assignedCount: Scalars['Int']['output'];
  /** The caller manages the programme: may edit, publish and discard the plan */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Total fit a greedy assignment reached on the same cohort */
  greedyScore?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Best fit first; mentees without a mentor last */
  items: Array<AssignmentPlanItem>;
  menteeCount: Scalars['Int']['output'];
  /** The mentors one may choose, with places left after the plan (for one plan at a time) */
  mentors: Array<AssignmentPlanMentor>;
  program: MentoringProgram;
  programId: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: AssignmentPlanStatus;
  /** Total fit of the plan as it stands */
  totalScore: Scalars['Float']['output'];
};

/** Наставляемый и предложенный (или выбранный вручную) наставник */
export type AssignmentPlanItem = {
  __typename?: 'AssignmentPlanItem';
  id: Scalars['ID']['output'];
  isManual: Scalars['Boolean']['output'];
  mentee: PersonCard;
  menteePersonId: Scalars['ID']['output'];
  mentor?: Maybe<PersonCard>;
  mentorPersonId?: Maybe<Scalars['ID']['output']>;
  planId: Scalars['ID']['output'];
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

/** A mentor one may choose in the plan, with the places left */
export type AssignmentPlanMentor = {
  __typename?: 'AssignmentPlanMentor';
  capacity: Scalars['Int']['output'];
  /** Places left after the plan */
  freePlaces: Scalars['Int']['output'];
  /** Mentees given to this mentor in the plan */
  inPlan: Scalars['Int']['output'];
  /** Mentees now, all programmes */
  load: Scalars['Int']['output'];
  person: PersonCard;
};

export type AssignmentPlanStatus =
  | 'DISCARDED'
  | 'DRAFT'
  | 'PUBLISHED';

/** ШМО, РМО, ПОС, рабочая или творческая группа, координационный совет */
export type Association = {
  __typename?: 'Association';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller may change it */
  canEdit: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** The organisation, municipality or network it belongs to */
  host: AssociationHost;
  id: Scalars['ID']['output'];
  kind: AssociationKind;
  /** Newest first */
  meetings: Array<AssociationMeeting>;
  memberCount: Scalars['Int']['output'];
  /** Head first */
  members: Array<AssociationMember>;
  municipalityId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  networkId?: Maybe<Scalars['ID']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  subject?: Maybe<Scalars['String']['output']>;
};

export type AssociationConnection = {
  __typename?: 'AssociationConnection';
  nodes: Array<Association>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssociationFilter = {
  archived?: ArchiveFilter;
  kind?: InputMaybe<AssociationKind>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AssociationHost = {
  __typename?: 'AssociationHost';
  id: Scalars['ID']['output'];
  /** organization, municipality or network */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Вид объединения */
export type AssociationKind =
  | 'COORDINATION_COUNCIL'
  | 'CREATIVE_GROUP'
  | 'DISTRICT_SUBJECT'
  | 'LEARNING_COMMUNITY'
  | 'NETWORK_PEDAGOGICAL'
  | 'SCHOOL_SUBJECT'
  | 'WORKING_GROUP';

/** Заседание и его протокол */
export type AssociationMeeting = {
  __typename?: 'AssociationMeeting';
  agenda: Scalars['String']['output'];
  attendeeCount: Scalars['Int']['output'];
  attendeeIds: Array<Scalars['ID']['output']>;
  attendees: Array<PersonCard>;
  decisions: Scalars['String']['output'];
  format: MeetingFormat;
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AssociationMeetingInput = {
  agenda: Scalars['String']['input'];
  attendeeIds?: Array<Scalars['ID']['input']>;
  decisions?: Scalars['String']['input'];
  format?: MeetingFormat;
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['input'];
};

export type AssociationMember = {
  __typename?: 'AssociationMember';
  id: Scalars['ID']['output'];
  person: PersonCard;
  personId: Scalars['ID']['output'];
  role: AssociationRole;
};

export type AssociationMemberInput = {
  personId: Scalars['ID']['input'];
  role?: AssociationRole;
};

/** Order of the Association list; ties are broken by id */
export type AssociationOrder = {
  direction: SortDirection;
  field: AssociationOrderField;
};

export type AssociationOrderField =
  | 'HOST'
  | 'KIND'
  | 'MEMBER_COUNT'
  | 'NAME';

export type AssociationRole =
  | 'DEPUTY'
  | 'HEAD'
  | 'MEMBER'
  | 'SECRETARY';

/** One row of the audit log (152-ФЗ art. 19) */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** Null for the system and the CLI */
  actorAccountId?: Maybe<Scalars['ID']['output']>;
  actorLogin?: Maybe<Scalars['String']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  /** The row after the change (or what was read), as JSON */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The row before the change, as JSON */
  before?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The people whose data the action concerned */
  people: Array<AuditPerson>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditLogFilter = {
  /** read, read-list, create, update, login… */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Rows written by this account */
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** From this moment (ISO date or date-time), inclusive */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Rows that concern this person (their card, lists that returned them, changes naming them) */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to this moment (ISO date-time, exclusive) or to the end of this day (ISO date) */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Order of the Audit list; ties are broken by id */
export type AuditOrder = {
  direction: SortDirection;
  field: AuditOrderField;
};

export type AuditOrderField =
  | 'ACTION'
  | 'ACTOR'
  | 'AT'
  | 'ENTITY';

/** A person an audit row concerns */
export type AuditPerson = {
  __typename?: 'AuditPerson';
  /** Null when the person no longer exists */
  fullName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

export type CalendarFilter = {
  /** Addresses this competence (by its code across framework versions) */
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EventKind>;
  /** Hosted by this municipality or by an organisation in it */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Hosted by this network */
  networkId?: InputMaybe<Scalars['ID']['input']>;
};

/** Values of the filters that the caller’s visible events use */
export type CalendarFilterOptions = {
  __typename?: 'CalendarFilterOptions';
  competences: Array<CalendarOption>;
  municipalities: Array<CalendarOption>;
  networks: Array<CalendarOption>;
};

/** Одно проведение мероприятия в календаре (серия развёрнута, исключения учтены) */
export type CalendarOccurrence = {
  __typename?: 'CalendarOccurrence';
  /** All-day (a date or a period) or timed */
  allDay: Scalars['Boolean']['output'];
  cancelled: Scalars['Boolean']['output'];
  /** Last day (inclusive) when all-day, an ISO instant otherwise */
  endsAt?: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  /** Stable: the event id, or `<event id>_<generated date>` for an occurrence of a series */
  id: Scalars['ID']['output'];
  kind: EventKind;
  periodLabel?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD when all-day, an ISO instant otherwise */
  startsAt: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type CalendarOption = {
  __typename?: 'CalendarOption';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Подписка на календарь (iCal) с фильтром; сама ссылка показывается один раз */
export type CalendarSubscription = {
  __typename?: 'CalendarSubscription';
  competenceId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The filter in words («Сеть: …; Вид: …»); empty: every visible event */
  filterLabel: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind?: Maybe<EventKind>;
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  municipalityId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  networkId?: Maybe<Scalars['ID']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CalendarSubscriptionCreated = {
  __typename?: 'CalendarSubscriptionCreated';
  /** Path of the feed (`/ical/<secret>.ics`) relative to the site; shown once, only its hash is kept */
  path: Scalars['String']['output'];
  subscription: CalendarSubscription;
};

export type CampaignComparison = {
  __typename?: 'CampaignComparison';
  after: DeficitCampaign;
  before: DeficitCampaign;
  rows: Array<CampaignComparisonRow>;
};

/** Before/after: the same competence codes in two campaigns, for one person, one organisation or everyone in the scope */
export type CampaignComparisonInput = {
  afterCampaignId: Scalars['ID']['input'];
  beforeCampaignId: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};

/** One competence code before and after: people assessed in both, mean score, share with a deficit (%) */
export type CampaignComparisonRow = {
  __typename?: 'CampaignComparisonRow';
  afterDeficitShare?: Maybe<Scalars['Float']['output']>;
  /** One person: the level after */
  afterLevel?: Maybe<CompetenceLevel>;
  afterMean?: Maybe<Scalars['Float']['output']>;
  areaName: Scalars['String']['output'];
  assessed: Scalars['Int']['output'];
  beforeDeficitShare?: Maybe<Scalars['Float']['output']>;
  /** One person: the level before */
  beforeLevel?: Maybe<CompetenceLevel>;
  beforeMean?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  /** afterMean − beforeMean */
  delta?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
};

export type CampaignFilter = {
  /** Include archived campaigns */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  instrumentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CampaignStatus>;
};

export type CampaignMode =
  | 'COMBINED'
  | 'EXPERT'
  | 'EXTERNAL'
  | 'SELF';

/** Order of the Campaign list; ties are broken by id */
export type CampaignOrder = {
  direction: SortDirection;
  field: CampaignOrderField;
};

export type CampaignOrderField =
  | 'MODE'
  | 'NAME'
  | 'OPENS_ON'
  | 'PARTICIPANTS'
  | 'SCOPE'
  | 'STATUS'
  | 'SUBMITTED';

export type CampaignScopeKind =
  | 'MUNICIPALITY'
  | 'NETWORK'
  | 'ORGANIZATIONS';

export type CampaignStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type CertificateStatus =
  | 'REVOKED'
  | 'VALID';

/** What a certificate states, for the public verification page */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  endsOn: Scalars['String']['output'];
  holderName: Scalars['String']['output'];
  hours: Scalars['Float']['output'];
  issuedOn: Scalars['String']['output'];
  issuerName: Scalars['String']['output'];
  number: Scalars['String']['output'];
  programTitle: Scalars['String']['output'];
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  siteTitle: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
  status: CertificateStatus;
};

export type ChangePasswordInput = {
  newPassword: Scalars['String']['input'];
  /** The current password */
  oldPassword: Scalars['String']['input'];
};

export type CombineRule =
  | 'EXPERT_FIRST'
  | 'MIN'
  | 'WEIGHTED';

/** Компетенция; её код сохраняется во всех версиях рамки */
export type Competence = {
  __typename?: 'Competence';
  areaId: Scalars['ID']['output'];
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  indicators: Array<CompetenceIndicator>;
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

/** Область компетенций */
export type CompetenceArea = {
  __typename?: 'CompetenceArea';
  code: Scalars['String']['output'];
  competences: Array<Competence>;
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

/** Индикатор (наблюдаемый признак) компетенции */
export type CompetenceIndicator = {
  __typename?: 'CompetenceIndicator';
  code: Scalars['String']['output'];
  competenceId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

export type CompetenceInput = {
  /** Move to another area of the same framework (update only) */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  code: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Order within the parent; new entries go last */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type CompetenceLevel =
  | 'DEFICIT'
  | 'NORM'
  | 'PROFICIT';

export type CompetenceProfileItem = {
  __typename?: 'CompetenceProfileItem';
  campaignId: Scalars['ID']['output'];
  campaignName: Scalars['String']['output'];
  competence: DeficitCompetence;
  frameworkId: Scalars['ID']['output'];
  level: CompetenceLevel;
  measuredOn: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  source: ResultSource;
};

/** Результат педагога по компетенции */
export type CompetenceResult = {
  __typename?: 'CompetenceResult';
  campaignId: Scalars['ID']['output'];
  campaignName?: Maybe<Scalars['String']['output']>;
  competenceCode: Scalars['String']['output'];
  competenceId: Scalars['ID']['output'];
  competenceName: Scalars['String']['output'];
  level: CompetenceLevel;
  measuredOn: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** 0–100 % */
  score: Scalars['Float']['output'];
  source: ResultSource;
};

/** Рамка компетенций: области → компетенции → индикаторы; версия действующей рамки не изменяется */
export type CompetencyFramework = {
  __typename?: 'CompetencyFramework';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  areas: Array<CompetenceArea>;
  /** The caller may change the content now: a draft outside the archive, and the permission */
  canEdit: Scalars['Boolean']['output'];
  /** The caller may archive, restore and version this framework */
  canManage: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  competenceCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  previousVersionId?: Maybe<Scalars['ID']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: VersionStatus;
  version: Scalars['Int']['output'];
};

export type CompetencyFrameworkConnection = {
  __typename?: 'CompetencyFrameworkConnection';
  nodes: Array<CompetencyFramework>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouncilDecision = {
  __typename?: 'CouncilDecision';
  id: Scalars['ID']['output'];
  /** The plan item made from this decision */
  planItemId?: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** Заседание координационного совета */
export type CouncilMeeting = {
  __typename?: 'CouncilMeeting';
  agenda: Array<Scalars['String']['output']>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  decisions: Array<CouncilDecision>;
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  planId: Scalars['ID']['output'];
};

export type CouncilMeetingInput = {
  agenda: Array<Scalars['String']['input']>;
  decisions?: Array<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['input'];
};

export type CreateAgreementInput = {
  /** YYYY-MM-DD; empty for an open-ended term */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind: AgreementKind;
  number: Scalars['String']['input'];
  /** Parties: member organisations of the network, at least two */
  partyOrganizationIds: Array<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  signedOn: Scalars['String']['input'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

export type CreateAssignmentPlanInput = {
  /** The cohort; by default the programme’s people with a deficit and no pair in it yet */
  menteePersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  preferences?: InputMaybe<MatchPreferencesInput>;
};

export type CreateAssociationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  kind: AssociationKind;
  /** …or a municipality (РМО)… */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** …or a network (network associations, councils) */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Host: an organisation (ШМО, groups)… */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Предмет (для ШМО и РМО) */
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCalendarSubscriptionInput = {
  filter?: InputMaybe<CalendarFilter>;
  name: Scalars['String']['input'];
};

export type CreateCampaignInput = {
  /** YYYY-MM-DD */
  closesOn: Scalars['String']['input'];
  /** COMBINED only */
  combineRule?: InputMaybe<CombineRule>;
  description?: InputMaybe<Scalars['String']['input']>;
  instrumentId: Scalars['ID']['input'];
  /** Audience: at most this many years of experience */
  maxExperienceYears?: InputMaybe<Scalars['Int']['input']>;
  mode: CampaignMode;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  opensOn: Scalars['String']['input'];
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  scopeKind: CampaignScopeKind;
  /** WEIGHTED: weight of self-assessment, % (50 when not given) */
  selfWeight?: InputMaybe<Scalars['Int']['input']>;
  subjects?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateEventInput = {
  actualResult?: Scalars['String']['input'];
  audience?: Scalars['String']['input'];
  audienceTarget?: InputMaybe<EventAudienceTarget>;
  /** Registration cap; null: no cap */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  competenceIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  /** HH:MM, Moscow time */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; the start day when not given */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** Academic hours per attended occurrence (professional-development record); null: none */
  hours?: InputMaybe<Scalars['Float']['input']>;
  kind: EventKind;
  /** …or a municipality */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Host: a network… */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** …or an organisation… */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Organising organisations */
  organizerIds?: Array<Scalars['ID']['input']>;
  /** A period as written («октябрь 2026»), timing PERIOD */
  periodLabel?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  plannedResult?: Scalars['String']['input'];
  registrationOpen?: Scalars['Boolean']['input'];
  /** Responsible people */
  responsibleIds?: Array<Scalars['ID']['input']>;
  /** Responsible as the source writes them */
  responsibleNote?: Scalars['String']['input'];
  /** Makes it a recurring series */
  series?: InputMaybe<EventSeriesInput>;
  /** HH:MM, Moscow time (timing DATE_TIME) */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD: the day, or the first day of the period */
  startsOn: Scalars['String']['input'];
  status?: EventStatus;
  timing?: EventTiming;
  title: Scalars['String']['input'];
};

export type CreateFrameworkInput = {
  code: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateInstrumentInput = {
  code: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  /** A published competency framework */
  frameworkId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type CreateInternshipCohortInput = {
  capacity: Scalars['Int']['input'];
  /** YYYY-MM-DD */
  endsOn: Scalars['String']['input'];
  /** Completion rule: the least share of sessions attended, % */
  minAttendancePercent?: Scalars['Int']['input'];
  programId: Scalars['ID']['input'];
  /** Completion rule: the final product must be accepted */
  requireFinalProduct?: Scalars['Boolean']['input'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
  trackId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateMentorshipInput = {
  endsOn?: InputMaybe<Scalars['String']['input']>;
  form: MentoringForm;
  goals?: Scalars['String']['input'];
  menteeIds: Array<Scalars['ID']['input']>;
  /** «Школа – школе»: the supported organisation */
  menteeOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  mentorIds: Array<Scalars['ID']['input']>;
  /** «Школа – школе»: the supporting organisation */
  mentorOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
};

export type CreateNetworkInput = {
  /** Организация-координатор (становится участником сети) */
  coordinatorOrganizationId: Scalars['ID']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  goals?: Scalars['String']['input'];
  model: NetworkModel;
  name: Scalars['String']['input'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
};

export type CreateOrganizationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Код в реестре муниципалитета */
  externalId?: InputMaybe<Scalars['String']['input']>;
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** ИНН: 10 цифр с контрольной */
  inn?: InputMaybe<Scalars['String']['input']>;
  kind: OrganizationKind;
  municipalityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the statuses when given */
  statuses?: InputMaybe<Array<OrganizationStatusInput>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A school’s self-diagnostics entered by its staff */
export type CreateOrganizationSelfDiagnosisInput = {
  /** YYYY-MM-DD */
  conductedOn: Scalars['String']['input'];
  entries: Array<SelfDiagnosisEntryInput>;
  frameworkId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  summary?: Scalars['String']['input'];
};

export type CreatePersonInput = {
  /** YYYY-MM-DD */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Педагогический стаж, лет */
  experienceYears?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  isMasterTeacher?: InputMaybe<Scalars['Boolean']['input']>;
  lastName: Scalars['String']['input'];
  middleName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the positions when given */
  positions?: InputMaybe<Array<PositionInput>>;
  qualificationCategory?: InputMaybe<QualificationCategory>;
  subjects?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreatePlanInput = {
  /** YYYY-MM-DD */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind: PlanKind;
  /** …or a municipality… */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** …or a network */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Owner: an organisation… */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The period as written («2020–2021 учебный год») */
  periodText?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlanStatus>;
  title: Scalars['String']['input'];
};

export type CreatePlanItemInput = {
  actualResult?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  participantOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  participantPersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  participantsText?: InputMaybe<Scalars['String']['input']>;
  /** «Сроки» as written */
  periodText?: InputMaybe<Scalars['String']['input']>;
  /** Position within the stage; unique there */
  position?: InputMaybe<Scalars['Int']['input']>;
  responsibleOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the responsible people when given */
  responsiblePersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  /** Move to another stage of the same plan (appended at its end) */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** Set by hand (a linked mentorship or campaign overrides it) */
  status?: InputMaybe<PlanItemStatus>;
  title: Scalars['String']['input'];
};

export type CreateProgramInput = {
  /** Куратор программы */
  coordinatorPersonId?: InputMaybe<Scalars['ID']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  forms: Array<MentoringForm>;
  goals?: InputMaybe<Scalars['String']['input']>;
  model: MentoringModel;
  name: Scalars['String']['input'];
  /** …or a network */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Host: an organisation… */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
};

export type CreateRouteInput = {
  /** …or a group route of this association */
  associationId?: InputMaybe<Scalars['ID']['input']>;
  /** The diagnostics the route is built from (baseline scores) */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The competences (deficits) the route addresses */
  competenceIds: Array<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  endsOn: Scalars['String']['input'];
  goal?: InputMaybe<Scalars['String']['input']>;
  /** Responsible organisation; defaults to the person’s main workplace or the group’s host */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** An individual route of this person… */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateStagingSiteInput = {
  /** Компетенции, которые развивает площадка */
  competenceIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  endsOn: Scalars['String']['input'];
  /** Руководитель площадки */
  headPersonId?: InputMaybe<Scalars['ID']['input']>;
  kind: StagingSiteKind;
  level: StagingSiteLevel;
  /** Рабочая группа: педагоги-мастера */
  masterIds?: Array<Scalars['ID']['input']>;
  /** Дата приказа, как в документе */
  orderDate?: InputMaybe<Scalars['String']['input']>;
  /** Номер приказа о создании площадки */
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  /** Организация, на базе которой работает площадка */
  organizationId: Scalars['ID']['input'];
  startsOn: Scalars['String']['input'];
  theme: Scalars['String']['input'];
};

export type CreateSurveyInput = {
  /** true: at the end; false: mid-way */
  isFinal?: Scalars['Boolean']['input'];
  questions: Array<SurveyQuestionInput>;
  title: Scalars['String']['input'];
};

/** Перекрёстная проверка диагностических работ (мероприятие вида PAPER_CROSS_CHECK) */
export type CrossCheck = {
  __typename?: 'CrossCheck';
  /** The caller may change it (`event.manage`) */
  canEdit: Scalars['Boolean']['output'];
  eventId: Scalars['ID']['output'];
  expertPairs: Array<CrossCheckExpertPair>;
  protocol: Array<CrossCheckProtocolRow>;
  schoolPairs: Array<CrossCheckSchoolPair>;
};

export type CrossCheckExpert = {
  __typename?: 'CrossCheckExpert';
  fullName: Scalars['String']['output'];
  organizationName?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
};

export type CrossCheckExpertPair = {
  __typename?: 'CrossCheckExpertPair';
  /** Null when the person lies outside what the caller may see */
  first?: Maybe<CrossCheckExpert>;
  id: Scalars['ID']['output'];
  second?: Maybe<CrossCheckExpert>;
  subject: Scalars['String']['output'];
};

export type CrossCheckExpertPairInput = {
  firstPersonId: Scalars['ID']['input'];
  secondPersonId: Scalars['ID']['input'];
  subject?: Scalars['String']['input'];
};

export type CrossCheckInput = {
  expertPairs: Array<CrossCheckExpertPairInput>;
  protocol: Array<CrossCheckProtocolRowInput>;
  schoolPairs: Array<CrossCheckSchoolPairInput>;
};

/** Строка протокола расхождений: предмет, класс, число работ и расхождений */
export type CrossCheckProtocolRow = {
  __typename?: 'CrossCheckProtocolRow';
  comment: Scalars['String']['output'];
  discrepancyCount: Scalars['Int']['output'];
  grade: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Invented for the demo */
  illustrative: Scalars['Boolean']['output'];
  paperCount: Scalars['Int']['output'];
  subject: Scalars['String']['output'];
};

export type CrossCheckProtocolRowInput = {
  comment?: Scalars['String']['input'];
  discrepancyCount: Scalars['Int']['input'];
  grade: Scalars['Int']['input'];
  paperCount: Scalars['Int']['input'];
  subject: Scalars['String']['input'];
};

/** Работы школы `from` проверяет школа `checker` */
export type CrossCheckSchoolPair = {
  __typename?: 'CrossCheckSchoolPair';
  checkerName: Scalars['String']['output'];
  checkerOrganizationId: Scalars['ID']['output'];
  fromName: Scalars['String']['output'];
  fromOrganizationId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
};

export type CrossCheckSchoolPairInput = {
  /** The school that checks them */
  checkerOrganizationId: Scalars['ID']['input'];
  /** The school whose papers are checked */
  fromOrganizationId: Scalars['ID']['input'];
};

export type DeclineInternshipApplicationInput = {
  applicationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type DeficitArea = {
  __typename?: 'DeficitArea';
  code: Scalars['String']['output'];
  competences: Array<DeficitCompetence>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A campaign with results the caller sees */
export type DeficitCampaign = {
  __typename?: 'DeficitCampaign';
  closesOn: Scalars['String']['output'];
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  status: CampaignStatus;
};

/** A competence as the deficit views show it, with its area */
export type DeficitCompetence = {
  __typename?: 'DeficitCompetence';
  areaCode: Scalars['String']['output'];
  areaId: Scalars['ID']['output'];
  areaName: Scalars['String']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DeficitFramework = {
  __typename?: 'DeficitFramework';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A framework to pick, with its competences grouped by area */
export type DeficitFrameworkOption = {
  __typename?: 'DeficitFrameworkOption';
  areas: Array<DeficitArea>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DeficitHeatmap = {
  __typename?: 'DeficitHeatmap';
  /** Columns, grouped by area */
  areas: Array<DeficitArea>;
  campaign?: Maybe<DeficitCampaign>;
  cells: Array<HeatmapCell>;
  framework: DeficitFramework;
  level: HeatmapLevel;
  rows: Array<HeatmapRow>;
};

/** Drill-down: the people behind one cell */
export type DeficitHeatmapCell = {
  __typename?: 'DeficitHeatmapCell';
  competence: DeficitCompetence;
  organization: DeficitPlace;
  people: Array<HeatmapCellPerson>;
};

/** What the heatmap covers: a region (rows: its municipalities), or a municipality, some organisations or a network (rows: organisations). None: municipalities in the scope. */
export type DeficitHeatmapInput = {
  /** None: the latest result of each person */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  frameworkId: Scalars['ID']['input'];
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the deficit views can be built on for the caller */
export type DeficitOptions = {
  __typename?: 'DeficitOptions';
  campaigns: Array<DeficitCampaign>;
  frameworks: Array<DeficitFrameworkOption>;
  municipalities: Array<DeficitPlace>;
  networks: Array<DeficitPlace>;
};

/** A municipality, organisation or network to pick */
export type DeficitPlace = {
  __typename?: 'DeficitPlace';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DiagnosticAnswer = {
  __typename?: 'DiagnosticAnswer';
  itemId: Scalars['ID']['output'];
  option?: Maybe<Scalars['String']['output']>;
  options?: Maybe<Array<Scalars['String']['output']>>;
  scale?: Maybe<Scalars['Int']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

/** One answer: `scale` for SCALE, `option` for SINGLE_CHOICE, `options` for MULTIPLE_CHOICE, `text` for TEXT */
export type DiagnosticAnswerInput = {
  itemId: Scalars['ID']['input'];
  option?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  scale?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type DiagnosticAnswersInput = {
  answers: Array<DiagnosticAnswerInput>;
  participantId: Scalars['ID']['input'];
  role: ResponseRole;
};

/** Диагностика (мониторинг затруднений): методика, охват, аудитория, сроки */
export type DiagnosticCampaign = {
  __typename?: 'DiagnosticCampaign';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller runs this campaign (may change, open, close, import, see all participants) */
  canEdit: Scalars['Boolean']['output'];
  closesOn: Scalars['String']['output'];
  combineRule?: Maybe<CombineRule>;
  description: Scalars['String']['output'];
  expertSubmittedCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  instrumentId: Scalars['ID']['output'];
  instrumentName: Scalars['String']['output'];
  maxExperienceYears?: Maybe<Scalars['Int']['output']>;
  mode: CampaignMode;
  municipalityId?: Maybe<Scalars['ID']['output']>;
  municipalityName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  networkId?: Maybe<Scalars['ID']['output']>;
  networkName?: Maybe<Scalars['String']['output']>;
  opensOn: Scalars['String']['output'];
  /** ORGANIZATIONS scope: the organisations */
  organizationIds: Array<Scalars['ID']['output']>;
  /** ORGANIZATIONS scope: the organisations with names */
  organizations: Array<DiagnosticCampaignOrganization>;
  participantsCount: Scalars['Int']['output'];
  /** People with results */
  resultsCount: Scalars['Int']['output'];
  scopeKind: CampaignScopeKind;
  selfSubmittedCount: Scalars['Int']['output'];
  selfWeight: Scalars['Int']['output'];
  status: CampaignStatus;
  subjects: Array<Scalars['String']['output']>;
};

export type DiagnosticCampaignConnection = {
  __typename?: 'DiagnosticCampaignConnection';
  nodes: Array<DiagnosticCampaign>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DiagnosticCampaignOrganization = {
  __typename?: 'DiagnosticCampaignOrganization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Анкета участника: вопросы, сохранённые ответы, состояние */
export type DiagnosticForm = {
  __typename?: 'DiagnosticForm';
  answers: Array<DiagnosticAnswer>;
  /** Why the form cannot be filled now (not open yet, closed, late, already submitted); null: it can */
  blockedReason?: Maybe<Scalars['String']['output']>;
  campaignId: Scalars['ID']['output'];
  campaignName: Scalars['String']['output'];
  closesOn: Scalars['String']['output'];
  instructions: Scalars['String']['output'];
  instrumentName: Scalars['String']['output'];
  items: Array<DiagnosticFormItem>;
  opensOn: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  participantId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  role: ResponseRole;
  savedAt?: Maybe<Scalars['DateTime']['output']>;
  status?: Maybe<ResponseStatus>;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Вопрос анкеты */
export type DiagnosticFormItem = {
  __typename?: 'DiagnosticFormItem';
  competenceCode: Scalars['String']['output'];
  competenceId: Scalars['ID']['output'];
  competenceName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DiagnosticItemKind;
  options: Array<DiagnosticFormOption>;
  position: Scalars['Int']['output'];
  /** Scored items must be answered before submitting */
  required: Scalars['Boolean']['output'];
  scaleMax?: Maybe<Scalars['Int']['output']>;
  scaleMin?: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
};

/** Вариант ответа (без балла: отвечающий его не видит) */
export type DiagnosticFormOption = {
  __typename?: 'DiagnosticFormOption';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Диагностическая методика банка: задания по компетенциям одной рамки, правила подсчёта и пороги */
export type DiagnosticInstrument = {
  __typename?: 'DiagnosticInstrument';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller may change the content now: a draft outside the archive, and the permission */
  canEdit: Scalars['Boolean']['output'];
  /** The caller may archive, restore and version this instrument */
  canManage: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  framework: CompetencyFramework;
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  itemCount: Scalars['Int']['output'];
  /** In order of position */
  items: Array<DiagnosticItem>;
  name: Scalars['String']['output'];
  previousVersionId?: Maybe<Scalars['ID']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  scoringRules: Array<DiagnosticScoringRule>;
  status: VersionStatus;
  version: Scalars['Int']['output'];
};

export type DiagnosticInstrumentConnection = {
  __typename?: 'DiagnosticInstrumentConnection';
  nodes: Array<DiagnosticInstrument>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Действующая методика для диагностики */
export type DiagnosticInstrumentOption = {
  __typename?: 'DiagnosticInstrumentOption';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  itemsCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Задание методики */
export type DiagnosticItem = {
  __typename?: 'DiagnosticItem';
  competence: Competence;
  competenceId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  instrumentId: Scalars['ID']['output'];
  kind: DiagnosticItemKind;
  options: Array<DiagnosticItemOption>;
  position: Scalars['Int']['output'];
  scaleMax?: Maybe<Scalars['Int']['output']>;
  scaleMin?: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type DiagnosticItemKind =
  | 'MULTIPLE_CHOICE'
  | 'SCALE'
  | 'SINGLE_CHOICE'
  | 'TEXT';

/** Вариант ответа с баллом */
export type DiagnosticItemOption = {
  __typename?: 'DiagnosticItemOption';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

/** Участник диагностики и состояние его анкет */
export type DiagnosticParticipant = {
  __typename?: 'DiagnosticParticipant';
  campaignId: Scalars['ID']['output'];
  expertStatus?: Maybe<ResponseStatus>;
  expertSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** null: not started */
  selfStatus?: Maybe<ResponseStatus>;
  selfSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type DiagnosticParticipantConnection = {
  __typename?: 'DiagnosticParticipantConnection';
  nodes: Array<DiagnosticParticipant>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Результаты одного педагога в диагностике */
export type DiagnosticPersonResults = {
  __typename?: 'DiagnosticPersonResults';
  participant: DiagnosticParticipant;
  results: Array<CompetenceResult>;
};

export type DiagnosticPersonResultsConnection = {
  __typename?: 'DiagnosticPersonResultsConnection';
  nodes: Array<DiagnosticPersonResults>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Итог проверки или загрузки результатов внешней диагностики. Повторная загрузка обновляет результаты. При любой ошибке ничего не записывается. */
export type DiagnosticResultsImport = {
  __typename?: 'DiagnosticResultsImport';
  /** Новых результатов */
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  errors: Array<DiagnosticResultsImportError>;
  /** Новых участников */
  participantsAdded: Scalars['Int']['output'];
  /** Строк с данными */
  total: Scalars['Int']['output'];
  /** Обновлённых результатов */
  updated: Scalars['Int']['output'];
};

/** Ошибка в строке файла */
export type DiagnosticResultsImportError = {
  __typename?: 'DiagnosticResultsImportError';
  column?: Maybe<Scalars['String']['output']>;
  /** Номер строки, как в Excel (заголовок — строка 1) */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** Пустой шаблон XLSX для загрузки результатов */
export type DiagnosticResultsTemplate = {
  __typename?: 'DiagnosticResultsTemplate';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** Правило подсчёта балла компетенции (0–100 %) и пороги дефицита и профицита */
export type DiagnosticScoringRule = {
  __typename?: 'DiagnosticScoringRule';
  aggregation: ScoreAggregation;
  competence: Competence;
  competenceId: Scalars['ID']['output'];
  deficitBelow: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  instrumentId: Scalars['ID']['output'];
  proficitFrom: Scalars['Float']['output'];
};

/** The diary of a mentorship or a community, as the caller may see it */
export type Diary = {
  __typename?: 'Diary';
  /** The caller takes part and may write */
  canWrite: Scalars['Boolean']['output'];
  entries: Array<DiaryEntry>;
  /** Only entries shared with coordinators are shown */
  sharedOnly: Scalars['Boolean']['output'];
};

export type DiaryAnswer = {
  __typename?: 'DiaryAnswer';
  key: Scalars['String']['output'];
  /** The reflection prompt */
  prompt: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type DiaryAnswerInput = {
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** Запись «Дневника ПОС» */
export type DiaryEntry = {
  __typename?: 'DiaryEntry';
  answers: Array<DiaryAnswer>;
  author: PersonCard;
  authorPersonId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Written by the caller */
  mine: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
  visibility: DiaryVisibility;
  writtenOn: Scalars['String']['output'];
};

export type DiaryOwnerInput = {
  /** …or of an association (ПОС) */
  associationId?: InputMaybe<Scalars['ID']['input']>;
  /** The diary of a mentorship… */
  mentorshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type DiaryVisibility =
  | 'PARTICIPANTS'
  | 'SHARED';

/** Мероприятие сети, организации или муниципалитета (или серия повторяющихся) */
export type Event = {
  __typename?: 'Event';
  actualResult: Scalars['String']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Attendance facts: everyone’s to its managers and responsible people; one’s own to others */
  attendance: Array<EventAttendance>;
  /** The caller attended (an occurrence of) it */
  attended: Scalars['Boolean']['output'];
  audience: Scalars['String']['output'];
  audienceTarget?: Maybe<EventAudienceTarget>;
  /** The caller may change it (fields, series, materials) */
  canEdit: Scalars['Boolean']['output'];
  /** The caller may mark attendance (managers and responsible people) */
  canMarkAttendance: Scalars['Boolean']['output'];
  /** Registration cap; null: no cap */
  capacity?: Maybe<Scalars['Int']['output']>;
  competenceIds: Array<Scalars['ID']['output']>;
  competences: Array<EventCompetence>;
  description: Scalars['String']['output'];
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  endsOn: Scalars['String']['output'];
  /** Moved and cancelled occurrences of a series */
  exceptions: Array<EventException>;
  /** Everyone’s to its managers and responsible people; one’s own to others */
  feedback: Array<EventFeedback>;
  feedbackSummary: EventFeedbackSummary;
  /** The network, organisation or municipality it belongs to */
  host: EventHost;
  /** Academic hours per attended occurrence; null: the event gives no hours */
  hours?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  kind: EventKind;
  materials: Array<EventMaterial>;
  municipalityId?: Maybe<Scalars['ID']['output']>;
  /** The caller’s own registration */
  myRegistration?: Maybe<EventRegistration>;
  networkId?: Maybe<Scalars['ID']['output']>;
  /** One for a single event; a series’ occurrences with its exceptions applied */
  occurrences: Array<EventOccurrence>;
  onlineUrl?: Maybe<Scalars['String']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  organizers: Array<EventOrganizer>;
  /** The period as written («октябрь 2026») */
  periodLabel?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  plannedResult: Scalars['String']['output'];
  /** People registered now */
  registeredCount: Scalars['Int']['output'];
  registrationOpen: Scalars['Boolean']['output'];
  /** Why the caller cannot register now (null: can, or is registered) */
  registrationProblem?: Maybe<Scalars['String']['output']>;
  /** Everyone’s to its managers and responsible people; one’s own to others */
  registrations: Array<EventRegistration>;
  responsible: Array<EventResponsible>;
  /** Responsible as the source writes them */
  responsibleNote: Scalars['String']['output'];
  /** Grows on every change (iCal SEQUENCE) */
  revision: Scalars['Int']['output'];
  /** Seats left under the cap (null: no cap) */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  /** Set for a recurring series */
  series?: Maybe<EventSeriesRule>;
  /** Which plan or calendar a seeded event comes from */
  source?: Maybe<Scalars['String']['output']>;
  /** Last day of the last occurrence */
  spanEndsOn: Scalars['String']['output'];
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  startsOn: Scalars['String']['output'];
  status: EventStatus;
  timing: EventTiming;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Факт посещения: человек был на мероприятии (на этом проведении серии) */
export type EventAttendance = {
  __typename?: 'EventAttendance';
  id: Scalars['ID']['output'];
  markedAt: Scalars['DateTime']['output'];
  occurrenceDate: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
};

export type EventAttendanceInput = {
  /** true: attended; false: remove the mark */
  attended: Scalars['Boolean']['input'];
  /** The occurrence of a series; a single event’s own date when not given */
  occurrenceDate?: InputMaybe<Scalars['String']['input']>;
  personIds: Array<Scalars['ID']['input']>;
};

export type EventAudienceTarget =
  | 'ADMINISTRATORS'
  | 'MENTORS'
  | 'METHODISTS'
  | 'SUBJECT_TEACHERS'
  | 'TEACHERS'
  | 'YOUNG_TEACHERS';

export type EventCompetence = {
  __typename?: 'EventCompetence';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type EventConnection = {
  __typename?: 'EventConnection';
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Исключение серии: проведение перенесено или отменено */
export type EventException = {
  __typename?: 'EventException';
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EventExceptionKind;
  note: Scalars['String']['output'];
  occurrenceDate: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  startsOn?: Maybe<Scalars['String']['output']>;
};

/** Исключение серии: одно проведение перенесено или отменено */
export type EventExceptionInput = {
  /** HH:MM, Moscow time */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** MOVED: the new last day (the first when not given) */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind: EventExceptionKind;
  note?: Scalars['String']['input'];
  /** The occurrence (the date the rule generated) */
  occurrenceDate: Scalars['String']['input'];
  /** HH:MM, Moscow time */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** MOVED: the new first day */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

export type EventExceptionKind =
  | 'CANCELLED'
  | 'MOVED';

/** Короткий отзыв участника */
export type EventFeedback = {
  __typename?: 'EventFeedback';
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  rating: Scalars['Int']['output'];
};

export type EventFeedbackInput = {
  comment?: Scalars['String']['input'];
  rating: Scalars['Int']['input'];
};

export type EventFeedbackSummary = {
  __typename?: 'EventFeedbackSummary';
  /** Average rating, null with no feedback */
  average?: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
};

export type EventFilter = {
  archived?: ArchiveFilter;
  /** Addresses this competence (by its code across framework versions) */
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  /** Events (any occurrence) ending on or after this date */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EventKind>;
  /** Hosted by this municipality or by an organisation in it */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  /** Hosted by this network */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Hosted or organised by this organisation */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EventStatus>;
  /** Events starting on or before this date */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type EventHost = {
  __typename?: 'EventHost';
  id: Scalars['ID']['output'];
  /** organization, municipality or network */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type EventInput = {
  actualResult?: Scalars['String']['input'];
  audience?: Scalars['String']['input'];
  audienceTarget?: InputMaybe<EventAudienceTarget>;
  /** Registration cap; null: no cap */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  competenceIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  /** HH:MM, Moscow time */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; the start day when not given */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** Academic hours per attended occurrence (professional-development record); null: none */
  hours?: InputMaybe<Scalars['Float']['input']>;
  kind: EventKind;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Organising organisations */
  organizerIds?: Array<Scalars['ID']['input']>;
  /** A period as written («октябрь 2026»), timing PERIOD */
  periodLabel?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  plannedResult?: Scalars['String']['input'];
  registrationOpen?: Scalars['Boolean']['input'];
  /** Responsible people */
  responsibleIds?: Array<Scalars['ID']['input']>;
  /** Responsible as the source writes them */
  responsibleNote?: Scalars['String']['input'];
  /** Makes it a recurring series */
  series?: InputMaybe<EventSeriesInput>;
  /** HH:MM, Moscow time (timing DATE_TIME) */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD: the day, or the first day of the period */
  startsOn: Scalars['String']['input'];
  status?: EventStatus;
  timing?: EventTiming;
  title: Scalars['String']['input'];
};

/** Вид мероприятия */
export type EventKind =
  | 'BUSINESS_GAME'
  | 'CONFERENCE'
  | 'CONTEST'
  | 'COORDINATION_COUNCIL'
  | 'CREATIVE_MEETING'
  | 'EXHIBITION'
  | 'FESTIVAL'
  | 'FLASH_MOB'
  | 'JOINT_TEACHERS_COUNCIL'
  | 'MARATHON'
  | 'MASTER_CLASS'
  | 'METHODOLOGICAL_SESSION'
  | 'OPEN_LESSON'
  | 'OTHER'
  | 'PAPER_CROSS_CHECK'
  | 'PEDAGOGICAL_LOUNGE'
  | 'PRACTICUM'
  | 'ROUND_TABLE'
  | 'SEMINAR'
  | 'TELEBRIDGE'
  | 'THEMATIC_CONSULTATION'
  | 'UNIFIED_METHODOLOGICAL_DAY'
  | 'WEBINAR'
  | 'WORKSHOP';

/** Материал мероприятия: ссылка или файл */
export type EventMaterial = {
  __typename?: 'EventMaterial';
  createdAt: Scalars['DateTime']['output'];
  fileName?: Maybe<Scalars['String']['output']>;
  fileSize?: Maybe<Scalars['Int']['output']>;
  fileType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EventMaterialKind;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type EventMaterialFile = {
  __typename?: 'EventMaterialFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  fileType: Scalars['String']['output'];
};

/** Материал: ссылка или файл (PDF, DOCX, PPTX, DOC, JPG, PNG до 10 МБ) */
export type EventMaterialInput = {
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  fileName?: InputMaybe<Scalars['String']['input']>;
  kind: EventMaterialKind;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type EventMaterialKind =
  | 'OTHER'
  | 'PHOTO_REPORT'
  | 'PRESENTATION'
  | 'SCENARIO';

/** Одно проведение мероприятия (серии — по правилу, с учётом исключений) */
export type EventOccurrence = {
  __typename?: 'EventOccurrence';
  cancelled: Scalars['Boolean']['output'];
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  endsOn: Scalars['String']['output'];
  moved: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
  /** Stable identity: the date the rule generated (the start for a single event) */
  occurrenceDate: Scalars['String']['output'];
  /** The event’s revision plus the exception’s (iCal SEQUENCE) */
  revision: Scalars['Int']['output'];
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  startsOn: Scalars['String']['output'];
};

/** Order of the Event list; ties are broken by id */
export type EventOrder = {
  direction: SortDirection;
  field: EventOrderField;
};

export type EventOrderField =
  | 'HOST'
  | 'KIND'
  | 'REGISTERED_COUNT'
  | 'STARTS_ON'
  | 'STATUS'
  | 'TITLE';

export type EventOrganizer = {
  __typename?: 'EventOrganizer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type EventRecurrence =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY';

/** Запись на мероприятие */
export type EventRegistration = {
  __typename?: 'EventRegistration';
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  person: PersonCard;
  personId: Scalars['ID']['output'];
  status: EventRegistrationStatus;
};

export type EventRegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED';

/** Ответственный за мероприятие */
export type EventResponsible = {
  __typename?: 'EventResponsible';
  person: PersonCard;
  personId: Scalars['ID']['output'];
};

/** Правило повторения: частота, интервал и число повторений или дата окончания */
export type EventSeriesInput = {
  /** How many occurrences (or until) */
  count?: InputMaybe<Scalars['Int']['input']>;
  frequency: EventRecurrence;
  interval?: Scalars['Int']['input'];
  /** The last possible date, YYYY-MM-DD (or count) */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** Правило повторения серии */
export type EventSeriesRule = {
  __typename?: 'EventSeriesRule';
  count?: Maybe<Scalars['Int']['output']>;
  frequency: EventRecurrence;
  interval: Scalars['Int']['output'];
  until?: Maybe<Scalars['String']['output']>;
};

export type EventStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED';

/** Дата, дата и время или период */
export type EventTiming =
  | 'DATE'
  | 'DATE_TIME'
  | 'PERIOD';

export type FinalProductStatus =
  | 'ACCEPTED'
  | 'NONE'
  | 'RETURNED'
  | 'SUBMITTED';

export type FixPlanVersionInput = {
  note?: InputMaybe<Scalars['String']['input']>;
};

export type FrameworkFilter = {
  archived?: ArchiveFilter;
  /** Part of the name or the code */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<VersionStatus>;
};

/** Order of the Framework list; ties are broken by id */
export type FrameworkOrder = {
  direction: SortDirection;
  field: FrameworkOrderField;
};

export type FrameworkOrderField =
  | 'CODE'
  | 'COMPETENCE_COUNT'
  | 'NAME'
  | 'STATUS';

/** One row × competence: people assessed, shares with a deficit and a proficit (%), mean score */
export type HeatmapCell = {
  __typename?: 'HeatmapCell';
  assessed: Scalars['Int']['output'];
  competenceId: Scalars['ID']['output'];
  deficitShare: Scalars['Float']['output'];
  deficits: Scalars['Int']['output'];
  meanScore: Scalars['Float']['output'];
  proficitShare: Scalars['Float']['output'];
  proficits: Scalars['Int']['output'];
  rowId: Scalars['ID']['output'];
};

export type HeatmapCellPerson = {
  __typename?: 'HeatmapCellPerson';
  campaignId: Scalars['ID']['output'];
  fullName: Scalars['String']['output'];
  level: CompetenceLevel;
  measuredOn: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  score: Scalars['Float']['output'];
  source: ResultSource;
};

/** Rows of a heatmap: municipalities or organisations */
export type HeatmapLevel =
  | 'MUNICIPALITY'
  | 'ORGANIZATION';

export type HeatmapRow = {
  __typename?: 'HeatmapRow';
  /** People assessed in any competence */
  assessed: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ImportDiagnosticResultsInput = {
  campaignId: Scalars['ID']['input'];
  /** Содержимое файла в base64, не больше 10 МБ */
  contentBase64: Scalars['String']['input'];
  /** true — только проверить, ничего не записывая */
  dryRun: Scalars['Boolean']['input'];
  /** Имя файла: .xlsx */
  fileName: Scalars['String']['input'];
};

export type ImportInstrumentInput = {
  code: Scalars['String']['input'];
  /** File content in base64, at most 10 MB */
  contentBase64: Scalars['String']['input'];
  /** true — only check and preview, write nothing */
  dryRun: Scalars['Boolean']['input'];
  /** File name: .xlsx */
  fileName: Scalars['String']['input'];
  frameworkId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type ImportRegistryInput = {
  /** Содержимое файла в base64, не больше 10 МБ */
  contentBase64: Scalars['String']['input'];
  /** true — только проверить и посчитать, ничего не записывая */
  dryRun: Scalars['Boolean']['input'];
  /** Имя файла: .xlsx или .csv */
  fileName: Scalars['String']['input'];
  kind: RegistryImportKind;
  /** true — загрузить строки без ошибок (одной транзакцией), а строки с ошибками пропустить; false — при любой ошибке ничего не записывать */
  onlyValidRows?: Scalars['Boolean']['input'];
};

/** Ошибка в строке файла */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Заголовок столбца; null — ошибка всей строки */
  column?: Maybe<Scalars['String']['output']>;
  /** Номер строки, как в Excel (заголовок — строка 1) */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type IndicatorInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Order within the parent; new entries go last */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type InstrumentFilter = {
  archived?: ArchiveFilter;
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name or the code */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<VersionStatus>;
};

/** Итог проверки или загрузки методики из XLSX; при любой ошибке ничего не записывается */
export type InstrumentImport = {
  __typename?: 'InstrumentImport';
  /** true — ничего не записано (проверка или файл с ошибками) */
  dryRun: Scalars['Boolean']['output'];
  /** Все ошибки по листам и строкам; пусто — файл можно загружать */
  errors: Array<InstrumentImportError>;
  /** The created draft (a real run without errors) */
  instrument?: Maybe<DiagnosticInstrument>;
  items: Array<InstrumentImportItem>;
  rules: Array<InstrumentImportRule>;
};

/** Ошибка в строке файла */
export type InstrumentImportError = {
  __typename?: 'InstrumentImportError';
  /** Заголовок столбца; null — ошибка всей строки */
  column?: Maybe<Scalars['String']['output']>;
  /** Номер строки, как в Excel (заголовок — строка 1) */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  /** Лист книги */
  sheet: Scalars['String']['output'];
};

/** Задание, прочитанное из файла */
export type InstrumentImportItem = {
  __typename?: 'InstrumentImportItem';
  competenceCode: Scalars['String']['output'];
  kind: DiagnosticItemKind;
  line: Scalars['Int']['output'];
  options: Array<DiagnosticItemOption>;
  position: Scalars['Int']['output'];
  scaleMax?: Maybe<Scalars['Int']['output']>;
  scaleMin?: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

/** Пороги, прочитанные из файла */
export type InstrumentImportRule = {
  __typename?: 'InstrumentImportRule';
  aggregation: ScoreAggregation;
  competenceCode: Scalars['String']['output'];
  deficitBelow: Scalars['Float']['output'];
  line: Scalars['Int']['output'];
  proficitFrom: Scalars['Float']['output'];
};

/** Order of the Instrument list; ties are broken by id */
export type InstrumentOrder = {
  direction: SortDirection;
  field: InstrumentOrderField;
};

export type InstrumentOrderField =
  | 'CODE'
  | 'FRAMEWORK'
  | 'ITEM_COUNT'
  | 'NAME'
  | 'STATUS';

/** Шаблон XLSX методики */
export type InstrumentTemplate = {
  __typename?: 'InstrumentTemplate';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** Заявка педагога в группу стажёров */
export type InternshipApplication = {
  __typename?: 'InternshipApplication';
  /** Whole percent of sessions attended */
  attendancePercent: Scalars['Int']['output'];
  /** Sessions attended */
  attended: Scalars['Int']['output'];
  certificateId?: Maybe<Scalars['ID']['output']>;
  certificateNumber?: Maybe<Scalars['String']['output']>;
  certificateStatus?: Maybe<CertificateStatus>;
  cohortEndsOn: Scalars['String']['output'];
  cohortId: Scalars['ID']['output'];
  cohortStartsOn: Scalars['String']['output'];
  cohortTitle: Scalars['String']['output'];
  /** Meets the cohort’s completion rule */
  completed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  finalProductStatus: FinalProductStatus;
  finalProductTitle?: Maybe<Scalars['String']['output']>;
  finalProductUrl?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  /** Sessions of the cohort */
  sessions: Scalars['Int']['output'];
  source: InternshipApplicationSource;
  status: InternshipApplicationStatus;
  /** Place in the waitlist, 1 = next to move up */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type InternshipApplicationSource =
  | 'NOMINATION'
  | 'SELF';

export type InternshipApplicationStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'SUBMITTED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type InternshipAttendanceRow = {
  __typename?: 'InternshipAttendanceRow';
  applicationId: Scalars['ID']['output'];
  fullName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** null: not marked yet */
  present?: Maybe<Scalars['Boolean']['output']>;
};

/** Лист посещаемости занятия */
export type InternshipAttendanceSheet = {
  __typename?: 'InternshipAttendanceSheet';
  cohortId: Scalars['ID']['output'];
  cohortTitle: Scalars['String']['output'];
  rows: Array<InternshipAttendanceRow>;
  session: InternshipSession;
};

/** A certificate as those who run its cohort see it */
export type InternshipCertificate = {
  __typename?: 'InternshipCertificate';
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CertificateStatus;
};

export type InternshipCertificateFile = {
  __typename?: 'InternshipCertificateFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  fileType: Scalars['String']['output'];
};

/** Группа стажёров модульной программы */
export type InternshipCohort = {
  __typename?: 'InternshipCohort';
  /** Seated, then the waitlist in order, then the rest; only for those who run the cohort */
  applications: Array<InternshipApplication>;
  /** The caller runs this cohort (approves, marks attendance, accepts products) */
  canManage: Scalars['Boolean']['output'];
  capacity: Scalars['Int']['output'];
  /** The completion rule in words */
  completionRule: Scalars['String']['output'];
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  minAttendancePercent: Scalars['Int']['output'];
  /** The caller’s own latest application to this cohort */
  myApplication?: Maybe<InternshipApplication>;
  programId: Scalars['ID']['output'];
  requireFinalProduct: Scalars['Boolean']['output'];
  /** Seats held (submitted and approved) */
  seated: Scalars['Int']['output'];
  /** Sessions in time order; `archived: true` — the removed ones (to bring back) */
  sessions: Array<InternshipSession>;
  startsOn: Scalars['String']['output'];
  title: Scalars['String']['output'];
  trackId?: Maybe<Scalars['ID']['output']>;
  waitlisted: Scalars['Int']['output'];
};


/** Группа стажёров модульной программы */
export type InternshipCohortSessionsArgs = {
  archived?: Scalars['Boolean']['input'];
};

/** Модуль программы стажировки */
export type InternshipModule = {
  __typename?: 'InternshipModule';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  audience: Scalars['String']['output'];
  competences: Array<Competence>;
  description: Scalars['String']['output'];
  format: ModuleFormat;
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  programId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type InternshipModuleInput = {
  audience?: Scalars['String']['input'];
  competenceIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  format: ModuleFormat;
  hours: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** Модульная программа стажировки */
export type InternshipProgram = {
  __typename?: 'InternshipProgram';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  audience: Scalars['String']['output'];
  /** The caller may keep this programme (its site is theirs to keep) */
  canEdit: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  /** For teachers with at most this many years of experience */
  maxExperienceYears?: Maybe<Scalars['Int']['output']>;
  /** Duration: at most, in months */
  maxMonths: Scalars['Int']['output'];
  /** Duration: at least, in months */
  minMonths: Scalars['Int']['output'];
  /** Modules in order (archived ones last when included) */
  modules: Array<InternshipModule>;
  /** The site that runs it (readable whenever the programme is) */
  site: StagingSite;
  siteId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** Hours of the live modules */
  totalHours: Scalars['Int']['output'];
  /** Individual and group routes */
  tracks: Array<InternshipTrack>;
};


/** Модульная программа стажировки */
export type InternshipProgramModulesArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};


/** Модульная программа стажировки */
export type InternshipProgramTracksArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};

export type InternshipProgramInput = {
  audience?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  /** Стаж не больше (лет); пусто — для всех */
  maxExperienceYears?: InputMaybe<Scalars['Int']['input']>;
  maxMonths: Scalars['Int']['input'];
  minMonths: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** Занятие группы стажёров */
export type InternshipSession = {
  __typename?: 'InternshipSession';
  /** Removed from the schedule (restorable) */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  cohortId: Scalars['ID']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  masterPersonId?: Maybe<Scalars['ID']['output']>;
  moduleId?: Maybe<Scalars['ID']['output']>;
  onlineUrl?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
};

/** Индивидуальный или групповой маршрут по модулям программы */
export type InternshipTrack = {
  __typename?: 'InternshipTrack';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: InternshipTrackKind;
  /** The live modules of the route, in its order */
  modules: Array<InternshipModule>;
  name: Scalars['String']['output'];
  programId: Scalars['ID']['output'];
};

export type InternshipTrackInput = {
  description?: Scalars['String']['input'];
  kind: InternshipTrackKind;
  /** Модули программы в порядке прохождения */
  moduleIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** Индивидуальный или групповой маршрут */
export type InternshipTrackKind =
  | 'GROUP'
  | 'INDIVIDUAL';

export type ItemInput = {
  competenceId: Scalars['ID']['input'];
  kind: DiagnosticItemKind;
  /** SINGLE_CHOICE / MULTIPLE_CHOICE only */
  options?: Array<ItemOptionInput>;
  /** SCALE only */
  scaleMax?: InputMaybe<Scalars['Int']['input']>;
  /** SCALE only */
  scaleMin?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  /** Weight in the competence score */
  weight?: Scalars['Float']['input'];
};

export type ItemOptionInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  score: Scalars['Float']['input'];
};

/** Индивидуальный (или групповой) образовательный маршрут — ИОМ */
export type LearningRoute = {
  __typename?: 'LearningRoute';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The group (association) of a group route */
  association?: Maybe<RouteAssociation>;
  associationId?: Maybe<Scalars['ID']['output']>;
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** May approve or return it */
  canApprove: Scalars['Boolean']['output'];
  canComplete: Scalars['Boolean']['output'];
  /** May change the route and its steps now */
  canEdit: Scalars['Boolean']['output'];
  /** May write in the growth journal */
  canJournal: Scalars['Boolean']['output'];
  /** May mark steps, attach evidence and reflection */
  canMark: Scalars['Boolean']['output'];
  canStart: Scalars['Boolean']['output'];
  canSubmit: Scalars['Boolean']['output'];
  competences: Array<RouteCompetence>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** «Карта эффективности» */
  effectiveness: Array<RouteEffectivenessItem>;
  endsOn: Scalars['String']['output'];
  goal: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The route is the caller’s own */
  isOwner: Scalars['Boolean']['output'];
  /** «Журнал непрерывного профессионального роста», newest first */
  journal: Array<RouteJournalEntry>;
  organizationId: Scalars['ID']['output'];
  /** The owner of an individual route (null where the caller may not see the person) */
  person?: Maybe<PersonCard>;
  personId?: Maybe<Scalars['ID']['output']>;
  /** Share (0–100) of the non-cancelled steps that are done */
  progress: Scalars['Int']['output'];
  returnComment?: Maybe<Scalars['String']['output']>;
  sharedInNetwork: Scalars['Boolean']['output'];
  startsOn: Scalars['String']['output'];
  status: RouteStatus;
  steps: Array<RouteStep>;
  title: Scalars['String']['output'];
};

export type LearningRouteConnection = {
  __typename?: 'LearningRouteConnection';
  nodes: Array<LearningRoute>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LoginInput = {
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt: Scalars['DateTime']['output'];
  me: Me;
  /** Bearer token for API clients; the SPA uses the HttpOnly cookie set with it */
  token: Scalars['String']['output'];
};

export type MarkInternshipAttendanceInput = {
  applicationId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
  sessionId: Scalars['ID']['input'];
};

export type MatchPreferencesInput = {
  /** Prefer a mentor from another school */
  otherSchool?: InputMaybe<Scalars['Boolean']['input']>;
  /** Prefer a mentor from the same municipality */
  sameMunicipality?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The signed-in account */
export type Me = {
  __typename?: 'Me';
  displayName: Scalars['String']['output'];
  grants: Array<RoleGrant>;
  id: Scalars['ID']['output'];
  login: Scalars['String']['output'];
  /** The permissions the caller holds somewhere; which rows each reaches is still decided by the API */
  permissions: Array<Permission>;
  personId?: Maybe<Scalars['ID']['output']>;
};

export type MeetingFormat =
  | 'IN_PERSON'
  | 'MIXED'
  | 'ONLINE';

export type MentorBaseFilter = {
  direction?: InputMaybe<MentorDirection>;
  /** Mentors working at the member organisations of this (visible) network, whatever their territory */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<MentorType>;
  /** Only available mentors with a free place */
  withFreePlaces?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MentorDirection =
  | 'FUNCTIONAL_LITERACY'
  | 'OLYMPIADS'
  | 'SPECIAL_NEEDS'
  | 'STATE_EXAMS'
  | 'VPR';

/** Order of the Mentor list; ties are broken by id */
export type MentorOrder = {
  direction: SortDirection;
  field: MentorOrderField;
};

export type MentorOrderField =
  | 'LOAD'
  | 'NAME'
  | 'SUBJECTS';

/** Запись в базе наставников */
export type MentorProfile = {
  __typename?: 'MentorProfile';
  available: Scalars['Boolean']['output'];
  capacity: Scalars['Int']['output'];
  directions: Array<MentorDirection>;
  freePlaces: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Mentees now (planned and active mentorships, all programmes) */
  load: Scalars['Int']['output'];
  person: PersonCard;
  personId: Scalars['ID']['output'];
  strengths: Scalars['String']['output'];
  subjects: Array<Scalars['String']['output']>;
  types: Array<MentorType>;
};

export type MentorProfileConnection = {
  __typename?: 'MentorProfileConnection';
  nodes: Array<MentorProfile>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentorProfileInput = {
  available?: Scalars['Boolean']['input'];
  capacity: Scalars['Int']['input'];
  directions?: Array<MentorDirection>;
  strengths?: Scalars['String']['input'];
  subjects?: Array<Scalars['String']['input']>;
  types?: Array<MentorType>;
};

/** Наставник, подходящий наставляемому: оценка и причины словами */
export type MentorSuggestion = {
  __typename?: 'MentorSuggestion';
  capacity: Scalars['Int']['output'];
  freePlaces: Scalars['Int']['output'];
  /** Mentees now, all programmes */
  load: Scalars['Int']['output'];
  mentor: PersonCard;
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
};

export type MentorSuggestions = {
  __typename?: 'MentorSuggestions';
  /** The mentee’s deficits (competence names) in the latest results */
  deficits: Array<Scalars['String']['output']>;
  mentee: PersonCard;
  /** Best first: mentors with free places, then by score */
  suggestions: Array<MentorSuggestion>;
};

export type MentorType =
  | 'CLASSIC'
  | 'COACH'
  | 'CURATOR'
  | 'DEVELOPER'
  | 'LEADER'
  | 'MENTOR'
  | 'METHODIST'
  | 'TUTOR';

export type MentoringForm =
  | 'FLASH'
  | 'GROUP'
  | 'LEARNING_COMMUNITY'
  | 'ONE_TIME_IMMERSION'
  | 'PEER'
  | 'PROFESSIONAL_DUO'
  | 'SUPERVISION'
  | 'TRADITIONAL'
  | 'VIRTUAL';

export type MentoringModel =
  | 'LEADER_TO_LEADER'
  | 'SCHOOL_TO_SCHOOL'
  | 'TEACHER_TO_TEACHER';

/** Программа наставничества */
export type MentoringProgram = {
  __typename?: 'MentoringProgram';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller may change the programme and its mentorships */
  canEdit: Scalars['Boolean']['output'];
  coordinator?: Maybe<PersonCard>;
  coordinatorPersonId?: Maybe<Scalars['ID']['output']>;
  endsOn?: Maybe<Scalars['String']['output']>;
  forms: Array<MentoringForm>;
  goals: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mentorshipCount: Scalars['Int']['output'];
  model: MentoringModel;
  name: Scalars['String']['output'];
  networkId?: Maybe<Scalars['ID']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  startsOn: Scalars['String']['output'];
};

export type MentoringProgramConnection = {
  __typename?: 'MentoringProgramConnection';
  nodes: Array<MentoringProgram>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Наставническая пара, триада или группа */
export type Mentorship = {
  __typename?: 'Mentorship';
  /** The caller may plan and log meetings: a mentor of the pair or a manager */
  canLog: Scalars['Boolean']['output'];
  /** The caller manages the programme (forms, edits, changes status) */
  canManage: Scalars['Boolean']['output'];
  endsOn?: Maybe<Scalars['String']['output']>;
  form: MentoringForm;
  goals: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  menteeOrganization?: Maybe<NetworkOrganization>;
  menteeOrganizationId?: Maybe<Scalars['ID']['output']>;
  mentees: Array<PersonCard>;
  mentorOrganization?: Maybe<NetworkOrganization>;
  mentorOrganizationId?: Maybe<Scalars['ID']['output']>;
  mentors: Array<PersonCard>;
  outcome: Scalars['String']['output'];
  program: MentoringProgram;
  programId: Scalars['ID']['output'];
  /** The plan of meetings and what was held, by date; notes only for the pair and the programme’s managers */
  sessions: Array<MentorshipSession>;
  /** PAIR, TRIAD or GROUP */
  shape: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
  status: MentorshipStatus;
  stopReason?: Maybe<Scalars['String']['output']>;
};

export type MentorshipConnection = {
  __typename?: 'MentorshipConnection';
  nodes: Array<Mentorship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentorshipFilter = {
  /** Mentorships this person takes part in */
  personId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<MentorshipStatus>;
};

/** Order of the Mentorship list; ties are broken by id */
export type MentorshipOrder = {
  direction: SortDirection;
  field: MentorshipOrderField;
};

export type MentorshipOrderField =
  | 'CREATED_AT'
  | 'FORM'
  | 'HELD_SESSIONS'
  | 'MENTEES'
  | 'MENTORS'
  | 'PROGRAM'
  | 'STARTS_ON'
  | 'STATUS';

/** Запланированная или проведённая встреча */
export type MentorshipSession = {
  __typename?: 'MentorshipSession';
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  format: SessionFormat;
  heldOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Only for the participants and the programme’s managers */
  notes?: Maybe<Scalars['String']['output']>;
  plannedOn: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

/** MENTOR or MENTEE */
export type MentorshipSide =
  | 'MENTEE'
  | 'MENTOR';

export type MentorshipStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED'
  | 'STOPPED';

export type MentorshipStatusInput = {
  /** Required when stopping */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: MentorshipStatus;
};

/** Очно, дистанционно, смешанный формат */
export type ModuleFormat =
  | 'IN_PERSON'
  | 'MIXED'
  | 'ONLINE';

export type MoveRouteStepInput = {
  /** 0-based position among the route’s steps */
  position: Scalars['Int']['input'];
};

/** Муниципальный район / городской округ */
export type Municipality = {
  __typename?: 'Municipality';
  id: Scalars['ID']['output'];
  kind: MunicipalityKind;
  name: Scalars['String']['output'];
  regionId: Scalars['ID']['output'];
};

export type MunicipalityKind =
  | 'CITY'
  | 'DISTRICT'
  | 'MUNICIPAL_OKRUG'
  | 'URBAN_OKRUG';

export type Mutation = {
  __typename?: 'Mutation';
  /** The invited organisation joins: from now on it takes part in the network */
  acceptNetworkInvitation: NetworkMember;
  /** Records a meeting with its minutes */
  addAssociationMeeting: Association;
  /** Adds a person; answers the association */
  addAssociationMember: Association;
  addCompetence: CompetencyFramework;
  /** Adds an area to a draft framework */
  addCompetenceArea: CompetencyFramework;
  addCompetenceIndicator: CompetencyFramework;
  /** Appends an item to a draft */
  addDiagnosticItem: DiagnosticInstrument;
  /** A link or an uploaded file */
  addEventMaterial: Event;
  /** Adds a module at the end; answers the programme */
  addInternshipModule: InternshipProgram;
  /** Add a session to a cohort */
  addInternshipSession: InternshipSession;
  /** Adds a support or consultation link; the model’s rules are enforced */
  addNetworkEdge: Network;
  /** Adds an organisation; answers the network */
  addNetworkMember: Network;
  /** Adds a stage at the end; answers the plan */
  addPlanStage: Plan;
  /** A dated note in the growth journal */
  addRouteJournalEntry: LearningRoute;
  addRouteStep: LearningRoute;
  /** Aggregate from the people’s results in a campaign (40 % rule); again: recompute */
  aggregateOrganizationSelfDiagnosis: OrganizationSelfDiagnosis;
  /** A participant answers once per mentorship */
  answerSurvey: Survey;
  /** A teacher applies: a free seat (awaiting the site’s decision) or the waitlist */
  applyToInternship: InternshipApplication;
  approveInternshipApplication: InternshipApplication;
  /** On approval → approved (not by the route’s owner) */
  approveLearningRoute: LearningRoute;
  archiveAgreement: Agreement;
  archiveAssociation: Association;
  archiveCompetencyFramework: CompetencyFramework;
  archiveDiagnosticCampaign: DiagnosticCampaign;
  archiveDiagnosticInstrument: DiagnosticInstrument;
  archiveEvent: Event;
  archiveInternshipModule: InternshipProgram;
  archiveInternshipProgram: InternshipProgram;
  archiveInternshipTrack: InternshipProgram;
  archiveLearningRoute: LearningRoute;
  archiveMentoringProgram: MentoringProgram;
  archiveNetwork: Network;
  /** Moves to the archive (restorable) */
  archiveOrganization: Organization;
  archiveOrganizationSelfDiagnosis: OrganizationSelfDiagnosis;
  archivePerson: Person;
  archivePlan: Plan;
  archivePlanItem: Plan;
  archiveStagingSite: StagingSite;
  /** Attaches (or replaces) the signed document: pdf, doc(x), jpg, png; ≤ 5 MB */
  attachAgreementFile: Agreement;
  /** A link or a file (replaces the previous evidence) */
  attachRouteStepEvidence: LearningRoute;
  /** Cancels the caller’s registration */
  cancelEventRegistration: Event;
  /** Changes the caller’s password (the current one is required); every other session of the account ends */
  changePassword: Scalars['Boolean']['output'];
  /** OPEN → CLOSED: no more responses */
  closeDiagnosticCampaign: DiagnosticCampaign;
  closeSurvey: Survey;
  /** In progress → completed, once no step is planned or in progress */
  completeLearningRoute: LearningRoute;
  /** Change an item’s dates or content, with the reason; takes a version */
  correctPlanItem: PlanCorrection;
  /** Make a council decision a plan item (at the end of the stage), linked back to the decision */
  councilDecisionToPlanItem: CouncilMeeting;
  createAgreement: Agreement;
  /** Proposes the optimal assignment of a cohort to mentors (maximum total fit within free places) */
  createAssignmentPlan: AssignmentPlan;
  createAssociation: Association;
  /** A subscription URL for the filter (the feed shows what the caller may see when it is fetched) */
  createCalendarSubscription: CalendarSubscriptionCreated;
  /** A new framework: a DRAFT, version 1 */
  createCompetencyFramework: CompetencyFramework;
  /** A DRAFT version + 1 with a copy of the tree (same codes); one draft per code */
  createCompetencyFrameworkVersion: CompetencyFramework;
  createCouncilMeeting: CouncilMeeting;
  createDiagnosticCampaign: DiagnosticCampaign;
  /** A new instrument on a published framework: a DRAFT, version 1 */
  createDiagnosticInstrument: DiagnosticInstrument;
  /** A DRAFT version + 1 with a copy of the items and rules; one draft per code */
  createDiagnosticInstrumentVersion: DiagnosticInstrument;
  createEvent: Event;
  /** Open a cohort of a programme (the site’s head, masters, methodists) */
  createInternshipCohort: InternshipCohort;
  createInternshipProgram: InternshipProgram;
  /** Adds an individual or group route through the modules */
  createInternshipTrack: InternshipProgram;
  /** A draft route of a person (or a group) with the competences it addresses */
  createLearningRoute: LearningRoute;
  createMentoringProgram: MentoringProgram;
  /** Forms a pair, triad or group; mentors’ capacity across programmes is enforced */
  createMentorship: Mentorship;
  createNetwork: Network;
  createOrganization: Organization;
  /** A school’s self-diagnostics entered by its staff */
  createOrganizationSelfDiagnosis: OrganizationSelfDiagnosis;
  createPerson: Person;
  createPlan: Plan;
  /** Adds an item to a stage (at its end unless a position is given) */
  createPlanItem: Plan;
  createPlanRisk: PlanRisk;
  createStagingSite: StagingSite;
  createSurvey: Survey;
  /** Decline with a reason; a freed seat goes to the first on the waitlist */
  declineInternshipApplication: InternshipApplication;
  /** The invited organisation declines; it can be invited again */
  declineNetworkInvitation: NetworkMember;
  /** Removes an empty stage */
  deletePlanStage: Plan;
  discardAssignmentPlan: AssignmentPlan;
  /** Ends every session of the caller but the current one; returns those still open */
  endOtherSessions: Array<AccountSession>;
  /** Ends one of the caller’s sessions; returns those still open */
  endSession: Array<AccountSession>;
  /** «Зафиксировать версию» */
  fixPlanVersion: PlanVersion;
  /** Checks (dryRun: true) or imports an instrument from XLSX as a new DRAFT; with any bad line nothing is written */
  importDiagnosticInstrument: InstrumentImport;
  /** Проверка (dryRun: true) или загрузка результатов внешней диагностики из XLSX */
  importDiagnosticResults: DiagnosticResultsImport;
  /** Проверка (dryRun: true) или загрузка реестра из XLSX/CSV; при любой ошибке в строках ничего не записывается, а с onlyValidRows: true записываются строки без ошибок */
  importRegistry: RegistryImport;
  /** Short feedback of an attendee (rating 1–5 and a comment) */
  leaveEventFeedback: Event;
  /** A member organisation leaves: nothing more is shared; existing records stay. The coordinator cannot leave */
  leaveNetwork: NetworkMember;
  /** Links an item to the mentorship or campaign that carries it out; its status follows */
  linkPlanItem: Plan;
  login: LoginPayload;
  logout: Scalars['Boolean']['output'];
  /** Marks registered people as attending (or removes the mark): organisers and responsible people */
  markEventAttendance: Event;
  /** Mark one intern present or absent at a session */
  markInternshipAttendance: InternshipAttendanceRow;
  /** Moves an item to a position (1-based; clamped); the others shift */
  moveDiagnosticItem: DiagnosticInstrument;
  /** Puts a module at a position (1-based) among the live ones */
  moveInternshipModule: InternshipProgram;
  moveRouteStep: LearningRoute;
  /** A school’s administration nominates its teacher */
  nominateToInternship: InternshipApplication;
  /** DRAFT → OPEN: fixes the participants (the audience in the scope) */
  openDiagnosticCampaign: DiagnosticCampaign;
  /** Adds a meeting to the plan */
  planMentorshipSession: Mentorship;
  /** Creates the planned mentorships of the plan in one transaction */
  publishAssignmentPlan: AssignmentPlan;
  /** DRAFT → PUBLISHED; the previously published version of the code becomes RETIRED */
  publishCompetencyFramework: CompetencyFramework;
  /** DRAFT → PUBLISHED (needs a scored item and a rule for every scored competence); the previous published version becomes RETIRED */
  publishDiagnosticInstrument: DiagnosticInstrument;
  /** Records that a planned meeting was held */
  recordMentorshipSession: Mentorship;
  /** Registers the caller (within the cap) */
  registerForEvent: Event;
  removeAgreementFile: Agreement;
  removeAssociationMember: Association;
  removeCompetence: CompetencyFramework;
  /** Removes an area with its competences */
  removeCompetenceArea: CompetencyFramework;
  removeCompetenceIndicator: CompetencyFramework;
  removeDiagnosticItem: DiagnosticInstrument;
  removeDiagnosticScoringRule: DiagnosticInstrument;
  /** Restores an occurrence as the rule generates it */
  removeEventException: Event;
  removeEventMaterial: Event;
  removeNetworkEdge: Network;
  /** Removes a member and its links */
  removeNetworkMember: Network;
  removeRouteStep: LearningRoute;
  reopenSurvey: Survey;
  /** Puts the items of a stage in this order (all of them, archived too, once each) */
  reorderPlanItems: Plan;
  /** Puts the stages in this order (all of them, once each) */
  reorderPlanStages: Plan;
  restoreAgreement: Agreement;
  restoreAssociation: Association;
  restoreCompetencyFramework: CompetencyFramework;
  restoreDiagnosticCampaign: DiagnosticCampaign;
  restoreDiagnosticInstrument: DiagnosticInstrument;
  restoreEvent: Event;
  restoreInternshipModule: InternshipProgram;
  restoreInternshipProgram: InternshipProgram;
  restoreInternshipTrack: InternshipProgram;
  restoreLearningRoute: LearningRoute;
  restoreMentoringProgram: MentoringProgram;
  restoreNetwork: Network;
  /** Brings back from the archive */
  restoreOrganization: Organization;
  restoreOrganizationSelfDiagnosis: OrganizationSelfDiagnosis;
  restorePerson: Person;
  restorePlan: Plan;
  restorePlanItem: Plan;
  restoreStagingSite: StagingSite;
  /** On approval → returned, with comments */
  returnLearningRoute: LearningRoute;
  /** The master accepts or returns the final product */
  reviewInternshipProduct: InternshipApplication;
  /** Revokes one of the caller’s subscriptions: its URL answers 404 from now on */
  revokeCalendarSubscription: CalendarSubscription;
  /** Revoke a certificate with a reason (the site’s head, masters, methodists); the verification page then says so */
  revokeInternshipCertificate: InternshipCertificate;
  /** Saves the answers as a draft to resume later */
  saveDiagnosticDraft: DiagnosticForm;
  /** Replaces the schools, expert pairs and protocol of a cross-check */
  saveEventCrossCheck: CrossCheck;
  /** Creates or changes a person’s entry in the mentor base */
  saveMentorProfile: MentorProfile;
  /** Gives a mentee another mentor (or none); capacity is checked */
  setAssignmentPlanItem: AssignmentPlan;
  /** Archive (true) or restore (false) a council meeting */
  setCouncilMeetingArchived: CouncilMeeting;
  /** Sets (creates or replaces) the scoring rule and thresholds of a competence */
  setDiagnosticScoringRule: DiagnosticInstrument;
  /** Moves or cancels one occurrence of a series */
  setEventException: Event;
  /** Remove a session from the schedule (true) or bring it back (false); a session with attendance marked stays */
  setInternshipSessionArchived: InternshipSession;
  /** planned → active → completed, or stopped with a reason */
  setMentorshipStatus: Mentorship;
  /** Archive (true) or restore (false) a risk */
  setPlanRiskArchived: PlanRisk;
  /** «Диалог в сети»: the owner shows the route’s achievements to their networks */
  setRouteSharing: LearningRoute;
  setRouteStepReflection: LearningRoute;
  setRouteStepStatus: LearningRoute;
  /** Approved → in progress */
  startLearningRoute: LearningRoute;
  /** Submits once: late, early and repeated submissions are refused with the reason */
  submitDiagnosticResponse: DiagnosticForm;
  /** The intern submits the final product (a title and a link) */
  submitInternshipProduct: InternshipApplication;
  /** Draft or returned → on approval */
  submitLearningRoute: LearningRoute;
  unlinkPlanItem: Plan;
  updateAgreement: Agreement;
  updateAssociation: Association;
  /** Corrects the minutes of a meeting */
  updateAssociationMeeting: Association;
  updateAssociationMember: Association;
  updateCompetence: CompetencyFramework;
  updateCompetenceArea: CompetencyFramework;
  updateCompetenceIndicator: CompetencyFramework;
  /** Name and description of a draft */
  updateCompetencyFramework: CompetencyFramework;
  /** Edit a meeting: date, agenda, decisions in order (a decision that became a plan item stays) */
  updateCouncilMeeting: CouncilMeeting;
  /** Instrument, mode, scope, audience and start change only while a draft */
  updateDiagnosticCampaign: DiagnosticCampaign;
  updateDiagnosticInstrument: DiagnosticInstrument;
  updateDiagnosticItem: DiagnosticInstrument;
  /** The author changes the entry or who sees it */
  updateDiaryEntry: DiaryEntry;
  /** Replaces every field of the form (the host stays) */
  updateEvent: Event;
  /** Edit a cohort: dates, capacity (never below the seats taken; a raise moves the waitlist up), track, completion rule */
  updateInternshipCohort: InternshipCohort;
  updateInternshipModule: InternshipProgram;
  updateInternshipProgram: InternshipProgram;
  /** Edit a session of a cohort */
  updateInternshipSession: InternshipSession;
  updateInternshipTrack: InternshipProgram;
  /** While a draft or returned */
  updateLearningRoute: LearningRoute;
  updateMentoringProgram: MentoringProgram;
  updateMentorship: Mentorship;
  updateNetwork: Network;
  updateNetworkMember: Network;
  updateOrganization: Organization;
  updateOrganizationSelfDiagnosis: OrganizationSelfDiagnosis;
  updatePerson: Person;
  updatePlan: Plan;
  updatePlanItem: Plan;
  updatePlanRisk: PlanRisk;
  updatePlanStage: Plan;
  updateRouteStep: LearningRoute;
  /** Replaces what the site is; kind, level, period and order only by its territory */
  updateStagingSite: StagingSite;
  /** The teacher (or the nominating school) withdraws; a freed seat goes to the first on the waitlist */
  withdrawInternshipApplication: InternshipApplication;
  /** A participant writes an entry */
  writeDiaryEntry: DiaryEntry;
};


export type MutationAcceptNetworkInvitationArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationAddAssociationMeetingArgs = {
  associationId: Scalars['ID']['input'];
  input: AssociationMeetingInput;
};


export type MutationAddAssociationMemberArgs = {
  associationId: Scalars['ID']['input'];
  input: AssociationMemberInput;
};


export type MutationAddCompetenceArgs = {
  areaId: Scalars['ID']['input'];
  input: CompetenceInput;
};


export type MutationAddCompetenceAreaArgs = {
  frameworkId: Scalars['ID']['input'];
  input: AreaInput;
};


export type MutationAddCompetenceIndicatorArgs = {
  competenceId: Scalars['ID']['input'];
  input: IndicatorInput;
};


export type MutationAddDiagnosticItemArgs = {
  input: ItemInput;
  instrumentId: Scalars['ID']['input'];
};


export type MutationAddEventMaterialArgs = {
  eventId: Scalars['ID']['input'];
  input: EventMaterialInput;
};


export type MutationAddInternshipModuleArgs = {
  input: InternshipModuleInput;
  internshipProgramId: Scalars['ID']['input'];
};


export type MutationAddInternshipSessionArgs = {
  input: AddInternshipSessionInput;
};


export type MutationAddNetworkEdgeArgs = {
  input: NetworkEdgeInput;
  networkId: Scalars['ID']['input'];
};


export type MutationAddNetworkMemberArgs = {
  input: NetworkMemberInput;
  networkId: Scalars['ID']['input'];
};


export type MutationAddPlanStageArgs = {
  input: PlanStageInput;
  planId: Scalars['ID']['input'];
};


export type MutationAddRouteJournalEntryArgs = {
  input: RouteJournalInput;
  routeId: Scalars['ID']['input'];
};


export type MutationAddRouteStepArgs = {
  input: RouteStepInput;
  routeId: Scalars['ID']['input'];
};


export type MutationAggregateOrganizationSelfDiagnosisArgs = {
  campaignId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationAnswerSurveyArgs = {
  input: AnswerSurveyInput;
};


export type MutationApplyToInternshipArgs = {
  cohortId: Scalars['ID']['input'];
};


export type MutationApproveInternshipApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveLearningRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveCompetencyFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveDiagnosticCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveDiagnosticInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveInternshipModuleArgs = {
  moduleId: Scalars['ID']['input'];
};


export type MutationArchiveInternshipProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveInternshipTrackArgs = {
  trackId: Scalars['ID']['input'];
};


export type MutationArchiveLearningRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveMentoringProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveOrganizationSelfDiagnosisArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchivePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchivePlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchivePlanItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationArchiveStagingSiteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachAgreementFileArgs = {
  agreementId: Scalars['ID']['input'];
  input: AgreementFileInput;
};


export type MutationAttachRouteStepEvidenceArgs = {
  input: RouteEvidenceInput;
  stepId: Scalars['ID']['input'];
};


export type MutationCancelEventRegistrationArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseDiagnosticCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteLearningRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCorrectPlanItemArgs = {
  input: PlanItemCorrectionInput;
  itemId: Scalars['ID']['input'];
};


export type MutationCouncilDecisionToPlanItemArgs = {
  decisionId: Scalars['ID']['input'];
  stageId: Scalars['ID']['input'];
};


export type MutationCreateAgreementArgs = {
  input: CreateAgreementInput;
  networkId: Scalars['ID']['input'];
};


export type MutationCreateAssignmentPlanArgs = {
  input?: InputMaybe<CreateAssignmentPlanInput>;
  programId: Scalars['ID']['input'];
};


export type MutationCreateAssociationArgs = {
  input: CreateAssociationInput;
};


export type MutationCreateCalendarSubscriptionArgs = {
  input: CreateCalendarSubscriptionInput;
};


export type MutationCreateCompetencyFrameworkArgs = {
  input: CreateFrameworkInput;
};


export type MutationCreateCompetencyFrameworkVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCouncilMeetingArgs = {
  input: CouncilMeetingInput;
  planId: Scalars['ID']['input'];
};


export type MutationCreateDiagnosticCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateDiagnosticInstrumentArgs = {
  input: CreateInstrumentInput;
};


export type MutationCreateDiagnosticInstrumentVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateInternshipCohortArgs = {
  input: CreateInternshipCohortInput;
};


export type MutationCreateInternshipProgramArgs = {
  input: InternshipProgramInput;
  siteId: Scalars['ID']['input'];
};


export type MutationCreateInternshipTrackArgs = {
  input: InternshipTrackInput;
  internshipProgramId: Scalars['ID']['input'];
};


export type MutationCreateLearningRouteArgs = {
  input: CreateRouteInput;
};


export type MutationCreateMentoringProgramArgs = {
  input: CreateProgramInput;
};


export type MutationCreateMentorshipArgs = {
  input: CreateMentorshipInput;
  programId: Scalars['ID']['input'];
};


export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateOrganizationSelfDiagnosisArgs = {
  input: CreateOrganizationSelfDiagnosisInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreatePlanItemArgs = {
  input: CreatePlanItemInput;
  stageId: Scalars['ID']['input'];
};


export type MutationCreatePlanRiskArgs = {
  input: PlanRiskInput;
  planId: Scalars['ID']['input'];
};


export type MutationCreateStagingSiteArgs = {
  input: CreateStagingSiteInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
  programId: Scalars['ID']['input'];
};


export type MutationDeclineInternshipApplicationArgs = {
  input: DeclineInternshipApplicationInput;
};


export type MutationDeclineNetworkInvitationArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationDeletePlanStageArgs = {
  stageId: Scalars['ID']['input'];
};


export type MutationDiscardAssignmentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFixPlanVersionArgs = {
  input?: FixPlanVersionInput;
  planId: Scalars['ID']['input'];
};


export type MutationImportDiagnosticInstrumentArgs = {
  input: ImportInstrumentInput;
};


export type MutationImportDiagnosticResultsArgs = {
  input: ImportDiagnosticResultsInput;
};


export type MutationImportRegistryArgs = {
  input: ImportRegistryInput;
};


export type MutationLeaveEventFeedbackArgs = {
  eventId: Scalars['ID']['input'];
  input: EventFeedbackInput;
};


export type MutationLeaveNetworkArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationLinkPlanItemArgs = {
  input: PlanItemLinkInput;
  itemId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkEventAttendanceArgs = {
  eventId: Scalars['ID']['input'];
  input: EventAttendanceInput;
};


export type MutationMarkInternshipAttendanceArgs = {
  input: MarkInternshipAttendanceInput;
};


export type MutationMoveDiagnosticItemArgs = {
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};


export type MutationMoveInternshipModuleArgs = {
  moduleId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};


export type MutationMoveRouteStepArgs = {
  input: MoveRouteStepInput;
  stepId: Scalars['ID']['input'];
};


export type MutationNominateToInternshipArgs = {
  input: NominateInternInput;
};


export type MutationOpenDiagnosticCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlanMentorshipSessionArgs = {
  input: PlanSessionInput;
  mentorshipId: Scalars['ID']['input'];
};


export type MutationPublishAssignmentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishCompetencyFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishDiagnosticInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordMentorshipSessionArgs = {
  input: RecordSessionInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationRemoveAgreementFileArgs = {
  agreementId: Scalars['ID']['input'];
};


export type MutationRemoveAssociationMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveCompetenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCompetenceAreaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCompetenceIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveDiagnosticItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveDiagnosticScoringRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveEventExceptionArgs = {
  eventId: Scalars['ID']['input'];
  occurrenceDate: Scalars['String']['input'];
};


export type MutationRemoveEventMaterialArgs = {
  materialId: Scalars['ID']['input'];
};


export type MutationRemoveNetworkEdgeArgs = {
  edgeId: Scalars['ID']['input'];
};


export type MutationRemoveNetworkMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveRouteStepArgs = {
  stepId: Scalars['ID']['input'];
};


export type MutationReopenSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReorderPlanItemsArgs = {
  input: PlanOrderIdsInput;
  stageId: Scalars['ID']['input'];
};


export type MutationReorderPlanStagesArgs = {
  input: PlanOrderIdsInput;
  planId: Scalars['ID']['input'];
};


export type MutationRestoreAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCompetencyFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreDiagnosticCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreDiagnosticInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreInternshipModuleArgs = {
  moduleId: Scalars['ID']['input'];
};


export type MutationRestoreInternshipProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreInternshipTrackArgs = {
  trackId: Scalars['ID']['input'];
};


export type MutationRestoreLearningRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreMentoringProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreOrganizationSelfDiagnosisArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestorePlanItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationRestoreStagingSiteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnLearningRouteArgs = {
  id: Scalars['ID']['input'];
  input: RouteReturnInput;
};


export type MutationReviewInternshipProductArgs = {
  input: ReviewInternshipProductInput;
};


export type MutationRevokeCalendarSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInternshipCertificateArgs = {
  input: RevokeInternshipCertificateInput;
};


export type MutationSaveDiagnosticDraftArgs = {
  input: DiagnosticAnswersInput;
};


export type MutationSaveEventCrossCheckArgs = {
  eventId: Scalars['ID']['input'];
  input: CrossCheckInput;
};


export type MutationSaveMentorProfileArgs = {
  input: MentorProfileInput;
  personId: Scalars['ID']['input'];
};


export type MutationSetAssignmentPlanItemArgs = {
  itemId: Scalars['ID']['input'];
  mentorPersonId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetCouncilMeetingArchivedArgs = {
  archived: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetDiagnosticScoringRuleArgs = {
  input: ScoringRuleInput;
  instrumentId: Scalars['ID']['input'];
};


export type MutationSetEventExceptionArgs = {
  eventId: Scalars['ID']['input'];
  input: EventExceptionInput;
};


export type MutationSetInternshipSessionArchivedArgs = {
  archived: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetMentorshipStatusArgs = {
  id: Scalars['ID']['input'];
  input: MentorshipStatusInput;
};


export type MutationSetPlanRiskArchivedArgs = {
  archived: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetRouteSharingArgs = {
  routeId: Scalars['ID']['input'];
  shared: Scalars['Boolean']['input'];
};


export type MutationSetRouteStepReflectionArgs = {
  input: RouteReflectionInput;
  stepId: Scalars['ID']['input'];
};


export type MutationSetRouteStepStatusArgs = {
  input: RouteStepStatusInput;
  stepId: Scalars['ID']['input'];
};


export type MutationStartLearningRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitDiagnosticResponseArgs = {
  input: DiagnosticAnswersInput;
};


export type MutationSubmitInternshipProductArgs = {
  input: SubmitInternshipProductInput;
};


export type MutationSubmitLearningRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnlinkPlanItemArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationUpdateAgreementArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgreementInput;
};


export type MutationUpdateAssociationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAssociationInput;
};


export type MutationUpdateAssociationMeetingArgs = {
  input: AssociationMeetingInput;
  meetingId: Scalars['ID']['input'];
};


export type MutationUpdateAssociationMemberArgs = {
  memberId: Scalars['ID']['input'];
  role: AssociationRole;
};


export type MutationUpdateCompetenceArgs = {
  id: Scalars['ID']['input'];
  input: CompetenceInput;
};


export type MutationUpdateCompetenceAreaArgs = {
  id: Scalars['ID']['input'];
  input: AreaInput;
};


export type MutationUpdateCompetenceIndicatorArgs = {
  id: Scalars['ID']['input'];
  input: IndicatorInput;
};


export type MutationUpdateCompetencyFrameworkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFrameworkInput;
};


export type MutationUpdateCouncilMeetingArgs = {
  id: Scalars['ID']['input'];
  input: CouncilMeetingInput;
};


export type MutationUpdateDiagnosticCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateDiagnosticInstrumentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInstrumentInput;
};


export type MutationUpdateDiagnosticItemArgs = {
  id: Scalars['ID']['input'];
  input: ItemInput;
};


export type MutationUpdateDiaryEntryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDiaryEntryInput;
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: EventInput;
};


export type MutationUpdateInternshipCohortArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInternshipCohortInput;
};


export type MutationUpdateInternshipModuleArgs = {
  input: InternshipModuleInput;
  moduleId: Scalars['ID']['input'];
};


export type MutationUpdateInternshipProgramArgs = {
  id: Scalars['ID']['input'];
  input: InternshipProgramInput;
};


export type MutationUpdateInternshipSessionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInternshipSessionInput;
};


export type MutationUpdateInternshipTrackArgs = {
  input: InternshipTrackInput;
  trackId: Scalars['ID']['input'];
};


export type MutationUpdateLearningRouteArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRouteInput;
};


export type MutationUpdateMentoringProgramArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProgramInput;
};


export type MutationUpdateMentorshipArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMentorshipInput;
};


export type MutationUpdateNetworkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNetworkInput;
};


export type MutationUpdateNetworkMemberArgs = {
  input: UpdateNetworkMemberInput;
  memberId: Scalars['ID']['input'];
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdateOrganizationSelfDiagnosisArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationSelfDiagnosisInput;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePlanInput;
};


export type MutationUpdatePlanItemArgs = {
  input: PlanItemInput;
  itemId: Scalars['ID']['input'];
};


export type MutationUpdatePlanRiskArgs = {
  id: Scalars['ID']['input'];
  input: PlanRiskInput;
};


export type MutationUpdatePlanStageArgs = {
  input: PlanStageInput;
  stageId: Scalars['ID']['input'];
};


export type MutationUpdateRouteStepArgs = {
  input: UpdateRouteStepInput;
  stepId: Scalars['ID']['input'];
};


export type MutationUpdateStagingSiteArgs = {
  id: Scalars['ID']['input'];
  input: StagingSiteInput;
};


export type MutationWithdrawInternshipApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWriteDiaryEntryArgs = {
  input: WriteDiaryEntryInput;
};

/** Участие вызывающего в идущей диагностике */
export type MyDiagnostic = {
  __typename?: 'MyDiagnostic';
  campaignId: Scalars['ID']['output'];
  campaignName: Scalars['String']['output'];
  closesOn: Scalars['String']['output'];
  instrumentName: Scalars['String']['output'];
  mode: CampaignMode;
  opensOn: Scalars['String']['output'];
  participantId: Scalars['ID']['output'];
  /** The campaign asks for a self-assessment */
  selfAssessment: Scalars['Boolean']['output'];
  status?: Maybe<ResponseStatus>;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Методическая сеть */
export type Network = {
  __typename?: 'Network';
  /** Newest first, archived included */
  agreements: Array<Agreement>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller coordinates this network and may change it */
  canEdit: Scalars['Boolean']['output'];
  coordinator: NetworkOrganization;
  coordinatorOrganizationId: Scalars['ID']['output'];
  edges: Array<NetworkEdge>;
  endsOn?: Maybe<Scalars['String']['output']>;
  goals: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  memberCount: Scalars['Int']['output'];
  /** Strongest level first */
  members: Array<NetworkMember>;
  model: NetworkModel;
  name: Scalars['String']['output'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
};

export type NetworkConnection = {
  __typename?: 'NetworkConnection';
  nodes: Array<Network>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  fromMemberId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: NetworkEdgeKind;
  toMemberId: Scalars['ID']['output'];
};

export type NetworkEdgeInput = {
  fromMemberId: Scalars['ID']['input'];
  kind: NetworkEdgeKind;
  toMemberId: Scalars['ID']['input'];
};

/** SUPPORT: поддерживает; CONSULT: консультируется у */
export type NetworkEdgeKind =
  | 'CONSULT'
  | 'SUPPORT';

export type NetworkFilter = {
  archived?: ArchiveFilter;
  model?: InputMaybe<NetworkModel>;
  /** Networks this organisation belongs to */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A pending invitation of an organisation the caller acts for, with what joining shares */
export type NetworkInvitation = {
  __typename?: 'NetworkInvitation';
  coordinator: NetworkOrganization;
  invitedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who invited (the account’s display name) */
  invitedByName?: Maybe<Scalars['String']['output']>;
  /** Organisations already taking part */
  memberCount: Scalars['Int']['output'];
  /** The member row: answer with acceptNetworkInvitation / declineNetworkInvitation */
  memberId: Scalars['ID']['output'];
  networkGoals: Scalars['String']['output'];
  networkId: Scalars['ID']['output'];
  networkModel: NetworkModel;
  networkName: Scalars['String']['output'];
  /** The invited organisation */
  organization: NetworkOrganization;
  /** The role offered */
  role: NetworkMemberRole;
  /** What joining shares, in words */
  shares: Array<Scalars['String']['output']>;
};

/** An organisation in a network; only ACCEPTED members take part in anything */
export type NetworkMember = {
  __typename?: 'NetworkMember';
  /** The caller acts for this member organisation and may take it out of the network (not the coordinator) */
  canLeave: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** When the organisation was invited (null: added directly) */
  invitedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who invited the organisation (null: added directly) */
  invitedByName?: Maybe<Scalars['String']['output']>;
  /** 1 = the strongest level (levelled models) */
  level?: Maybe<Scalars['Int']['output']>;
  networkId: Scalars['ID']['output'];
  organization: NetworkOrganization;
  organizationId: Scalars['ID']['output'];
  /** When the organisation last answered (accepted, declined, left) */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who answered for the organisation last */
  respondedByName?: Maybe<Scalars['String']['output']>;
  role: NetworkMemberRole;
  status: NetworkMemberStatus;
};

export type NetworkMemberInput = {
  level?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  role: NetworkMemberRole;
};

/** Роль участника сети */
export type NetworkMemberRole =
  | 'COORDINATOR'
  | 'MENTOR_SCHOOL'
  | 'METHODOLOGICAL_SERVICE'
  | 'PARTICIPANT'
  | 'PARTNER'
  | 'RESOURCE_CENTER'
  | 'SUPPORTED_SCHOOL';

/** INVITED: приглашена (ещё не участвует); ACCEPTED: участник; DECLINED: отклонила приглашение; LEFT: вышла из сети */
export type NetworkMemberStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INVITED'
  | 'LEFT';

/** Модель сети */
export type NetworkModel =
  | 'BILATERAL_PARTNERSHIP'
  | 'CONCENTRIC'
  | 'DISTRIBUTED'
  | 'INTER_REGIONAL'
  | 'MIXED'
  | 'RESOURCE_CENTER_SERVICES'
  | 'SCHOOL_TO_SCHOOL_HIERARCHY';

/** Order of the Network list; ties are broken by id */
export type NetworkOrder = {
  direction: SortDirection;
  field: NetworkOrderField;
};

export type NetworkOrderField =
  | 'COORDINATOR'
  | 'CREATED_AT'
  | 'MEMBER_COUNT'
  | 'MODEL'
  | 'NAME'
  | 'STARTS_ON';

export type NetworkOrganization = {
  __typename?: 'NetworkOrganization';
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  municipalityName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
};

export type NominateInternInput = {
  cohortId: Scalars['ID']['input'];
  /** The school that nominates (the teacher works there); by default his workplace in the caller’s scope */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
};

/** Образовательная или методическая организация */
export type Organization = {
  __typename?: 'Organization';
  address?: Maybe<Scalars['String']['output']>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller may change, archive and restore this organisation (rule organization.write) */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The latest year of each status kind */
  currentStatuses: Array<OrganizationStatus>;
  email?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  foundedYear?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Демонстрационные данные: запись придумана для демо, её нет в исходных программах */
  illustrative: Scalars['Boolean']['output'];
  inn?: Maybe<Scalars['String']['output']>;
  kind: OrganizationKind;
  municipality: Municipality;
  municipalityId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
  /** Positions held here by people the caller may see */
  staff: Array<Position>;
  /** People (not archived) holding a position here */
  staffCount: Scalars['Int']['output'];
  /** All statuses, newest year first */
  statuses: Array<OrganizationStatus>;
  updatedAt: Scalars['DateTime']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationFilter = {
  archived?: ArchiveFilter;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, short name or ИНН */
  search?: InputMaybe<Scalars['String']['input']>;
  statusKind?: InputMaybe<OrganizationStatusKind>;
  /** With statusKind: the status held in this year */
  statusYear?: InputMaybe<Scalars['Int']['input']>;
};

/** Вид организации */
export type OrganizationKind =
  | 'ADDITIONAL_EDUCATION'
  | 'BOARDING_SCHOOL'
  | 'EDUCATION_AUTHORITY'
  | 'EDUCATION_CENTER'
  | 'GYMNASIUM'
  | 'INSTITUTE'
  | 'KINDERGARTEN'
  | 'LYCEUM'
  | 'METHODOLOGICAL_SERVICE'
  | 'PARTNER'
  | 'SCHOOL'
  | 'UNIVERSITY';

/** Order of the Organization list; ties are broken by id */
export type OrganizationOrder = {
  direction: SortDirection;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  | 'CREATED_AT'
  | 'KIND'
  | 'MUNICIPALITY'
  | 'NAME'
  | 'STAFF_COUNT';

/** Самодиагностика школы: её дефициты и профициты */
export type OrganizationSelfDiagnosis = {
  __typename?: 'OrganizationSelfDiagnosis';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** The caller may change it */
  canEdit: Scalars['Boolean']['output'];
  conductedOn: Scalars['String']['output'];
  entries: Array<SelfDiagnosisEntry>;
  framework: DeficitFramework;
  id: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  source: SelfDiagnosisSource;
  summary: Scalars['String']['output'];
};

/** A status held in a year, with its source */
export type OrganizationStatus = {
  __typename?: 'OrganizationStatus';
  id: Scalars['ID']['output'];
  kind: OrganizationStatusKind;
  /** Set when the status follows from this live staging site (not entered by hand) */
  siteId?: Maybe<Scalars['ID']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type OrganizationStatusInput = {
  kind: OrganizationStatusKind;
  /** Приказ, перечень, проект */
  source?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** Статус организации (НОР, НСУ, ВОР, площадки…) */
export type OrganizationStatusKind =
  | 'FEDERAL_INNOVATION_SITE'
  | 'GROWTH_POINT'
  | 'HIGH_RESULTS'
  | 'LOW_RESULTS'
  | 'MINPROS_SCHOOL_BASIC'
  | 'MINPROS_SCHOOL_HIGH'
  | 'MINPROS_SCHOOL_MEDIUM'
  | 'MUNICIPAL_INNOVATION_SITE'
  | 'PROJECT_500'
  | 'REGIONAL_INNOVATION_SITE'
  | 'RESOURCE_CENTER'
  | 'STAGING_SITE'
  | 'SUPPORT_SITE'
  | 'UNFAVOURABLE_CONDITIONS';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParticipantFilter = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Order of the Participant list; ties are broken by id */
export type ParticipantOrder = {
  direction: SortDirection;
  field: ParticipantOrderField;
};

/** A response status sorts as its progress: not started, draft, submitted */
export type ParticipantOrderField =
  | 'EXPERT_STATUS'
  | 'NAME'
  | 'ORGANIZATION'
  | 'SELF_STATUS';

/** What an operation needs; the SPA shows pages and actions from the ones the caller holds */
export type Permission =
  | 'ASSOCIATION_READ'
  | 'ASSOCIATION_WRITE'
  | 'AUDIT_READ'
  | 'AUTHENTICATED'
  | 'COMPETENCE_READ'
  | 'COMPETENCE_WRITE'
  | 'DIAGNOSTICS_FILL'
  | 'DIAGNOSTICS_READ'
  | 'DIAGNOSTICS_WRITE'
  | 'DIARY'
  | 'EVENT_ATTENDANCE'
  | 'EVENT_PARTICIPATE'
  | 'EVENT_READ'
  | 'EVENT_WRITE'
  | 'INSTRUMENT_WRITE'
  | 'INTERNSHIP_APPLY'
  | 'INTERNSHIP_MANAGE'
  | 'INTERNSHIP_NOMINATE'
  | 'INTERNSHIP_READ'
  | 'MATCHING'
  | 'MENTORING_READ'
  | 'MENTORING_WRITE'
  | 'MENTORSHIP_LOG'
  | 'NETWORK_READ'
  | 'NETWORK_WRITE'
  | 'PLAN_READ'
  | 'PLAN_WRITE'
  | 'REGISTRY_IMPORT'
  | 'REGISTRY_READ'
  | 'REGISTRY_WRITE'
  | 'ROUTE_APPROVE'
  | 'ROUTE_READ'
  | 'ROUTE_WRITE'
  | 'STAGING_READ'
  | 'STAGING_WRITE'
  | 'TERRITORY_READ';

/** Педагогический работник */
export type Person = {
  __typename?: 'Person';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** YYYY-MM-DD */
  birthDate?: Maybe<Scalars['String']['output']>;
  /** The caller may change, archive and restore this card (rule person.write) */
  canEdit: Scalars['Boolean']['output'];
  email?: Maybe<Scalars['String']['output']>;
  experienceYears?: Maybe<Scalars['Int']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  /** Фамилия Имя Отчество */
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Демонстрационные данные: запись придумана для демо, её нет в исходных программах */
  illustrative: Scalars['Boolean']['output'];
  isMasterTeacher: Scalars['Boolean']['output'];
  /** Молодой педагог: стаж не больше 3 лет */
  isYoungTeacher: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  middleName?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  positions: Array<Position>;
  /** Professional-development hours per school year, latest first (completed internship modules, attended events); null when the caller may not read the person */
  professionalHours?: Maybe<Array<ProfessionalHoursYearObject>>;
  qualificationCategory: QualificationCategory;
  subjects: Array<Scalars['String']['output']>;
};

/** A person as groups show them: name and main workplace, nothing more */
export type PersonCard = {
  __typename?: 'PersonCard';
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organizationName?: Maybe<Scalars['String']['output']>;
};

/** A person’s latest score in each competence (or those of one campaign) */
export type PersonCompetenceProfile = {
  __typename?: 'PersonCompetenceProfile';
  /** Frameworks the items belong to */
  frameworks: Array<DeficitFramework>;
  fullName: Scalars['String']['output'];
  items: Array<CompetenceProfileItem>;
  personId: Scalars['ID']['output'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonFilter = {
  archived?: ArchiveFilter;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  qualificationCategory?: InputMaybe<QualificationCategory>;
  /** Part of the full name or e-mail */
  search?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Only young teachers (≤ 3 years) */
  youngOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Order of the Person list; ties are broken by id */
export type PersonOrder = {
  direction: SortDirection;
  field: PersonOrderField;
};

export type PersonOrderField =
  | 'CREATED_AT'
  | 'EXPERIENCE'
  | 'NAME'
  | 'QUALIFICATION'
  | 'SUBJECTS';

/** Проект, дорожная карта, план-график или план мероприятий на учебный год */
export type Plan = {
  __typename?: 'Plan';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller may change it */
  canEdit: Scalars['Boolean']['output'];
  /** YYYY-MM-DD */
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Demo data: invented for the demonstration, or with invented statuses and actual results */
  illustrative: Scalars['Boolean']['output'];
  /** Items not archived */
  itemCount: Scalars['Int']['output'];
  kind: PlanKind;
  municipalityId?: Maybe<Scalars['ID']['output']>;
  networkId?: Maybe<Scalars['ID']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The organisation, municipality or network whose plan it is */
  owner: PlanOwner;
  /** The period as written */
  periodText: Scalars['String']['output'];
  sourceNote: Scalars['String']['output'];
  /** In order */
  stages: Array<PlanStage>;
  /** YYYY-MM-DD */
  startsOn?: Maybe<Scalars['String']['output']>;
  status: PlanStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type PlanConnection = {
  __typename?: 'PlanConnection';
  nodes: Array<Plan>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Корректировка пункта плана с причиной */
export type PlanCorrection = {
  __typename?: 'PlanCorrection';
  authorName: Scalars['String']['output'];
  changes: Array<PlanFieldChange>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  itemTitle: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  versionId?: Maybe<Scalars['ID']['output']>;
};

export type PlanDiffKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED'
  | 'SAME';

export type PlanExportFile = {
  __typename?: 'PlanExportFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  fileType: Scalars['String']['output'];
  /** Size in bytes */
  size: Scalars['Float']['output'];
};

export type PlanExportFormat =
  | 'PDF'
  | 'XLSX';

/** PLAN: the plan as officials file it; REPORT: «Отчёт о реализации плана-графика» */
export type PlanExportLayout =
  | 'PLAN'
  | 'REPORT';

export type PlanFieldChange = {
  __typename?: 'PlanFieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type PlanFilter = {
  archived?: ArchiveFilter;
  kind?: InputMaybe<PlanKind>;
  /** Plans of the municipality and of its organisations */
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Plans of organisations, of municipalities or of networks */
  ownerKind?: InputMaybe<PlanOwnerKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  /** Plans whose period touches this calendar year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Мероприятие плана */
export type PlanItem = {
  __typename?: 'PlanItem';
  actualResult: Scalars['String']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  endsOn?: Maybe<Scalars['String']['output']>;
  expectedResult: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  /** What carries the item out, as far as the caller sees it */
  links: Array<PlanItemLink>;
  /** The status set by hand */
  manualStatus: PlanItemStatus;
  /** The number as written («2.3.»); empty: numbered by position */
  number: Scalars['String']['output'];
  /** People and organisations taking part, as listed */
  participants: Array<PlanItemParty>;
  participantsText: Scalars['String']['output'];
  /** «Сроки» as written */
  periodText: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** People and organisations responsible, as listed */
  responsible: Array<PlanItemParty>;
  /** «Ответственные» as written (roles, groups) */
  responsibleText: Scalars['String']['output'];
  stageId: Scalars['ID']['output'];
  startsOn?: Maybe<Scalars['String']['output']>;
  /** Derived from what carries the item out where it can be, else set by hand */
  status: PlanItemStatusInfo;
  title: Scalars['String']['output'];
};

export type PlanItemCorrectionInput = {
  endsOn?: InputMaybe<Scalars['String']['input']>;
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  participantsText?: InputMaybe<Scalars['String']['input']>;
  /** «Сроки» as written */
  periodText?: InputMaybe<Scalars['String']['input']>;
  /** Why the item changes */
  reason: Scalars['String']['input'];
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type PlanItemInput = {
  actualResult?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  expectedResult?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  participantOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  participantPersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  participantsText?: InputMaybe<Scalars['String']['input']>;
  /** «Сроки» as written */
  periodText?: InputMaybe<Scalars['String']['input']>;
  /** Position within the stage; unique there */
  position?: InputMaybe<Scalars['Int']['input']>;
  responsibleOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the responsible people when given */
  responsiblePersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  responsibleText?: InputMaybe<Scalars['String']['input']>;
  /** Move to another stage of the same plan (appended at its end) */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** Set by hand (a linked mentorship or campaign overrides it) */
  status?: InputMaybe<PlanItemStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A mentorship, a campaign, an event (or one occurrence) or an internship cohort that carries out the item */
export type PlanItemLink = {
  __typename?: 'PlanItemLink';
  id: Scalars['ID']['output'];
  kind: PlanLinkKind;
  /** EVENT: one occurrence of a series (its original date); null: the whole event */
  occurrenceDate?: Maybe<Scalars['String']['output']>;
  /** What the target gives the item */
  status?: Maybe<PlanItemStatus>;
  targetId: Scalars['ID']['output'];
  /** The target as the caller may see it */
  title: Scalars['String']['output'];
};

export type PlanItemLinkInput = {
  kind: PlanLinkKind;
  /** EVENT only: one occurrence of a series, its date (YYYY-MM-DD) */
  occurrenceDate?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
};

/** A person or an organisation responsible for an item, or taking part */
export type PlanItemParty = {
  __typename?: 'PlanItemParty';
  id: Scalars['ID']['output'];
  organization?: Maybe<NetworkOrganization>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  person?: Maybe<PersonCard>;
  personId?: Maybe<Scalars['ID']['output']>;
  role: PlanPartyRole;
};

export type PlanItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_DONE'
  | 'PLANNED';

/** The status of an item: derived from what carries it out where it can be, else set by hand */
export type PlanItemStatusInfo = {
  __typename?: 'PlanItemStatusInfo';
  /** Where the status comes from; empty: set by hand */
  derivedFrom: Array<PlanLinkKind>;
  status: PlanItemStatus;
};

/** Вид плана */
export type PlanKind =
  | 'PLAN_SCHEDULE'
  | 'PROJECT'
  | 'ROADMAP'
  | 'YEARLY_EVENT_PLAN';

/** What carries out a plan item */
export type PlanLinkKind =
  | 'CAMPAIGN'
  | 'EVENT'
  | 'INTERNSHIP_COHORT'
  | 'MENTORSHIP';

/** What a plan item may be linked to, as the caller may see it */
export type PlanLinkTarget = {
  __typename?: 'PlanLinkTarget';
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PlanLinkKind;
  /** EVENT, a series: the dates of its occurrences (to link one); empty otherwise */
  occurrenceDates: Array<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Мониторинг плана: просроченные и находящиеся под угрозой пункты */
export type PlanMonitoring = {
  __typename?: 'PlanMonitoring';
  items: Array<PlanMonitoringItem>;
  planId: Scalars['ID']['output'];
  /** The rule in words */
  rule: Scalars['String']['output'];
  stages: Array<PlanMonitoringStage>;
  /** The day the flags are computed for (YYYY-MM-DD) */
  today: Scalars['String']['output'];
};

/** Просрочено / под угрозой */
export type PlanMonitoringFlag =
  | 'AT_RISK'
  | 'OVERDUE';

export type PlanMonitoringItem = {
  __typename?: 'PlanMonitoringItem';
  endsOn?: Maybe<Scalars['String']['output']>;
  flag?: Maybe<PlanMonitoringFlag>;
  itemId: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  periodText: Scalars['String']['output'];
  stageId: Scalars['ID']['output'];
  startsOn?: Maybe<Scalars['String']['output']>;
  /** The status as the plan-item-status reader derives it */
  status: PlanItemStatus;
  title: Scalars['String']['output'];
};

export type PlanMonitoringStage = {
  __typename?: 'PlanMonitoringStage';
  atRisk: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  stageId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** Order of the Plan list; ties are broken by id */
export type PlanOrder = {
  direction: SortDirection;
  field: PlanOrderField;
};

export type PlanOrderField =
  | 'ITEM_COUNT'
  | 'KIND'
  | 'OWNER'
  | 'STARTS_ON'
  | 'TITLE';

export type PlanOrderIdsInput = {
  /** All stages of the plan (or items of the stage), once each, in the new order */
  ids: Array<Scalars['ID']['input']>;
};

export type PlanOwner = {
  __typename?: 'PlanOwner';
  id: Scalars['ID']['output'];
  /** organization, municipality or network */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PlanOwnerKind =
  | 'MUNICIPALITY'
  | 'NETWORK'
  | 'ORGANIZATION';

export type PlanPartyRole =
  | 'PARTICIPANT'
  | 'RESPONSIBLE';

/** Риск плана и меры по его снижению */
export type PlanRisk = {
  __typename?: 'PlanRisk';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  mitigation: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type PlanRiskInput = {
  mitigation?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type PlanSessionInput = {
  format: SessionFormat;
  /** YYYY-MM-DD */
  plannedOn: Scalars['String']['input'];
  topic: Scalars['String']['input'];
};

/** Этап плана */
export type PlanStage = {
  __typename?: 'PlanStage';
  /** What the stage is for, as written (tasks, forms) */
  description: Scalars['String']['output'];
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** In order */
  items: Array<PlanItem>;
  kind: PlanStageKind;
  periodText: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  startsOn?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};


/** Этап плана */
export type PlanStageItemsArgs = {
  archived?: ArchiveFilter;
};

export type PlanStageInput = {
  description?: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind?: PlanStageKind;
  periodText?: Scalars['String']['input'];
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type PlanStageKind =
  | 'ANALYTICAL'
  | 'MAIN'
  | 'ORGANIZATIONAL'
  | 'OTHER';

export type PlanStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DRAFT';

/** Версия плана (снимок пунктов) */
export type PlanVersion = {
  __typename?: 'PlanVersion';
  createdAt: Scalars['DateTime']['output'];
  createdByName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  itemCount: Scalars['Int']['output'];
  note: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
};

export type PlanVersionDiffRow = {
  __typename?: 'PlanVersionDiffRow';
  after?: Maybe<PlanVersionItem>;
  before?: Maybe<PlanVersionItem>;
  changedFields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PlanDiffKind;
};

export type PlanVersionItem = {
  __typename?: 'PlanVersionItem';
  endDate?: Maybe<Scalars['String']['output']>;
  expectedResult?: Maybe<Scalars['String']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  participants?: Maybe<Scalars['String']['output']>;
  periodText?: Maybe<Scalars['String']['output']>;
  responsible?: Maybe<Scalars['String']['output']>;
  stageTitle: Scalars['String']['output'];
  startDate?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Должность педагога в организации */
export type Position = {
  __typename?: 'Position';
  id: Scalars['ID']['output'];
  isMain: Scalars['Boolean']['output'];
  kind: PositionKind;
  /** Null when the organisation is outside the caller’s scope */
  organization?: Maybe<Organization>;
  organizationId: Scalars['ID']['output'];
  person?: Maybe<Person>;
  personId: Scalars['ID']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type PositionInput = {
  isMain?: Scalars['Boolean']['input'];
  kind: PositionKind;
  organizationId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Должность */
export type PositionKind =
  | 'DEPUTY_DIRECTOR'
  | 'DIRECTOR'
  | 'HEAD_OF_DISTRICT_ASSOCIATION'
  | 'HEAD_OF_SCHOOL_ASSOCIATION'
  | 'METHODIST'
  | 'OTHER'
  | 'PRESCHOOL_TEACHER'
  | 'TEACHER';

/** Where a row of the hours record comes from */
export type ProfessionalHoursKind =
  | 'EVENT'
  | 'INTERNSHIP_MODULE';

/** One fact of a person’s professional-development hours: a completed internship module or an attended event (occurrence) */
export type ProfessionalHoursRowObject = {
  __typename?: 'ProfessionalHoursRowObject';
  /** Number of the valid certificate (public verification page) */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** Completion or occurrence date (ISO) */
  date: Scalars['String']['output'];
  /** The event (link), when the caller may see it */
  eventId?: Maybe<Scalars['ID']['output']>;
  /** Academic hours; null: the event gives no hours (counted in no total) */
  hours?: Maybe<Scalars['Float']['output']>;
  kind: ProfessionalHoursKind;
  personId: Scalars['ID']['output'];
  /** Null for an event outside the caller’s scope */
  title?: Maybe<Scalars['String']['output']>;
};

/** A person’s professional-development hours in one school year (1 September – 31 August) */
export type ProfessionalHoursYearObject = {
  __typename?: 'ProfessionalHoursYearObject';
  /** «2025/2026» */
  label: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  rows: Array<ProfessionalHoursRowObject>;
  /** First calendar year of the school year */
  schoolYear: Scalars['Int']['output'];
  totalHours: Scalars['Float']['output'];
};

export type ProgramFilter = {
  archived?: ArchiveFilter;
  model?: InputMaybe<MentoringModel>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Order of the Program list; ties are broken by id */
export type ProgramOrder = {
  direction: SortDirection;
  field: ProgramOrderField;
};

export type ProgramOrderField =
  | 'COORDINATOR'
  | 'MENTORSHIP_COUNT'
  | 'MODEL'
  | 'NAME'
  | 'STARTS_ON';

/** Шаг, предложенный по дефицитам педагога */
export type ProposedRouteStep = {
  __typename?: 'ProposedRouteStep';
  competenceIds: Array<Scalars['ID']['output']>;
  endsOn?: Maybe<Scalars['String']['output']>;
  /** EVENT: the upcoming event */
  eventId?: Maybe<Scalars['ID']['output']>;
  /** INTERNSHIP_MODULE: the earliest cohort of its programme not yet ended */
  internshipCohortId?: Maybe<Scalars['ID']['output']>;
  /** INTERNSHIP_MODULE: the module */
  internshipModuleId?: Maybe<Scalars['ID']['output']>;
  kind: RouteStepKind;
  mentor?: Maybe<RouteMentorSuggestion>;
  /** EVENT / INTERNSHIP_MODULE: why, in words («развивает: …») */
  reason?: Maybe<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Квалификационная категория */
export type QualificationCategory =
  | 'FIRST'
  | 'HIGHEST'
  | 'MENTOR'
  | 'METHODIST'
  | 'NONE';

export type Query = {
  __typename?: 'Query';
  /** The attached document */
  agreementFile: AgreementFile;
  assignmentPlan: AssignmentPlan;
  /** Assignment plans of a programme, newest first */
  assignmentPlans: Array<AssignmentPlan>;
  association: Association;
  /** Associations hosted in the caller’s scope, or that the caller belongs to */
  associations: AssociationConnection;
  /** The audit log (newest first unless ordered): by person, actor, period and action (platform administrators) */
  auditLog: AuditEntryConnection;
  /** Occurrences of the visible events in [from, to) (≤ 100 days), series expanded, exceptions applied */
  calendar: Array<CalendarOccurrence>;
  calendarFilterOptions: CalendarFilterOptions;
  /** The caller’s own live iCal subscriptions */
  calendarSubscriptions: Array<CalendarSubscription>;
  /** Before/after by competence code */
  campaignComparison: CampaignComparison;
  /** Two versions of one plan compared item by item */
  comparePlanVersions: Array<PlanVersionDiffRow>;
  competencyFramework: CompetencyFramework;
  /** Competency frameworks (reference data: everyone reads), by code, newest version first */
  competencyFrameworks: CompetencyFrameworkConnection;
  /** Meetings of the coordination council kept with a plan */
  councilMeetings: Array<CouncilMeeting>;
  /** Rows (municipalities or organisations) × competences: assessed, shares of deficits and proficits, mean */
  deficitHeatmap: DeficitHeatmap;
  /** Drill-down of a heatmap cell: the organisation’s people with their level and score */
  deficitHeatmapCell: DeficitHeatmapCell;
  /** Frameworks, campaigns with results, municipalities and networks the caller can build deficit views on */
  deficitOptions: DeficitOptions;
  diagnosticCampaign: DiagnosticCampaign;
  /** Campaigns covering organisations of the caller’s scope, or that the caller takes part in */
  diagnosticCampaigns: DiagnosticCampaignConnection;
  /** SELF: the participant themself; EXPERT: staff whose scope covers the participant’s organisation */
  diagnosticForm: DiagnosticForm;
  diagnosticInstrument: DiagnosticInstrument;
  /** Published instruments a campaign may use */
  diagnosticInstrumentOptions: Array<DiagnosticInstrumentOption>;
  /** XLSX template of an instrument; with a framework, its competences are listed on a sheet */
  diagnosticInstrumentTemplate: InstrumentTemplate;
  /** The bank of diagnostic methods (everyone reads), by code, newest version first */
  diagnosticInstruments: DiagnosticInstrumentConnection;
  /** Participants with the state of their responses; the organiser sees all, others people of their scope */
  diagnosticParticipants: DiagnosticParticipantConnection;
  /** Scores and levels per person per competence, paged by person */
  diagnosticResults: DiagnosticPersonResultsConnection;
  /** Шаблон XLSX для загрузки результатов внешней диагностики */
  diagnosticResultsTemplate: DiagnosticResultsTemplate;
  /** «Дневник ПОС» of a mentorship or an association, as the caller may read it */
  diary: Diary;
  event: Event;
  /** The cross-check of diagnostic papers recorded on an event of kind PAPER_CROSS_CHECK */
  eventCrossCheck: CrossCheck;
  /** One event (every occurrence of a series) as iCal text (text/calendar) */
  eventIcal: Scalars['String']['output'];
  /** An uploaded material of an event */
  eventMaterialFile: EventMaterialFile;
  /** Events hosted or organised in the caller’s scope, and those the caller takes part in */
  events: EventConnection;
  /** Active agreements of visible networks whose term ends within the given days */
  expiringAgreements: Array<Agreement>;
  /** The attendance sheet of a session (its master and those who run the cohort) */
  internshipAttendanceSheet: InternshipAttendanceSheet;
  /** The certificate as an Open Badges 3.0 credential (JSON text) */
  internshipCertificateCredential: Scalars['String']['output'];
  /** The certificate as a PDF (its holder and those who run the cohort) */
  internshipCertificatePdf: InternshipCertificateFile;
  /** A cohort the caller sees */
  internshipCohort: InternshipCohort;
  /** Cohorts of an internship programme that the caller sees */
  internshipCohorts: Array<InternshipCohort>;
  internshipProgram: InternshipProgram;
  learningRoute: LearningRoute;
  /** Routes of people in the caller’s scope, and the caller’s own */
  learningRoutes: LearningRouteConnection;
  /** The signed-in account, or null */
  me?: Maybe<Me>;
  /** The mentor base: people in the caller’s scope with a mentor profile */
  mentorBase: MentorProfileConnection;
  /** Mentors for a mentee from the mentor base, ranked, with the score and the reasons in words */
  mentorSuggestions: MentorSuggestions;
  mentoringProgram: MentoringProgram;
  /** Programmes hosted in the caller’s scope, or that the caller takes part in */
  mentoringPrograms: MentoringProgramConnection;
  mentorship: Mentorship;
  /** Mentorships of visible programmes, and the caller’s own */
  mentorships: MentorshipConnection;
  /** Municipalities the caller works in */
  municipalities: Array<Municipality>;
  /** The caller’s participations in open campaigns */
  myDiagnostics: Array<MyDiagnostic>;
  /** «Мои стажировки»: the caller’s applications, newest first */
  myInternshipApplications: Array<InternshipApplication>;
  /** «Мой маршрут»: the caller’s own routes and their groups’ routes */
  myLearningRoutes: Array<LearningRoute>;
  /** The caller’s open sessions */
  mySessions: Array<AccountSession>;
  /** Questionnaires waiting for the caller’s answer */
  mySurveyTasks: Array<SurveyTask>;
  network: Network;
  /** Pending invitations addressed to organisations the caller acts for (their admin, their municipality’s methodist) */
  networkInvitations: Array<NetworkInvitation>;
  /** Networks with a member in the caller’s scope */
  networks: NetworkConnection;
  /** Cohorts the caller sees that have not ended (≤ 50, the earliest first) */
  openInternshipCohorts: Array<InternshipCohort>;
  /** One organisation; NOT_FOUND outside the caller’s scope */
  organization: Organization;
  /** Organisations of any region to add to a network (public name and place only) */
  organizationDirectory: Array<NetworkOrganization>;
  /** Self-diagnostics of a school, newest first */
  organizationSelfDiagnoses: Array<OrganizationSelfDiagnosis>;
  organizationSelfDiagnosis: OrganizationSelfDiagnosis;
  /** Organisations in the caller’s scope, filtered, sorted, paged by cursor */
  organizations: OrganizationConnection;
  /** People in the caller’s scope */
  people: PersonConnection;
  /** A person’s card (the read is audited); NOT_FOUND outside the scope */
  person: Person;
  /** A person’s latest score and level per competence (or those of a campaign) */
  personCompetenceProfile: PersonCompetenceProfile;
  /** All competence results of a person, latest first */
  personCompetenceResults: Array<CompetenceResult>;
  plan: Plan;
  /** Corrections of a plan, newest first */
  planCorrections: Array<PlanCorrection>;
  /** The plan (PLAN) or its execution report (REPORT) as XLSX or PDF, base64 */
  planExport: PlanExportFile;
  /** Events, cohorts, mentorships or campaigns the caller may link a plan item to, by part of the title */
  planLinkTargets: Array<PlanLinkTarget>;
  /** Overdue and at-risk items of a plan, with counts per stage */
  planMonitoring: PlanMonitoring;
  planRisks: Array<PlanRisk>;
  /** Versions of a plan, newest first */
  planVersions: Array<PlanVersion>;
  /** Plans of owners in the caller’s scope, or naming the caller */
  plans: PlanConnection;
  /** Steps proposed from the person’s deficits: mentors who cover them, self-education for the rest */
  proposeRouteSteps: Array<ProposedRouteStep>;
  /** Regions the caller works in */
  regions: Array<Region>;
  /** Шаблон XLSX для загрузки реестра */
  registryImportTemplate: RegistryImportTemplate;
  /** «Диалог в сети»: a teacher’s achievements on their routes (shared ones across the network) */
  routeAchievements: RouteAchievements;
  /** Competences of published frameworks to pick for a route */
  routeCompetenceOptions: Array<RouteCompetenceOption>;
  /** The person’s latest deficits and proficits per competence (for the route builder) */
  routeDeficitOptions: Array<RouteDeficitOption>;
  /** «Карта эффективности»: each targeted competence before and after the route */
  routeEffectiveness: Array<RouteEffectivenessItem>;
  /** Mentorships of the route’s person as a mentee, for its MENTORING steps */
  routeMentorshipOptions: Array<RouteMentorship>;
  /** The evidence file of a step */
  routeStepEvidenceFile: RouteEvidenceFile;
  /** Which strong school could support which weak one, in a network or a municipality */
  schoolPairSuggestions: Array<SchoolPairSuggestion>;
  /** «Диалог в сети»: teachers whose routes are shared in the caller’s networks (the most recently changed first unless ordered) */
  sharedAchievements: SharedTeacherConnection;
  stagingSite: StagingSite;
  /** The catalogue of staging, support and innovation sites the caller reads */
  stagingSites: StagingSiteConnection;
  /** Aggregated answers: for the programme’s coordinators only */
  surveyResults: SurveyResults;
  /** Questionnaires of a visible programme */
  surveys: Array<Survey>;
  /** A certificate by its number (null: no such certificate) */
  verifyInternshipCertificate?: Maybe<CertificateVerification>;
};


export type QueryAgreementFileArgs = {
  agreementId: Scalars['ID']['input'];
};


export type QueryAssignmentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentPlansArgs = {
  programId: Scalars['ID']['input'];
};


export type QueryAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AssociationOrder>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AuditOrder>;
};


export type QueryCalendarArgs = {
  filter?: InputMaybe<CalendarFilter>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryCampaignComparisonArgs = {
  input: CampaignComparisonInput;
};


export type QueryComparePlanVersionsArgs = {
  newerId: Scalars['ID']['input'];
  olderId: Scalars['ID']['input'];
};


export type QueryCompetencyFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompetencyFrameworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FrameworkFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FrameworkOrder>;
};


export type QueryCouncilMeetingsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryDeficitHeatmapArgs = {
  input: DeficitHeatmapInput;
};


export type QueryDeficitHeatmapCellArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  competenceId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type QueryDiagnosticCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDiagnosticCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CampaignOrder>;
};


export type QueryDiagnosticFormArgs = {
  participantId: Scalars['ID']['input'];
  role: ResponseRole;
};


export type QueryDiagnosticInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDiagnosticInstrumentTemplateArgs = {
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDiagnosticInstrumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstrumentFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InstrumentOrder>;
};


export type QueryDiagnosticParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  filter?: InputMaybe<ParticipantFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ParticipantOrder>;
};


export type QueryDiagnosticResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  filter?: InputMaybe<ResultFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResultOrder>;
};


export type QueryDiaryArgs = {
  owner: DiaryOwnerInput;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventCrossCheckArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryEventIcalArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryEventMaterialFileArgs = {
  materialId: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


export type QueryExpiringAgreementsArgs = {
  withinDays?: Scalars['Int']['input'];
};


export type QueryInternshipAttendanceSheetArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryInternshipCertificateCredentialArgs = {
  certificateId: Scalars['ID']['input'];
};


export type QueryInternshipCertificatePdfArgs = {
  certificateId: Scalars['ID']['input'];
};


export type QueryInternshipCohortArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternshipCohortsArgs = {
  programId: Scalars['ID']['input'];
};


export type QueryInternshipProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLearningRouteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLearningRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoutesFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RouteOrder>;
};


export type QueryMentorBaseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorBaseFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MentorOrder>;
};


export type QueryMentorSuggestionsArgs = {
  menteePersonId: Scalars['ID']['input'];
  preferences?: InputMaybe<MatchPreferencesInput>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMentoringProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentoringProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProgramOrder>;
};


export type QueryMentorshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorshipFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MentorshipOrder>;
};


export type QueryMunicipalitiesArgs = {
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NetworkOrder>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationDirectoryArgs = {
  first?: Scalars['Int']['input'];
  search: Scalars['String']['input'];
};


export type QueryOrganizationSelfDiagnosesArgs = {
  archived?: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
};


export type QueryOrganizationSelfDiagnosisArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonCompetenceProfileArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
};


export type QueryPersonCompetenceResultsArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanCorrectionsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanExportArgs = {
  format: PlanExportFormat;
  layout?: PlanExportLayout;
  planId: Scalars['ID']['input'];
};


export type QueryPlanLinkTargetsArgs = {
  kind: PlanLinkKind;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlanMonitoringArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanRisksArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanVersionsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlanOrder>;
};


export type QueryProposeRouteStepsArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  competenceIds?: Array<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
};


export type QueryRegistryImportTemplateArgs = {
  kind: RegistryImportKind;
};


export type QueryRouteAchievementsArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryRouteCompetenceOptionsArgs = {
  frameworkCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRouteDeficitOptionsArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
};


export type QueryRouteEffectivenessArgs = {
  routeId: Scalars['ID']['input'];
};


export type QueryRouteMentorshipOptionsArgs = {
  routeId: Scalars['ID']['input'];
};


export type QueryRouteStepEvidenceFileArgs = {
  stepId: Scalars['ID']['input'];
};


export type QuerySchoolPairSuggestionsArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySharedAchievementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SharedTeacherOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStagingSiteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStagingSitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StagingSiteFilter>;
  first?: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StagingSiteOrder>;
};


export type QuerySurveyResultsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveysArgs = {
  programId: Scalars['ID']['input'];
};


export type QueryVerifyInternshipCertificateArgs = {
  number: Scalars['String']['input'];
};

export type RecordSessionInput = {
  durationMinutes: Scalars['Int']['input'];
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['input'];
  notes?: Scalars['String']['input'];
};

/** Субъект РФ */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Итог проверки или загрузки реестра. Организации находятся по «Коду», а без него — по «ИНН»; педагоги — по «Коду», а без него — по фамилии, имени, отчеству и дате рождения. Повторная загрузка обновляет найденные записи и не создаёт дублей. При любой ошибке ничего не записывается, если не попросить загрузить только корректные строки (onlyValidRows). */
export type RegistryImport = {
  __typename?: 'RegistryImport';
  /** Новых записей (будет создано при проверке) */
  created: Scalars['Int']['output'];
  /** true — это была проверка, ничего не записано */
  dryRun: Scalars['Boolean']['output'];
  /** Все ошибки всех строк, по строкам и столбцам; пусто — файл можно загружать */
  errors: Array<ImportRowError>;
  /** Как строки файла сопоставляются с записями реестра */
  key: Scalars['String']['output'];
  kind: RegistryImportKind;
  /** Строк с ошибками: они не загружаются */
  refused: Scalars['Int']['output'];
  /** Строки с ошибками в столбцах шаблона и с причинами в добавленном столбце; null — ошибок нет */
  refusedRows?: Maybe<RegistryImportFile>;
  /** Строк с данными в файле */
  total: Scalars['Int']['output'];
  /** Записей без изменений */
  unchanged: Scalars['Int']['output'];
  /** Изменённых записей */
  updated: Scalars['Int']['output'];
};

/** Файл XLSX для скачивания */
export type RegistryImportFile = {
  __typename?: 'RegistryImportFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** Что загружается: организации или педагоги */
export type RegistryImportKind =
  | 'ORGANIZATIONS'
  | 'PEOPLE';

/** Пустой шаблон XLSX со строкой заголовков */
export type RegistryImportTemplate = {
  __typename?: 'RegistryImportTemplate';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

export type ResponseRole =
  | 'EXPERT'
  | 'SELF';

export type ResponseStatus =
  | 'DRAFT'
  | 'SUBMITTED';

export type ResultFilter = {
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  /** People with this level (in the competence, if given) */
  level?: InputMaybe<CompetenceLevel>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Order of the Result list; ties are broken by id */
export type ResultOrder = {
  direction: SortDirection;
  field: ResultOrderField;
};

export type ResultOrderField =
  | 'NAME'
  | 'ORGANIZATION';

export type ResultSource =
  | 'COMBINED'
  | 'EXPERT'
  | 'IMPORT'
  | 'SELF';

export type ReviewInternshipProductInput = {
  accepted: Scalars['Boolean']['input'];
  applicationId: Scalars['ID']['input'];
};

export type RevokeInternshipCertificateInput = {
  certificateId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A role with the scope it is held in */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  municipalityId?: Maybe<Scalars['ID']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  regionId?: Maybe<Scalars['ID']['output']>;
  role: RoleKind;
};

/** Роль учётной записи */
export type RoleKind =
  | 'MENTOR'
  | 'MUNICIPAL_METHODIST'
  | 'ORGANIZATION_ADMIN'
  | 'PLATFORM_ADMIN'
  | 'REGIONAL_COORDINATOR'
  | 'TEACHER';

/** «Диалог в сети»: достижения педагога на маршрутах */
export type RouteAchievements = {
  __typename?: 'RouteAchievements';
  fullName: Scalars['String']['output'];
  organizationName?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  routes: Array<SharedRoute>;
};

/** Объединение, чей это групповой маршрут */
export type RouteAssociation = {
  __typename?: 'RouteAssociation';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Компетенция (дефицит), на которую направлен маршрут, и её исходный балл */
export type RouteCompetence = {
  __typename?: 'RouteCompetence';
  /** Score (0–100) in the baseline campaign */
  baselineScore?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  competenceId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Компетенция опубликованной рамки для выбора в маршрут */
export type RouteCompetenceOption = {
  __typename?: 'RouteCompetenceOption';
  areaName: Scalars['String']['output'];
  code: Scalars['String']['output'];
  frameworkCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Последний результат педагога по компетенции (дефицит или профицит) */
export type RouteDeficitOption = {
  __typename?: 'RouteDeficitOption';
  campaignId: Scalars['ID']['output'];
  campaignName: Scalars['String']['output'];
  code: Scalars['String']['output'];
  competenceId: Scalars['ID']['output'];
  frameworkCode: Scalars['String']['output'];
  /** DEFICIT or PROFICIT */
  level: Scalars['String']['output'];
  measuredOn: Scalars['String']['output'];
  name: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  /** SELF, EXPERT, COMBINED or IMPORT */
  source: Scalars['String']['output'];
};

/** Строка «Карты эффективности»: компетенция до и после маршрута */
export type RouteEffectivenessItem = {
  __typename?: 'RouteEffectivenessItem';
  afterCampaignName?: Maybe<Scalars['String']['output']>;
  afterLevel?: Maybe<Scalars['String']['output']>;
  afterMeasuredOn?: Maybe<Scalars['String']['output']>;
  afterScore?: Maybe<Scalars['Float']['output']>;
  /** DEFICIT, NORM or PROFICIT */
  beforeLevel?: Maybe<Scalars['String']['output']>;
  beforeScore?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  competenceId: Scalars['ID']['output'];
  /** A deficit before that is no longer one after */
  deficitClosed?: Maybe<Scalars['Boolean']['output']>;
  delta?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
};

export type RouteEvidenceFile = {
  __typename?: 'RouteEvidenceFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  fileType: Scalars['String']['output'];
};

/** A link, or a file as base64 (pdf, doc(x), pptx, jpg, png; up to 5 MB) */
export type RouteEvidenceInput = {
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  fileName?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type RouteEvidenceSource =
  | 'ATTENDANCE'
  | 'COMPLETION';

/** Запись «Журнала непрерывного профессионального роста» */
export type RouteJournalEntry = {
  __typename?: 'RouteJournalEntry';
  authorName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: RouteJournalEntryKind;
  occurredOn: Scalars['String']['output'];
  stepId?: Maybe<Scalars['ID']['output']>;
  text: Scalars['String']['output'];
};

export type RouteJournalEntryKind =
  | 'EVIDENCE'
  | 'NOTE'
  | 'STATUS'
  | 'STEP';

export type RouteJournalInput = {
  /** YYYY-MM-DD */
  occurredOn: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** Предлагаемый наставник: балл и причины словами */
export type RouteMentorSuggestion = {
  __typename?: 'RouteMentorSuggestion';
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
};

/** Наставничество, в котором педагог маршрута — наставляемый */
export type RouteMentorship = {
  __typename?: 'RouteMentorship';
  id: Scalars['ID']['output'];
  /** The mentors’ full names, comma-separated */
  mentorNames: Scalars['String']['output'];
  programName: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
  /** PLANNED, ACTIVE, COMPLETED or STOPPED */
  status: Scalars['String']['output'];
};

/** Order of the Route list; ties are broken by id */
export type RouteOrder = {
  direction: SortDirection;
  field: RouteOrderField;
};

export type RouteOrderField =
  | 'CREATED_AT'
  | 'OWNER'
  | 'PROGRESS'
  | 'STARTS_ON'
  | 'STATUS'
  | 'TITLE';

/** «Диалог в сети»: продукт маршрута — выполненный шаг и его результат */
export type RouteProduct = {
  __typename?: 'RouteProduct';
  completedOn?: Maybe<Scalars['String']['output']>;
  /** The evidence file (served by routeStepEvidenceFile) */
  evidenceFileName?: Maybe<Scalars['String']['output']>;
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  kind: RouteStepKind;
  /** What came of the step, in the owner’s words */
  result: Scalars['String']['output'];
  stepId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type RouteReflectionInput = {
  reflection: Scalars['String']['input'];
};

export type RouteReturnInput = {
  comment: Scalars['String']['input'];
};

export type RouteStatus =
  | 'APPROVED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'ON_APPROVAL'
  | 'RETURNED';

/** Шаг маршрута */
export type RouteStep = {
  __typename?: 'RouteStep';
  competenceIds: Array<Scalars['ID']['output']>;
  completedOn?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  endsOn?: Maybe<Scalars['String']['output']>;
  /** EVENT: the linked event (null where the caller may not see it: rule `event.read`) */
  event?: Maybe<RouteStepEvent>;
  /** EVENT of a series: the one occurrence */
  eventOccurrenceDate?: Maybe<Scalars['String']['output']>;
  evidenceFileName?: Maybe<Scalars['String']['output']>;
  evidenceFileSize?: Maybe<Scalars['Int']['output']>;
  evidenceFileType?: Maybe<Scalars['String']['output']>;
  /** What completed the step by itself: attendance at its event or its module’s completion */
  evidenceSource?: Maybe<RouteEvidenceSource>;
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** INTERNSHIP_MODULE: the linked module (null where the caller may not see its site: rule `staging.read`) */
  internshipModule?: Maybe<RouteStepModule>;
  kind: RouteStepKind;
  /** The suggested mentor of a MENTORING step (null where the caller may not see the person: rule `route.stepMentor`) */
  mentor?: Maybe<PersonCard>;
  /** The suggested mentor’s person id (null where the caller may not see the person: rule `route.stepMentor`) */
  mentorPersonId?: Maybe<Scalars['ID']['output']>;
  /** The mentorship a MENTORING step belongs to, with its mentors */
  mentorship?: Maybe<RouteMentorship>;
  mentorshipId?: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  reflection: Scalars['String']['output'];
  routeId: Scalars['ID']['output'];
  startsOn?: Maybe<Scalars['String']['output']>;
  status: RouteStepStatus;
  title: Scalars['String']['output'];
};

/** Мероприятие, которым является шаг (только видимое вызывающему) */
export type RouteStepEvent = {
  __typename?: 'RouteStepEvent';
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  startsOn: Scalars['String']['output'];
  /** PLANNED, HELD or CANCELLED */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type RouteStepInput = {
  /** Among the route’s competences */
  competenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: the network event the step is */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** EVENT of a series: the one occurrence (YYYY-MM-DD); any when not given */
  eventOccurrenceDate?: InputMaybe<Scalars['String']['input']>;
  /** INTERNSHIP_MODULE: the cohort (group of interns) to take it in; any when not given */
  internshipCohortId?: InputMaybe<Scalars['ID']['input']>;
  /** INTERNSHIP_MODULE: the module of a staging site’s programme */
  internshipModuleId?: InputMaybe<Scalars['ID']['input']>;
  kind: RouteStepKind;
  /** MENTORING: a suggested mentor */
  mentorPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** MENTORING: a mentorship of the person */
  mentorshipId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type RouteStepKind =
  | 'COURSE'
  | 'EVENT'
  | 'INTERNSHIP_MODULE'
  | 'MENTORING'
  | 'METHODOLOGICAL_PRODUCT'
  | 'OPEN_LESSON'
  | 'SELF_EDUCATION';

/** Модуль стажировки, которым является шаг (только видимый вызывающему) */
export type RouteStepModule = {
  __typename?: 'RouteStepModule';
  cohortEndsOn?: Maybe<Scalars['String']['output']>;
  /** The cohort named by the step, when the caller sees it */
  cohortId?: Maybe<Scalars['ID']['output']>;
  cohortStartsOn?: Maybe<Scalars['String']['output']>;
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  programId: Scalars['ID']['output'];
  programTitle: Scalars['String']['output'];
  siteId: Scalars['ID']['output'];
  siteTitle: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type RouteStepStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type RouteStepStatusInput = {
  /** Required for DONE */
  completedOn?: InputMaybe<Scalars['String']['input']>;
  status: RouteStepStatus;
};

export type RoutesFilter = {
  archived?: ArchiveFilter;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** By title or the owner’s name */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RouteStatus>;
};

/** Какая сильная школа могла бы поддержать слабую */
export type SchoolPairSuggestion = {
  __typename?: 'SchoolPairSuggestion';
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
  strongOrganizationId: Scalars['ID']['output'];
  strongOrganizationName: Scalars['String']['output'];
  weakOrganizationId: Scalars['ID']['output'];
  weakOrganizationName: Scalars['String']['output'];
};

export type ScoreAggregation =
  | 'MEAN'
  | 'MIN';

export type ScoringRuleInput = {
  aggregation?: ScoreAggregation;
  competenceId: Scalars['ID']['input'];
  /** Below this % a deficit */
  deficitBelow: Scalars['Float']['input'];
  /** From this % a proficit */
  proficitFrom: Scalars['Float']['input'];
};

export type SelfDiagnosisEntry = {
  __typename?: 'SelfDiagnosisEntry';
  competence: DeficitCompetence;
  id: Scalars['ID']['output'];
  level: CompetenceLevel;
  note: Scalars['String']['output'];
  /** Aggregated: the mean score of the people */
  score?: Maybe<Scalars['Float']['output']>;
};

export type SelfDiagnosisEntryInput = {
  competenceId: Scalars['ID']['input'];
  level: CompetenceLevel;
  note?: Scalars['String']['input'];
};

export type SelfDiagnosisSource =
  | 'AGGREGATED'
  | 'ENTERED';

export type SessionFormat =
  | 'CONSULTATION'
  | 'IN_PERSON'
  | 'ONLINE'
  | 'OPEN_LESSON';

/** «Диалог в сети»: маршрут, как его показывает владелец — достижения и продукты, без исходных баллов и журнала */
export type SharedRoute = {
  __typename?: 'SharedRoute';
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Done steps with their results and evidence */
  products: Array<RouteProduct>;
  /** Share (0–100) of the non-cancelled steps that are done */
  progress: Scalars['Int']['output'];
  sharedInNetwork: Scalars['Boolean']['output'];
  startsOn: Scalars['String']['output'];
  status: RouteStatus;
  title: Scalars['String']['output'];
};

/** «Диалог в сети»: педагог, открывший свои маршруты сети */
export type SharedTeacher = {
  __typename?: 'SharedTeacher';
  /** Done steps of those routes */
  completedSteps: Scalars['Int']['output'];
  fullName: Scalars['String']['output'];
  /** When the newest of those routes last changed */
  latestAt: Scalars['DateTime']['output'];
  organizationName?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  /** Active routes shared in the network and visible to the caller */
  sharedRoutes: Scalars['Int']['output'];
};

export type SharedTeacherConnection = {
  __typename?: 'SharedTeacherConnection';
  nodes: Array<SharedTeacher>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Order of the SharedTeacher list; ties are broken by id */
export type SharedTeacherOrder = {
  direction: SortDirection;
  field: SharedTeacherOrderField;
};

export type SharedTeacherOrderField =
  | 'COMPLETED_STEPS'
  | 'LATEST_AT'
  | 'NAME'
  | 'ORGANIZATION'
  | 'SHARED_ROUTES';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Стажировочная (опорная, инновационная) площадка на базе организации */
export type StagingSite = {
  __typename?: 'StagingSite';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The caller may keep the site and its programmes */
  canEdit: Scalars['Boolean']['output'];
  /** The caller may change kind, level, period and order, and archive the site */
  canEstablish: Scalars['Boolean']['output'];
  /** Competences the site develops */
  competences: Array<Competence>;
  description: Scalars['String']['output'];
  endsOn: Scalars['String']['output'];
  /** Руководитель площадки */
  head?: Maybe<StagingSitePerson>;
  /** The host organisation and its municipality */
  host: StagingSiteHost;
  id: Scalars['ID']['output'];
  /** Демонстрационные данные: запись придумана для демо, её нет в исходных программах */
  illustrative: Scalars['Boolean']['output'];
  kind: StagingSiteKind;
  level: StagingSiteLevel;
  masterCount: Scalars['Int']['output'];
  /** Рабочая группа педагогов-мастеров, по фамилии */
  masters: Array<StagingSitePerson>;
  /** Date of that order, as written */
  orderDate?: Maybe<Scalars['String']['output']>;
  /** Number of the order that set the site up */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** The host organisation */
  organizationId: Scalars['ID']['output'];
  /** Modular programmes, by title */
  programs: Array<InternshipProgram>;
  startsOn: Scalars['String']['output'];
  /** By the period and today: a site past its end date is EXPIRED */
  state: StagingSiteState;
  theme: Scalars['String']['output'];
};


/** Стажировочная (опорная, инновационная) площадка на базе организации */
export type StagingSiteProgramsArgs = {
  includeArchived?: Scalars['Boolean']['input'];
};

export type StagingSiteConnection = {
  __typename?: 'StagingSiteConnection';
  nodes: Array<StagingSite>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StagingSiteFilter = {
  archived?: ArchiveFilter;
  /** Sites that develop this competence (the site or one of its modules); matched by code across framework versions */
  competenceId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<StagingSiteKind>;
  level?: InputMaybe<StagingSiteLevel>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Тема, описание, организация, программы */
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<StagingSiteState>;
};

/** The host organisation as the catalogue shows it */
export type StagingSiteHost = {
  __typename?: 'StagingSiteHost';
  id: Scalars['ID']['output'];
  municipalityId: Scalars['ID']['output'];
  municipalityName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
};

export type StagingSiteInput = {
  /** Компетенции, которые развивает площадка */
  competenceIds?: Array<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  endsOn: Scalars['String']['input'];
  /** Руководитель площадки */
  headPersonId?: InputMaybe<Scalars['ID']['input']>;
  kind: StagingSiteKind;
  level: StagingSiteLevel;
  /** Рабочая группа: педагоги-мастера */
  masterIds?: Array<Scalars['ID']['input']>;
  /** Дата приказа, как в документе */
  orderDate?: InputMaybe<Scalars['String']['input']>;
  /** Номер приказа о создании площадки */
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['String']['input'];
  theme: Scalars['String']['input'];
};

/** Стажировочная, опорная или инновационная площадка */
export type StagingSiteKind =
  | 'INNOVATION_SITE'
  | 'STAGING_SITE'
  | 'SUPPORT_SITE';

/** Муниципальная или региональная */
export type StagingSiteLevel =
  | 'MUNICIPAL'
  | 'REGIONAL';

/** Order of the StagingSite list; ties are broken by id */
export type StagingSiteOrder = {
  direction: SortDirection;
  field: StagingSiteOrderField;
};

export type StagingSiteOrderField =
  | 'ENDS_ON'
  | 'HOST'
  | 'KIND'
  | 'LEVEL'
  | 'MUNICIPALITY'
  | 'STARTS_ON'
  | 'THEME';

/** The head or a master («педагог-мастер») of a site */
export type StagingSitePerson = {
  __typename?: 'StagingSitePerson';
  /** The person holds «педагог-мастер» */
  isMasterTeacher: Scalars['Boolean']['output'];
  person: PersonCard;
  personId: Scalars['ID']['output'];
};

/** Ещё не начала работу, действует, срок истёк */
export type StagingSiteState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PLANNED';

export type SubmitInternshipProductInput = {
  applicationId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

/** Анкета пар программы наставничества */
export type Survey = {
  __typename?: 'Survey';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  isFinal: Scalars['Boolean']['output'];
  programId: Scalars['ID']['output'];
  questions: Array<SurveyQuestion>;
  title: Scalars['String']['output'];
};

export type SurveyAnswerInput = {
  key: Scalars['String']['input'];
  scale?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  key: Scalars['String']['output'];
  text: Scalars['String']['output'];
  type: SurveyQuestionType;
};

export type SurveyQuestionInput = {
  text: Scalars['String']['input'];
  type: SurveyQuestionType;
};

export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  answered: Scalars['Int']['output'];
  average?: Maybe<Scalars['Float']['output']>;
  /** How many answered 1, 2, … 5 */
  distribution: Array<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  menteeAverage?: Maybe<Scalars['Float']['output']>;
  mentorAverage?: Maybe<Scalars['Float']['output']>;
  text: Scalars['String']['output'];
  /** Free-text answers without authors */
  texts: Array<Scalars['String']['output']>;
  type: SurveyQuestionType;
  /** Sides whose answers are withheld here: fewer than SURVEY_ANONYMITY_MIN of them answered */
  withheld: Array<MentorshipSide>;
  /** «Недостаточно ответов для анонимности» when a side is withheld */
  withheldMessage?: Maybe<Scalars['String']['output']>;
};

/** SCALE: 1–5; TEXT: free text */
export type SurveyQuestionType =
  | 'SCALE'
  | 'TEXT';

/** Aggregated answers for the programme: no individual answers */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** A side’s answers are shown only when at least this many of that side answered */
  anonymityThreshold: Scalars['Int']['output'];
  /** Participants of the mentorships the questionnaire is for: going or completed, not over before it opened */
  expected: Scalars['Int']['output'];
  questions: Array<SurveyQuestionResult>;
  respondents: Scalars['Int']['output'];
  survey: Survey;
};

/** An open questionnaire the caller has not answered yet for a mentorship */
export type SurveyTask = {
  __typename?: 'SurveyTask';
  /** The pair the answer is about: its mentors, mentees and schools */
  mentorship: Mentorship;
  mentorshipId: Scalars['ID']['output'];
  programName: Scalars['String']['output'];
  survey: Survey;
};

export type UpdateAgreementInput = {
  /** YYYY-MM-DD; empty for an open-ended term */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AgreementKind>;
  number?: InputMaybe<Scalars['String']['input']>;
  /** Parties: member organisations of the network, at least two */
  partyOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** YYYY-MM-DD */
  signedOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAssociationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Предмет (для ШМО и РМО) */
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCampaignInput = {
  /** YYYY-MM-DD */
  closesOn?: InputMaybe<Scalars['String']['input']>;
  /** COMBINED only */
  combineRule?: InputMaybe<CombineRule>;
  description?: InputMaybe<Scalars['String']['input']>;
  instrumentId?: InputMaybe<Scalars['ID']['input']>;
  /** Audience: at most this many years of experience */
  maxExperienceYears?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<CampaignMode>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  opensOn?: InputMaybe<Scalars['String']['input']>;
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  scopeKind?: InputMaybe<CampaignScopeKind>;
  /** WEIGHTED: weight of self-assessment, % (50 when not given) */
  selfWeight?: InputMaybe<Scalars['Int']['input']>;
  subjects?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateDiaryEntryInput = {
  answers?: Array<DiaryAnswerInput>;
  text: Scalars['String']['input'];
  visibility?: DiaryVisibility;
};

export type UpdateFrameworkInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateInstrumentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateInternshipCohortInput = {
  capacity: Scalars['Int']['input'];
  /** YYYY-MM-DD */
  endsOn: Scalars['String']['input'];
  /** Completion rule: the least share of sessions attended, % */
  minAttendancePercent?: Scalars['Int']['input'];
  /** Completion rule: the final product must be accepted */
  requireFinalProduct?: Scalars['Boolean']['input'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
  trackId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateInternshipSessionInput = {
  /** ISO date-time */
  endsAt: Scalars['String']['input'];
  masterPersonId?: InputMaybe<Scalars['ID']['input']>;
  moduleId?: InputMaybe<Scalars['ID']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** ISO date-time */
  startsAt: Scalars['String']['input'];
  topic: Scalars['String']['input'];
};

export type UpdateMentorshipInput = {
  endsOn?: InputMaybe<Scalars['String']['input']>;
  goals?: InputMaybe<Scalars['String']['input']>;
  /** Итог работы */
  outcome?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateNetworkInput = {
  /** Организация-координатор (становится участником сети) */
  coordinatorOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  goals?: InputMaybe<Scalars['String']['input']>;
  model?: InputMaybe<NetworkModel>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateNetworkMemberInput = {
  /** null clears the level */
  level?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<NetworkMemberRole>;
};

export type UpdateOrganizationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Код в реестре муниципалитета */
  externalId?: InputMaybe<Scalars['String']['input']>;
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** ИНН: 10 цифр с контрольной */
  inn?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the statuses when given */
  statuses?: InputMaybe<Array<OrganizationStatusInput>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationSelfDiagnosisInput = {
  /** YYYY-MM-DD */
  conductedOn: Scalars['String']['input'];
  entries: Array<SelfDiagnosisEntryInput>;
  summary?: Scalars['String']['input'];
};

export type UpdatePersonInput = {
  /** YYYY-MM-DD */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Педагогический стаж, лет */
  experienceYears?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  isMasterTeacher?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  middleName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the positions when given */
  positions?: InputMaybe<Array<PositionInput>>;
  qualificationCategory?: InputMaybe<QualificationCategory>;
  subjects?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdatePlanInput = {
  /** YYYY-MM-DD */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PlanKind>;
  /** The period as written («2020–2021 учебный год») */
  periodText?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlanStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProgramInput = {
  /** Куратор программы */
  coordinatorPersonId?: InputMaybe<Scalars['ID']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  forms?: InputMaybe<Array<MentoringForm>>;
  goals?: InputMaybe<Scalars['String']['input']>;
  model?: InputMaybe<MentoringModel>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRouteInput = {
  /** The diagnostics the route is built from (baseline scores) */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The competences (deficits) the route addresses */
  competenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** YYYY-MM-DD */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRouteStepInput = {
  /** Among the route’s competences */
  competenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** EVENT: the network event the step is */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** EVENT of a series: the one occurrence (YYYY-MM-DD); any when not given */
  eventOccurrenceDate?: InputMaybe<Scalars['String']['input']>;
  /** INTERNSHIP_MODULE: the cohort (group of interns) to take it in; any when not given */
  internshipCohortId?: InputMaybe<Scalars['ID']['input']>;
  /** INTERNSHIP_MODULE: the module of a staging site’s programme */
  internshipModuleId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<RouteStepKind>;
  /** MENTORING: a suggested mentor */
  mentorPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** MENTORING: a mentorship of the person */
  mentorshipId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** DRAFT is edited; PUBLISHED is in use and never changed in place; RETIRED was replaced by a newer version */
export type VersionStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type WriteDiaryEntryInput = {
  answers?: Array<DiaryAnswerInput>;
  owner: DiaryOwnerInput;
  text: Scalars['String']['input'];
  visibility?: DiaryVisibility;
  /** YYYY-MM-DD */
  writtenOn: Scalars['String']['input'];
};

export type AssociationListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  orderBy?: InputMaybe<AssociationOrder>;
}>;


export type AssociationListQuery = { __typename?: 'Query', associations: { __typename?: 'AssociationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Association', id: string, kind: AssociationKind, name: string, subject?: string | null, archivedAt?: any | null, memberCount: number, host: { __typename?: 'AssociationHost', id: string, kind: string, name: string } }> } };

export type AssociationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssociationQuery = { __typename?: 'Query', association: { __typename?: 'Association', id: string, kind: AssociationKind, name: string, subject?: string | null, description: string, organizationId?: string | null, municipalityId?: string | null, networkId?: string | null, archivedAt?: any | null, canEdit: boolean, memberCount: number, host: { __typename?: 'AssociationHost', id: string, kind: string, name: string }, members: Array<{ __typename?: 'AssociationMember', id: string, personId: string, role: AssociationRole, person: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } }>, meetings: Array<{ __typename?: 'AssociationMeeting', id: string, heldOn: string, format: MeetingFormat, agenda: string, decisions: string, attendeeIds: Array<string>, attendeeCount: number, attendees: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }> }> } };

export type CreateAssociationMutationVariables = Exact<{
  input: CreateAssociationInput;
}>;


export type CreateAssociationMutation = { __typename?: 'Mutation', createAssociation: { __typename?: 'Association', id: string } };

export type UpdateAssociationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAssociationInput;
}>;


export type UpdateAssociationMutation = { __typename?: 'Mutation', updateAssociation: { __typename?: 'Association', id: string, name: string, subject?: string | null, description: string } };

export type ArchiveAssociationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveAssociationMutation = { __typename?: 'Mutation', archiveAssociation: { __typename?: 'Association', id: string, archivedAt?: any | null } };

export type RestoreAssociationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreAssociationMutation = { __typename?: 'Mutation', restoreAssociation: { __typename?: 'Association', id: string, archivedAt?: any | null } };

export type AddAssociationMemberMutationVariables = Exact<{
  associationId: Scalars['ID']['input'];
  input: AssociationMemberInput;
}>;


export type AddAssociationMemberMutation = { __typename?: 'Mutation', addAssociationMember: { __typename?: 'Association', id: string } };

export type UpdateAssociationMemberMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
  role: AssociationRole;
}>;


export type UpdateAssociationMemberMutation = { __typename?: 'Mutation', updateAssociationMember: { __typename?: 'Association', id: string } };

export type RemoveAssociationMemberMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type RemoveAssociationMemberMutation = { __typename?: 'Mutation', removeAssociationMember: { __typename?: 'Association', id: string } };

export type AddAssociationMeetingMutationVariables = Exact<{
  associationId: Scalars['ID']['input'];
  input: AssociationMeetingInput;
}>;


export type AddAssociationMeetingMutation = { __typename?: 'Mutation', addAssociationMeeting: { __typename?: 'Association', id: string } };

export type UpdateAssociationMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  input: AssociationMeetingInput;
}>;


export type UpdateAssociationMeetingMutation = { __typename?: 'Mutation', updateAssociationMeeting: { __typename?: 'Association', id: string } };

export type AuditLogQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  orderBy?: InputMaybe<AuditOrder>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEntry', id: string, at: any, actorAccountId?: string | null, actorLogin?: string | null, actorName?: string | null, action: string, entityType: string, entityId?: string | null, people: Array<{ __typename?: 'AuditPerson', id: string, fullName?: string | null }> }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, login: string, displayName: string, personId?: string | null, permissions: Array<Permission>, grants: Array<{ __typename?: 'RoleGrant', role: RoleKind, regionId?: string | null, municipalityId?: string | null, organizationId?: string | null }> } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', expiresAt: any, me: { __typename?: 'Me', id: string, login: string, displayName: string, personId?: string | null, permissions: Array<Permission>, grants: Array<{ __typename?: 'RoleGrant', role: RoleKind, regionId?: string | null, municipalityId?: string | null, organizationId?: string | null }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'AccountSession', id: string, createdAt: any, lastSeenAt: any, ip?: string | null, userAgent?: string | null, current: boolean }> };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type EndSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndSessionMutation = { __typename?: 'Mutation', endSession: Array<{ __typename?: 'AccountSession', id: string, createdAt: any, lastSeenAt: any, ip?: string | null, userAgent?: string | null, current: boolean }> };

export type EndOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndOtherSessionsMutation = { __typename?: 'Mutation', endOtherSessions: Array<{ __typename?: 'AccountSession', id: string, createdAt: any, lastSeenAt: any, ip?: string | null, userAgent?: string | null, current: boolean }> };

export type FrameworkListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<FrameworkFilter>;
  orderBy?: InputMaybe<FrameworkOrder>;
}>;


export type FrameworkListQuery = { __typename?: 'Query', competencyFrameworks: { __typename?: 'CompetencyFrameworkConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, status: VersionStatus, publishedAt?: any | null, archivedAt?: any | null, competenceCount: number, canManage: boolean }> } };

export type FrameworkTreeFragment = { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> };

export type FrameworkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FrameworkQuery = { __typename?: 'Query', competencyFramework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type CreateFrameworkMutationVariables = Exact<{
  input: CreateFrameworkInput;
}>;


export type CreateFrameworkMutation = { __typename?: 'Mutation', createCompetencyFramework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type UpdateFrameworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateFrameworkInput;
}>;


export type UpdateFrameworkMutation = { __typename?: 'Mutation', updateCompetencyFramework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type PublishFrameworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishFrameworkMutation = { __typename?: 'Mutation', publishCompetencyFramework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type NewFrameworkVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewFrameworkVersionMutation = { __typename?: 'Mutation', createCompetencyFrameworkVersion: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type ArchiveFrameworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveFrameworkMutation = { __typename?: 'Mutation', archiveCompetencyFramework: { __typename?: 'CompetencyFramework', id: string, archivedAt?: any | null, canEdit: boolean } };

export type RestoreFrameworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreFrameworkMutation = { __typename?: 'Mutation', restoreCompetencyFramework: { __typename?: 'CompetencyFramework', id: string, archivedAt?: any | null, canEdit: boolean } };

export type AddCompetenceAreaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AreaInput;
}>;


export type AddCompetenceAreaMutation = { __typename?: 'Mutation', addCompetenceArea: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type UpdateCompetenceAreaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AreaInput;
}>;


export type UpdateCompetenceAreaMutation = { __typename?: 'Mutation', updateCompetenceArea: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type RemoveCompetenceAreaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCompetenceAreaMutation = { __typename?: 'Mutation', removeCompetenceArea: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type AddCompetenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CompetenceInput;
}>;


export type AddCompetenceMutation = { __typename?: 'Mutation', addCompetence: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type UpdateCompetenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CompetenceInput;
}>;


export type UpdateCompetenceMutation = { __typename?: 'Mutation', updateCompetence: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type RemoveCompetenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCompetenceMutation = { __typename?: 'Mutation', removeCompetence: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type AddCompetenceIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: IndicatorInput;
}>;


export type AddCompetenceIndicatorMutation = { __typename?: 'Mutation', addCompetenceIndicator: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type UpdateCompetenceIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: IndicatorInput;
}>;


export type UpdateCompetenceIndicatorMutation = { __typename?: 'Mutation', updateCompetenceIndicator: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type RemoveCompetenceIndicatorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCompetenceIndicatorMutation = { __typename?: 'Mutation', removeCompetenceIndicator: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, competenceCount: number, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, position: number, competences: Array<{ __typename?: 'Competence', id: string, areaId: string, code: string, name: string, description: string, position: number, indicators: Array<{ __typename?: 'CompetenceIndicator', id: string, code: string, name: string, position: number }> }> }> } };

export type DeficitOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeficitOptionsQuery = { __typename?: 'Query', deficitOptions: { __typename?: 'DeficitOptions', frameworks: Array<{ __typename?: 'DeficitFrameworkOption', id: string, code: string, version: number, name: string, areas: Array<{ __typename?: 'DeficitArea', id: string, code: string, name: string, competences: Array<{ __typename?: 'DeficitCompetence', id: string, code: string, name: string }> }> }>, campaigns: Array<{ __typename?: 'DeficitCampaign', id: string, name: string, frameworkId: string, status: CampaignStatus, closesOn: string }>, municipalities: Array<{ __typename?: 'DeficitPlace', id: string, name: string }>, networks: Array<{ __typename?: 'DeficitPlace', id: string, name: string }> } };

export type PersonCompetenceProfileQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PersonCompetenceProfileQuery = { __typename?: 'Query', personCompetenceProfile: { __typename?: 'PersonCompetenceProfile', personId: string, fullName: string, frameworks: Array<{ __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }>, items: Array<{ __typename?: 'CompetenceProfileItem', frameworkId: string, score: number, level: CompetenceLevel, source: ResultSource, measuredOn: string, campaignId: string, campaignName: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> } };

export type DeficitHeatmapQueryVariables = Exact<{
  input: DeficitHeatmapInput;
}>;


export type DeficitHeatmapQuery = { __typename?: 'Query', deficitHeatmap: { __typename?: 'DeficitHeatmap', level: HeatmapLevel, framework: { __typename?: 'DeficitFramework', id: string, name: string }, campaign?: { __typename?: 'DeficitCampaign', id: string, name: string } | null, areas: Array<{ __typename?: 'DeficitArea', id: string, code: string, name: string, competences: Array<{ __typename?: 'DeficitCompetence', id: string, code: string, name: string }> }>, rows: Array<{ __typename?: 'HeatmapRow', id: string, name: string, assessed: number }>, cells: Array<{ __typename?: 'HeatmapCell', rowId: string, competenceId: string, assessed: number, deficits: number, proficits: number, deficitShare: number, proficitShare: number, meanScore: number }> } };

export type DeficitHeatmapCellQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  competenceId: Scalars['ID']['input'];
  campaignId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DeficitHeatmapCellQuery = { __typename?: 'Query', deficitHeatmapCell: { __typename?: 'DeficitHeatmapCell', organization: { __typename?: 'DeficitPlace', id: string, name: string }, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string }, people: Array<{ __typename?: 'HeatmapCellPerson', personId: string, fullName: string, score: number, level: CompetenceLevel, source: ResultSource, measuredOn: string }> } };

export type CampaignComparisonQueryVariables = Exact<{
  input: CampaignComparisonInput;
}>;


export type CampaignComparisonQuery = { __typename?: 'Query', campaignComparison: { __typename?: 'CampaignComparison', before: { __typename?: 'DeficitCampaign', id: string, name: string }, after: { __typename?: 'DeficitCampaign', id: string, name: string }, rows: Array<{ __typename?: 'CampaignComparisonRow', code: string, name: string, areaName: string, assessed: number, beforeMean?: number | null, afterMean?: number | null, beforeDeficitShare?: number | null, afterDeficitShare?: number | null, delta?: number | null, beforeLevel?: CompetenceLevel | null, afterLevel?: CompetenceLevel | null }> } };

export type SelfDiagnosisFieldsFragment = { __typename?: 'OrganizationSelfDiagnosis', id: string, organizationId: string, conductedOn: string, source: SelfDiagnosisSource, campaignId?: string | null, summary: string, archivedAt?: any | null, canEdit: boolean, framework: { __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }, entries: Array<{ __typename?: 'SelfDiagnosisEntry', id: string, level: CompetenceLevel, score?: number | null, note: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> };

export type OrganizationSelfDiagnosesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OrganizationSelfDiagnosesQuery = { __typename?: 'Query', organizationSelfDiagnoses: Array<{ __typename?: 'OrganizationSelfDiagnosis', id: string, organizationId: string, conductedOn: string, source: SelfDiagnosisSource, campaignId?: string | null, summary: string, archivedAt?: any | null, canEdit: boolean, framework: { __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }, entries: Array<{ __typename?: 'SelfDiagnosisEntry', id: string, level: CompetenceLevel, score?: number | null, note: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> }> };

export type CreateOrganizationSelfDiagnosisMutationVariables = Exact<{
  input: CreateOrganizationSelfDiagnosisInput;
}>;


export type CreateOrganizationSelfDiagnosisMutation = { __typename?: 'Mutation', createOrganizationSelfDiagnosis: { __typename?: 'OrganizationSelfDiagnosis', id: string, organizationId: string, conductedOn: string, source: SelfDiagnosisSource, campaignId?: string | null, summary: string, archivedAt?: any | null, canEdit: boolean, framework: { __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }, entries: Array<{ __typename?: 'SelfDiagnosisEntry', id: string, level: CompetenceLevel, score?: number | null, note: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> } };

export type UpdateOrganizationSelfDiagnosisMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationSelfDiagnosisInput;
}>;


export type UpdateOrganizationSelfDiagnosisMutation = { __typename?: 'Mutation', updateOrganizationSelfDiagnosis: { __typename?: 'OrganizationSelfDiagnosis', id: string, organizationId: string, conductedOn: string, source: SelfDiagnosisSource, campaignId?: string | null, summary: string, archivedAt?: any | null, canEdit: boolean, framework: { __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }, entries: Array<{ __typename?: 'SelfDiagnosisEntry', id: string, level: CompetenceLevel, score?: number | null, note: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> } };

export type AggregateOrganizationSelfDiagnosisMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  campaignId: Scalars['ID']['input'];
}>;


export type AggregateOrganizationSelfDiagnosisMutation = { __typename?: 'Mutation', aggregateOrganizationSelfDiagnosis: { __typename?: 'OrganizationSelfDiagnosis', id: string, organizationId: string, conductedOn: string, source: SelfDiagnosisSource, campaignId?: string | null, summary: string, archivedAt?: any | null, canEdit: boolean, framework: { __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }, entries: Array<{ __typename?: 'SelfDiagnosisEntry', id: string, level: CompetenceLevel, score?: number | null, note: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> } };

export type ArchiveOrganizationSelfDiagnosisMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveOrganizationSelfDiagnosisMutation = { __typename?: 'Mutation', archiveOrganizationSelfDiagnosis: { __typename?: 'OrganizationSelfDiagnosis', id: string, organizationId: string, conductedOn: string, source: SelfDiagnosisSource, campaignId?: string | null, summary: string, archivedAt?: any | null, canEdit: boolean, framework: { __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }, entries: Array<{ __typename?: 'SelfDiagnosisEntry', id: string, level: CompetenceLevel, score?: number | null, note: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> } };

export type RestoreOrganizationSelfDiagnosisMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreOrganizationSelfDiagnosisMutation = { __typename?: 'Mutation', restoreOrganizationSelfDiagnosis: { __typename?: 'OrganizationSelfDiagnosis', id: string, organizationId: string, conductedOn: string, source: SelfDiagnosisSource, campaignId?: string | null, summary: string, archivedAt?: any | null, canEdit: boolean, framework: { __typename?: 'DeficitFramework', id: string, code: string, version: number, name: string }, entries: Array<{ __typename?: 'SelfDiagnosisEntry', id: string, level: CompetenceLevel, score?: number | null, note: string, competence: { __typename?: 'DeficitCompetence', id: string, code: string, name: string, areaId: string, areaCode: string, areaName: string } }> } };

export type DiagnosticCampaignListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  orderBy?: InputMaybe<CampaignOrder>;
}>;


export type DiagnosticCampaignListQuery = { __typename?: 'Query', diagnosticCampaigns: { __typename?: 'DiagnosticCampaignConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'DiagnosticCampaign', id: string, name: string, instrumentName: string, mode: CampaignMode, status: CampaignStatus, scopeKind: CampaignScopeKind, networkName?: string | null, municipalityName?: string | null, opensOn: string, closesOn: string, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number }> } };

export type DiagnosticCampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DiagnosticCampaignQuery = { __typename?: 'Query', diagnosticCampaign: { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> } };

export type DiagnosticCampaignFieldsFragment = { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> };

export type DiagnosticInstrumentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DiagnosticInstrumentOptionsQuery = { __typename?: 'Query', diagnosticInstrumentOptions: Array<{ __typename?: 'DiagnosticInstrumentOption', id: string, code: string, version: number, name: string, itemsCount: number }> };

export type CreateDiagnosticCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateDiagnosticCampaignMutation = { __typename?: 'Mutation', createDiagnosticCampaign: { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> } };

export type UpdateDiagnosticCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
}>;


export type UpdateDiagnosticCampaignMutation = { __typename?: 'Mutation', updateDiagnosticCampaign: { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> } };

export type OpenDiagnosticCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenDiagnosticCampaignMutation = { __typename?: 'Mutation', openDiagnosticCampaign: { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> } };

export type CloseDiagnosticCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseDiagnosticCampaignMutation = { __typename?: 'Mutation', closeDiagnosticCampaign: { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> } };

export type ArchiveDiagnosticCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveDiagnosticCampaignMutation = { __typename?: 'Mutation', archiveDiagnosticCampaign: { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> } };

export type RestoreDiagnosticCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreDiagnosticCampaignMutation = { __typename?: 'Mutation', restoreDiagnosticCampaign: { __typename?: 'DiagnosticCampaign', id: string, name: string, description: string, instrumentId: string, instrumentName: string, mode: CampaignMode, combineRule?: CombineRule | null, selfWeight: number, scopeKind: CampaignScopeKind, networkId?: string | null, networkName?: string | null, municipalityId?: string | null, municipalityName?: string | null, organizationIds: Array<string>, maxExperienceYears?: number | null, subjects: Array<string>, opensOn: string, closesOn: string, status: CampaignStatus, archivedAt?: any | null, participantsCount: number, selfSubmittedCount: number, expertSubmittedCount: number, resultsCount: number, canEdit: boolean, organizations: Array<{ __typename?: 'DiagnosticCampaignOrganization', id: string, name: string }> } };

export type DiagnosticParticipantsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ParticipantOrder>;
  filter?: InputMaybe<ParticipantFilter>;
}>;


export type DiagnosticParticipantsQuery = { __typename?: 'Query', diagnosticParticipants: { __typename?: 'DiagnosticParticipantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'DiagnosticParticipant', id: string, personId: string, fullName: string, organizationName: string, selfStatus?: ResponseStatus | null, selfSubmittedAt?: any | null, expertStatus?: ResponseStatus | null, expertSubmittedAt?: any | null }> } };

export type DiagnosticResultsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ResultOrder>;
  filter?: InputMaybe<ResultFilter>;
}>;


export type DiagnosticResultsQuery = { __typename?: 'Query', diagnosticResults: { __typename?: 'DiagnosticPersonResultsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'DiagnosticPersonResults', participant: { __typename?: 'DiagnosticParticipant', id: string, personId: string, fullName: string, organizationName: string }, results: Array<{ __typename?: 'CompetenceResult', competenceId: string, competenceCode: string, competenceName: string, score: number, level: CompetenceLevel, source: ResultSource, measuredOn: string }> }> } };

export type DiagnosticResultsTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type DiagnosticResultsTemplateQuery = { __typename?: 'Query', diagnosticResultsTemplate: { __typename?: 'DiagnosticResultsTemplate', fileName: string, contentBase64: string } };

export type ImportDiagnosticResultsMutationVariables = Exact<{
  input: ImportDiagnosticResultsInput;
}>;


export type ImportDiagnosticResultsMutation = { __typename?: 'Mutation', importDiagnosticResults: { __typename?: 'DiagnosticResultsImport', dryRun: boolean, total: number, created: number, updated: number, participantsAdded: number, errors: Array<{ __typename?: 'DiagnosticResultsImportError', line: number, column?: string | null, message: string }> } };

export type MyDiagnosticsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDiagnosticsQuery = { __typename?: 'Query', myDiagnostics: Array<{ __typename?: 'MyDiagnostic', participantId: string, campaignId: string, campaignName: string, instrumentName: string, mode: CampaignMode, opensOn: string, closesOn: string, selfAssessment: boolean, status?: ResponseStatus | null, submittedAt?: any | null }> };

export type DiagnosticFormFieldsFragment = { __typename?: 'DiagnosticForm', participantId: string, role: ResponseRole, campaignId: string, campaignName: string, instrumentName: string, instructions: string, opensOn: string, closesOn: string, personName: string, organizationName: string, status?: ResponseStatus | null, submittedAt?: any | null, savedAt?: any | null, blockedReason?: string | null, items: Array<{ __typename?: 'DiagnosticFormItem', id: string, position: number, competenceId: string, competenceCode: string, competenceName: string, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, required: boolean, options: Array<{ __typename?: 'DiagnosticFormOption', key: string, label: string }> }>, answers: Array<{ __typename?: 'DiagnosticAnswer', itemId: string, scale?: number | null, option?: string | null, options?: Array<string> | null, text?: string | null }> };

export type DiagnosticFormQueryVariables = Exact<{
  participantId: Scalars['ID']['input'];
  role: ResponseRole;
}>;


export type DiagnosticFormQuery = { __typename?: 'Query', diagnosticForm: { __typename?: 'DiagnosticForm', participantId: string, role: ResponseRole, campaignId: string, campaignName: string, instrumentName: string, instructions: string, opensOn: string, closesOn: string, personName: string, organizationName: string, status?: ResponseStatus | null, submittedAt?: any | null, savedAt?: any | null, blockedReason?: string | null, items: Array<{ __typename?: 'DiagnosticFormItem', id: string, position: number, competenceId: string, competenceCode: string, competenceName: string, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, required: boolean, options: Array<{ __typename?: 'DiagnosticFormOption', key: string, label: string }> }>, answers: Array<{ __typename?: 'DiagnosticAnswer', itemId: string, scale?: number | null, option?: string | null, options?: Array<string> | null, text?: string | null }> } };

export type SaveDiagnosticDraftMutationVariables = Exact<{
  input: DiagnosticAnswersInput;
}>;


export type SaveDiagnosticDraftMutation = { __typename?: 'Mutation', saveDiagnosticDraft: { __typename?: 'DiagnosticForm', participantId: string, role: ResponseRole, campaignId: string, campaignName: string, instrumentName: string, instructions: string, opensOn: string, closesOn: string, personName: string, organizationName: string, status?: ResponseStatus | null, submittedAt?: any | null, savedAt?: any | null, blockedReason?: string | null, items: Array<{ __typename?: 'DiagnosticFormItem', id: string, position: number, competenceId: string, competenceCode: string, competenceName: string, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, required: boolean, options: Array<{ __typename?: 'DiagnosticFormOption', key: string, label: string }> }>, answers: Array<{ __typename?: 'DiagnosticAnswer', itemId: string, scale?: number | null, option?: string | null, options?: Array<string> | null, text?: string | null }> } };

export type SubmitDiagnosticResponseMutationVariables = Exact<{
  input: DiagnosticAnswersInput;
}>;


export type SubmitDiagnosticResponseMutation = { __typename?: 'Mutation', submitDiagnosticResponse: { __typename?: 'DiagnosticForm', participantId: string, role: ResponseRole, campaignId: string, campaignName: string, instrumentName: string, instructions: string, opensOn: string, closesOn: string, personName: string, organizationName: string, status?: ResponseStatus | null, submittedAt?: any | null, savedAt?: any | null, blockedReason?: string | null, items: Array<{ __typename?: 'DiagnosticFormItem', id: string, position: number, competenceId: string, competenceCode: string, competenceName: string, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, required: boolean, options: Array<{ __typename?: 'DiagnosticFormOption', key: string, label: string }> }>, answers: Array<{ __typename?: 'DiagnosticAnswer', itemId: string, scale?: number | null, option?: string | null, options?: Array<string> | null, text?: string | null }> } };

export type DiaryQueryVariables = Exact<{
  owner: DiaryOwnerInput;
}>;


export type DiaryQuery = { __typename?: 'Query', diary: { __typename?: 'Diary', canWrite: boolean, sharedOnly: boolean, entries: Array<{ __typename?: 'DiaryEntry', id: string, authorPersonId: string, writtenOn: string, text: string, visibility: DiaryVisibility, mine: boolean, author: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }, answers: Array<{ __typename?: 'DiaryAnswer', key: string, prompt: string, text: string }> }> } };

export type WriteDiaryEntryMutationVariables = Exact<{
  input: WriteDiaryEntryInput;
}>;


export type WriteDiaryEntryMutation = { __typename?: 'Mutation', writeDiaryEntry: { __typename?: 'DiaryEntry', id: string } };

export type UpdateDiaryEntryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDiaryEntryInput;
}>;


export type UpdateDiaryEntryMutation = { __typename?: 'Mutation', updateDiaryEntry: { __typename?: 'DiaryEntry', id: string, text: string, visibility: DiaryVisibility, answers: Array<{ __typename?: 'DiaryAnswer', key: string, prompt: string, text: string }> } };

export type CalendarQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  filter?: InputMaybe<CalendarFilter>;
}>;


export type CalendarQuery = { __typename?: 'Query', calendar: Array<{ __typename?: 'CalendarOccurrence', id: string, eventId: string, title: string, kind: EventKind, startsAt: string, endsAt?: string | null, allDay: boolean, cancelled: boolean }> };

export type CalendarFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFilterOptionsQuery = { __typename?: 'Query', calendarFilterOptions: { __typename?: 'CalendarFilterOptions', networks: Array<{ __typename?: 'CalendarOption', id: string, name: string }>, municipalities: Array<{ __typename?: 'CalendarOption', id: string, name: string }>, competences: Array<{ __typename?: 'CalendarOption', id: string, name: string }> } };

export type CalendarSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarSubscriptionsQuery = { __typename?: 'Query', calendarSubscriptions: Array<{ __typename?: 'CalendarSubscription', id: string, name: string, createdAt: any, lastUsedAt?: any | null, filterLabel: string }> };

export type CreateCalendarSubscriptionMutationVariables = Exact<{
  input: CreateCalendarSubscriptionInput;
}>;


export type CreateCalendarSubscriptionMutation = { __typename?: 'Mutation', createCalendarSubscription: { __typename?: 'CalendarSubscriptionCreated', path: string, subscription: { __typename?: 'CalendarSubscription', id: string, name: string, createdAt: any, lastUsedAt?: any | null, filterLabel: string } } };

export type RevokeCalendarSubscriptionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeCalendarSubscriptionMutation = { __typename?: 'Mutation', revokeCalendarSubscription: { __typename?: 'CalendarSubscription', id: string, revokedAt?: any | null } };

export type EventCrossCheckQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type EventCrossCheckQuery = { __typename?: 'Query', eventCrossCheck: { __typename?: 'CrossCheck', eventId: string, canEdit: boolean, schoolPairs: Array<{ __typename?: 'CrossCheckSchoolPair', id: string, fromOrganizationId: string, fromName: string, checkerOrganizationId: string, checkerName: string }>, expertPairs: Array<{ __typename?: 'CrossCheckExpertPair', id: string, subject: string, first?: { __typename?: 'CrossCheckExpert', personId: string, fullName: string, organizationName?: string | null } | null, second?: { __typename?: 'CrossCheckExpert', personId: string, fullName: string, organizationName?: string | null } | null }>, protocol: Array<{ __typename?: 'CrossCheckProtocolRow', id: string, subject: string, grade: number, paperCount: number, discrepancyCount: number, comment: string, illustrative: boolean }> } };

export type SaveEventCrossCheckMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  input: CrossCheckInput;
}>;


export type SaveEventCrossCheckMutation = { __typename?: 'Mutation', saveEventCrossCheck: { __typename?: 'CrossCheck', eventId: string, protocol: Array<{ __typename?: 'CrossCheckProtocolRow', id: string, subject: string, grade: number, paperCount: number, discrepancyCount: number, comment: string, illustrative: boolean }> } };

export type EventListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<EventFilter>;
  orderBy?: InputMaybe<EventOrder>;
}>;


export type EventListQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Event', id: string, title: string, kind: EventKind, status: EventStatus, timing: EventTiming, startsOn: string, endsOn: string, startsAt?: any | null, periodLabel?: string | null, archivedAt?: any | null, registeredCount: number, capacity?: number | null, series?: { __typename?: 'EventSeriesRule', frequency: EventRecurrence } | null, host: { __typename?: 'EventHost', id: string, kind: string, name: string } }> } };

export type EventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, title: string, kind: EventKind, description: string, status: EventStatus, timing: EventTiming, startsOn: string, endsOn: string, startsAt?: any | null, endsAt?: any | null, periodLabel?: string | null, place?: string | null, onlineUrl?: string | null, audience: string, audienceTarget?: EventAudienceTarget | null, competenceIds: Array<string>, responsibleNote: string, plannedResult: string, actualResult: string, capacity?: number | null, hours?: number | null, registrationOpen: boolean, revision: number, source?: string | null, illustrative: boolean, archivedAt?: any | null, organizationId?: string | null, municipalityId?: string | null, networkId?: string | null, canEdit: boolean, canMarkAttendance: boolean, registeredCount: number, seatsLeft?: number | null, registrationProblem?: string | null, attended: boolean, series?: { __typename?: 'EventSeriesRule', frequency: EventRecurrence, interval: number, count?: number | null, until?: string | null } | null, host: { __typename?: 'EventHost', id: string, kind: string, name: string }, organizers: Array<{ __typename?: 'EventOrganizer', id: string, name: string }>, responsible: Array<{ __typename?: 'EventResponsible', personId: string, person: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } }>, competences: Array<{ __typename?: 'EventCompetence', id: string, code: string, name: string }>, occurrences: Array<{ __typename?: 'EventOccurrence', occurrenceDate: string, startsOn: string, endsOn: string, cancelled: boolean, moved: boolean, note: string }>, myRegistration?: { __typename?: 'EventRegistration', id: string, status: EventRegistrationStatus } | null, registrations: Array<{ __typename?: 'EventRegistration', id: string, personId: string, status: EventRegistrationStatus, person: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } }>, attendance: Array<{ __typename?: 'EventAttendance', id: string, personId: string, occurrenceDate: string }>, feedback: Array<{ __typename?: 'EventFeedback', id: string, personId: string, rating: number, comment: string }>, feedbackSummary: { __typename?: 'EventFeedbackSummary', count: number, average?: number | null }, materials: Array<{ __typename?: 'EventMaterial', id: string, kind: EventMaterialKind, title: string, url?: string | null, fileName?: string | null, fileSize?: number | null }> } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'Event', id: string } };

export type UpdateEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EventInput;
}>;


export type UpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'Event', id: string, title: string, revision: number } };

export type ArchiveEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveEventMutation = { __typename?: 'Mutation', archiveEvent: { __typename?: 'Event', id: string, archivedAt?: any | null } };

export type RestoreEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreEventMutation = { __typename?: 'Mutation', restoreEvent: { __typename?: 'Event', id: string, archivedAt?: any | null } };

export type RegisterForEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type RegisterForEventMutation = { __typename?: 'Mutation', registerForEvent: { __typename?: 'Event', id: string, registeredCount: number, seatsLeft?: number | null, registrationProblem?: string | null, myRegistration?: { __typename?: 'EventRegistration', id: string, status: EventRegistrationStatus } | null } };

export type CancelEventRegistrationMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type CancelEventRegistrationMutation = { __typename?: 'Mutation', cancelEventRegistration: { __typename?: 'Event', id: string, registeredCount: number, seatsLeft?: number | null, registrationProblem?: string | null, myRegistration?: { __typename?: 'EventRegistration', id: string, status: EventRegistrationStatus } | null } };

export type MarkEventAttendanceMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  input: EventAttendanceInput;
}>;


export type MarkEventAttendanceMutation = { __typename?: 'Mutation', markEventAttendance: { __typename?: 'Event', id: string, attendance: Array<{ __typename?: 'EventAttendance', id: string, personId: string, occurrenceDate: string }> } };

export type LeaveEventFeedbackMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  input: EventFeedbackInput;
}>;


export type LeaveEventFeedbackMutation = { __typename?: 'Mutation', leaveEventFeedback: { __typename?: 'Event', id: string, feedback: Array<{ __typename?: 'EventFeedback', id: string, personId: string, rating: number, comment: string }>, feedbackSummary: { __typename?: 'EventFeedbackSummary', count: number, average?: number | null } } };

export type AddEventMaterialMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  input: EventMaterialInput;
}>;


export type AddEventMaterialMutation = { __typename?: 'Mutation', addEventMaterial: { __typename?: 'Event', id: string, materials: Array<{ __typename?: 'EventMaterial', id: string, kind: EventMaterialKind, title: string, url?: string | null, fileName?: string | null, fileSize?: number | null }> } };

export type RemoveEventMaterialMutationVariables = Exact<{
  materialId: Scalars['ID']['input'];
}>;


export type RemoveEventMaterialMutation = { __typename?: 'Mutation', removeEventMaterial: { __typename?: 'Event', id: string, materials: Array<{ __typename?: 'EventMaterial', id: string, kind: EventMaterialKind, title: string, url?: string | null, fileName?: string | null, fileSize?: number | null }> } };

export type EventMaterialFileQueryVariables = Exact<{
  materialId: Scalars['ID']['input'];
}>;


export type EventMaterialFileQuery = { __typename?: 'Query', eventMaterialFile: { __typename?: 'EventMaterialFile', fileName: string, fileType: string, contentBase64: string } };

export type PersonProfessionalHoursQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonProfessionalHoursQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, fullName: string, professionalHours?: Array<{ __typename?: 'ProfessionalHoursYearObject', personId: string, schoolYear: number, label: string, totalHours: number, rows: Array<{ __typename?: 'ProfessionalHoursRowObject', personId: string, date: string, kind: ProfessionalHoursKind, title?: string | null, hours?: number | null, eventId?: string | null, certificateNumber?: string | null }> }> | null } };

export type InstrumentListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<InstrumentFilter>;
  orderBy?: InputMaybe<InstrumentOrder>;
}>;


export type InstrumentListQuery = { __typename?: 'Query', diagnosticInstruments: { __typename?: 'DiagnosticInstrumentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, status: VersionStatus, archivedAt?: any | null, itemCount: number, canManage: boolean, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string } }> } };

export type PublishedFrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedFrameworksQuery = { __typename?: 'Query', competencyFrameworks: { __typename?: 'CompetencyFrameworkConnection', nodes: Array<{ __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }> } };

export type FrameworkCompetencesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FrameworkCompetencesQuery = { __typename?: 'Query', competencyFramework: { __typename?: 'CompetencyFramework', id: string, areas: Array<{ __typename?: 'CompetenceArea', id: string, code: string, name: string, competences: Array<{ __typename?: 'Competence', id: string, code: string, name: string }> }> } };

export type InstrumentFieldsFragment = { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> };

export type InstrumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstrumentQuery = { __typename?: 'Query', diagnosticInstrument: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type CreateInstrumentMutationVariables = Exact<{
  input: CreateInstrumentInput;
}>;


export type CreateInstrumentMutation = { __typename?: 'Mutation', createDiagnosticInstrument: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type UpdateInstrumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateInstrumentInput;
}>;


export type UpdateInstrumentMutation = { __typename?: 'Mutation', updateDiagnosticInstrument: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type AddDiagnosticItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ItemInput;
}>;


export type AddDiagnosticItemMutation = { __typename?: 'Mutation', addDiagnosticItem: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type UpdateDiagnosticItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ItemInput;
}>;


export type UpdateDiagnosticItemMutation = { __typename?: 'Mutation', updateDiagnosticItem: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type MoveDiagnosticItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;


export type MoveDiagnosticItemMutation = { __typename?: 'Mutation', moveDiagnosticItem: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type RemoveDiagnosticItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveDiagnosticItemMutation = { __typename?: 'Mutation', removeDiagnosticItem: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type SetDiagnosticScoringRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ScoringRuleInput;
}>;


export type SetDiagnosticScoringRuleMutation = { __typename?: 'Mutation', setDiagnosticScoringRule: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type RemoveDiagnosticScoringRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveDiagnosticScoringRuleMutation = { __typename?: 'Mutation', removeDiagnosticScoringRule: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type PublishInstrumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishInstrumentMutation = { __typename?: 'Mutation', publishDiagnosticInstrument: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type NewInstrumentVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewInstrumentVersionMutation = { __typename?: 'Mutation', createDiagnosticInstrumentVersion: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, description: string, status: VersionStatus, frameworkId: string, previousVersionId?: string | null, publishedAt?: any | null, archivedAt?: any | null, canEdit: boolean, canManage: boolean, itemCount: number, framework: { __typename?: 'CompetencyFramework', id: string, code: string, version: number, name: string }, items: Array<{ __typename?: 'DiagnosticItem', id: string, position: number, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }>, competence: { __typename?: 'Competence', id: string, code: string, name: string } }>, scoringRules: Array<{ __typename?: 'DiagnosticScoringRule', id: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number, competence: { __typename?: 'Competence', id: string, code: string, name: string } }> } };

export type ArchiveInstrumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveInstrumentMutation = { __typename?: 'Mutation', archiveDiagnosticInstrument: { __typename?: 'DiagnosticInstrument', id: string, archivedAt?: any | null, canEdit: boolean } };

export type RestoreInstrumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreInstrumentMutation = { __typename?: 'Mutation', restoreDiagnosticInstrument: { __typename?: 'DiagnosticInstrument', id: string, archivedAt?: any | null, canEdit: boolean } };

export type InstrumentTemplateQueryVariables = Exact<{
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InstrumentTemplateQuery = { __typename?: 'Query', diagnosticInstrumentTemplate: { __typename?: 'InstrumentTemplate', fileName: string, contentBase64: string } };

export type ImportInstrumentMutationVariables = Exact<{
  input: ImportInstrumentInput;
}>;


export type ImportInstrumentMutation = { __typename?: 'Mutation', importDiagnosticInstrument: { __typename?: 'InstrumentImport', dryRun: boolean, items: Array<{ __typename?: 'InstrumentImportItem', line: number, position: number, competenceCode: string, kind: DiagnosticItemKind, text: string, scaleMin?: number | null, scaleMax?: number | null, weight: number, options: Array<{ __typename?: 'DiagnosticItemOption', key: string, label: string, score: number }> }>, rules: Array<{ __typename?: 'InstrumentImportRule', line: number, competenceCode: string, aggregation: ScoreAggregation, deficitBelow: number, proficitFrom: number }>, errors: Array<{ __typename?: 'InstrumentImportError', sheet: string, line: number, column?: string | null, message: string }>, instrument?: { __typename?: 'DiagnosticInstrument', id: string, code: string, version: number, name: string, status: VersionStatus, itemCount: number } | null } };

export type InternshipApplicationFieldsFragment = { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null };

export type InternshipCohortQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InternshipCohortQuery = { __typename?: 'Query', internshipCohort: { __typename?: 'InternshipCohort', id: string, programId: string, title: string, startsOn: string, endsOn: string, capacity: number, seated: number, waitlisted: number, completionRule: string, trackId?: string | null, minAttendancePercent: number, requireFinalProduct: boolean, illustrative: boolean, canManage: boolean, sessions: Array<{ __typename?: 'InternshipSession', id: string, startsAt: any, endsAt: any, topic: string, place?: string | null, onlineUrl?: string | null, moduleId?: string | null, masterPersonId?: string | null }>, removedSessions: Array<{ __typename?: 'InternshipSession', id: string, startsAt: any, topic: string }>, myApplication?: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } | null, applications: Array<{ __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null }> } };

export type MyInternshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInternshipsQuery = { __typename?: 'Query', myInternshipApplications: Array<{ __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null }>, openInternshipCohorts: Array<{ __typename?: 'InternshipCohort', id: string, title: string, startsOn: string, endsOn: string, capacity: number, seated: number, waitlisted: number, illustrative: boolean }> };

export type ApplyToInternshipMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
}>;


export type ApplyToInternshipMutation = { __typename?: 'Mutation', applyToInternship: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } };

export type NominateToInternshipMutationVariables = Exact<{
  input: NominateInternInput;
}>;


export type NominateToInternshipMutation = { __typename?: 'Mutation', nominateToInternship: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } };

export type WithdrawInternshipApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawInternshipApplicationMutation = { __typename?: 'Mutation', withdrawInternshipApplication: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } };

export type ApproveInternshipApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveInternshipApplicationMutation = { __typename?: 'Mutation', approveInternshipApplication: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } };

export type DeclineInternshipApplicationMutationVariables = Exact<{
  input: DeclineInternshipApplicationInput;
}>;


export type DeclineInternshipApplicationMutation = { __typename?: 'Mutation', declineInternshipApplication: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } };

export type SubmitInternshipProductMutationVariables = Exact<{
  input: SubmitInternshipProductInput;
}>;


export type SubmitInternshipProductMutation = { __typename?: 'Mutation', submitInternshipProduct: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } };

export type ReviewInternshipProductMutationVariables = Exact<{
  input: ReviewInternshipProductInput;
}>;


export type ReviewInternshipProductMutation = { __typename?: 'Mutation', reviewInternshipProduct: { __typename?: 'InternshipApplication', id: string, cohortId: string, cohortTitle: string, cohortStartsOn: string, cohortEndsOn: string, personId: string, fullName: string, source: InternshipApplicationSource, status: InternshipApplicationStatus, waitlistPosition?: number | null, declineReason?: string | null, finalProductTitle?: string | null, finalProductUrl?: string | null, finalProductStatus: FinalProductStatus, attended: number, sessions: number, attendancePercent: number, completed: boolean, certificateId?: string | null, certificateNumber?: string | null, certificateStatus?: CertificateStatus | null } };

export type InternshipAttendanceSheetQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type InternshipAttendanceSheetQuery = { __typename?: 'Query', internshipAttendanceSheet: { __typename?: 'InternshipAttendanceSheet', cohortId: string, cohortTitle: string, session: { __typename?: 'InternshipSession', id: string, startsAt: any, topic: string, place?: string | null, onlineUrl?: string | null }, rows: Array<{ __typename?: 'InternshipAttendanceRow', applicationId: string, personId: string, fullName: string, present?: boolean | null }> } };

export type MarkInternshipAttendanceMutationVariables = Exact<{
  input: MarkInternshipAttendanceInput;
}>;


export type MarkInternshipAttendanceMutation = { __typename?: 'Mutation', markInternshipAttendance: { __typename?: 'InternshipAttendanceRow', applicationId: string, personId: string, fullName: string, present?: boolean | null } };

export type VerifyInternshipCertificateQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type VerifyInternshipCertificateQuery = { __typename?: 'Query', verifyInternshipCertificate?: { __typename?: 'CertificateVerification', number: string, holderName: string, programTitle: string, siteTitle: string, hours: number, startsOn: string, endsOn: string, issuedOn: string, issuerName: string, status: CertificateStatus, revokedAt?: any | null, revokeReason?: string | null } | null };

export type InternshipCertificatePdfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InternshipCertificatePdfQuery = { __typename?: 'Query', internshipCertificatePdf: { __typename?: 'InternshipCertificateFile', fileName: string, fileType: string, contentBase64: string } };

export type InternshipCertificateCredentialQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InternshipCertificateCredentialQuery = { __typename?: 'Query', internshipCertificateCredential: string };

export type CreateInternshipCohortMutationVariables = Exact<{
  input: CreateInternshipCohortInput;
}>;


export type CreateInternshipCohortMutation = { __typename?: 'Mutation', createInternshipCohort: { __typename?: 'InternshipCohort', id: string, title: string } };

export type AddInternshipSessionMutationVariables = Exact<{
  input: AddInternshipSessionInput;
}>;


export type AddInternshipSessionMutation = { __typename?: 'Mutation', addInternshipSession: { __typename?: 'InternshipSession', id: string, cohortId: string } };

export type CohortProgramModulesQueryVariables = Exact<{
  programId: Scalars['ID']['input'];
}>;


export type CohortProgramModulesQuery = { __typename?: 'Query', internshipProgram: { __typename?: 'InternshipProgram', id: string, modules: Array<{ __typename?: 'InternshipModule', id: string, title: string }>, tracks: Array<{ __typename?: 'InternshipTrack', id: string, name: string }> } };

export type UpdateInternshipCohortMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateInternshipCohortInput;
}>;


export type UpdateInternshipCohortMutation = { __typename?: 'Mutation', updateInternshipCohort: { __typename?: 'InternshipCohort', id: string, title: string, startsOn: string, endsOn: string, capacity: number, seated: number, waitlisted: number, trackId?: string | null, minAttendancePercent: number, requireFinalProduct: boolean, completionRule: string } };

export type UpdateInternshipSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateInternshipSessionInput;
}>;


export type UpdateInternshipSessionMutation = { __typename?: 'Mutation', updateInternshipSession: { __typename?: 'InternshipSession', id: string, startsAt: any, endsAt: any, topic: string, place?: string | null, onlineUrl?: string | null, moduleId?: string | null, masterPersonId?: string | null } };

export type SetInternshipSessionArchivedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  archived: Scalars['Boolean']['input'];
}>;


export type SetInternshipSessionArchivedMutation = { __typename?: 'Mutation', setInternshipSessionArchived: { __typename?: 'InternshipSession', id: string, archivedAt?: any | null } };

export type RevokeInternshipCertificateMutationVariables = Exact<{
  input: RevokeInternshipCertificateInput;
}>;


export type RevokeInternshipCertificateMutation = { __typename?: 'Mutation', revokeInternshipCertificate: { __typename?: 'InternshipCertificate', id: string, status: CertificateStatus, revokedAt?: any | null, revokeReason?: string | null } };

export type MentorSuggestionsQueryVariables = Exact<{
  menteePersonId: Scalars['ID']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
  preferences?: InputMaybe<MatchPreferencesInput>;
}>;


export type MentorSuggestionsQuery = { __typename?: 'Query', mentorSuggestions: { __typename?: 'MentorSuggestions', deficits: Array<string>, mentee: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }, suggestions: Array<{ __typename?: 'MentorSuggestion', score: number, reasons: Array<string>, capacity: number, load: number, freePlaces: number, mentor: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } }> } };

export type AssignmentPlansQueryVariables = Exact<{
  programId: Scalars['ID']['input'];
}>;


export type AssignmentPlansQuery = { __typename?: 'Query', assignmentPlans: Array<{ __typename?: 'AssignmentPlan', id: string, status: AssignmentPlanStatus, totalScore: number, greedyScore?: number | null, createdAt: any, publishedAt?: any | null }> };

export type AssignmentPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentPlanQuery = { __typename?: 'Query', assignmentPlan: { __typename?: 'AssignmentPlan', id: string, programId: string, status: AssignmentPlanStatus, totalScore: number, greedyScore?: number | null, menteeCount: number, assignedCount: number, canEdit: boolean, createdAt: any, publishedAt?: any | null, program: { __typename?: 'MentoringProgram', id: string, name: string }, items: Array<{ __typename?: 'AssignmentPlanItem', id: string, menteePersonId: string, mentorPersonId?: string | null, score: number, reasons: Array<string>, isManual: boolean, mentee: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }, mentor?: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } | null }>, mentors: Array<{ __typename?: 'AssignmentPlanMentor', capacity: number, load: number, inPlan: number, freePlaces: number, person: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } }> } };

export type CreateAssignmentPlanMutationVariables = Exact<{
  programId: Scalars['ID']['input'];
  input?: InputMaybe<CreateAssignmentPlanInput>;
}>;


export type CreateAssignmentPlanMutation = { __typename?: 'Mutation', createAssignmentPlan: { __typename?: 'AssignmentPlan', id: string, status: AssignmentPlanStatus } };

export type SetAssignmentPlanItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  mentorPersonId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SetAssignmentPlanItemMutation = { __typename?: 'Mutation', setAssignmentPlanItem: { __typename?: 'AssignmentPlan', id: string, totalScore: number, items: Array<{ __typename?: 'AssignmentPlanItem', id: string, mentorPersonId?: string | null, score: number, reasons: Array<string>, isManual: boolean, mentor?: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } | null }>, mentors: Array<{ __typename?: 'AssignmentPlanMentor', inPlan: number, freePlaces: number, person: { __typename?: 'PersonCard', id: string } }> } };

export type PublishAssignmentPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishAssignmentPlanMutation = { __typename?: 'Mutation', publishAssignmentPlan: { __typename?: 'AssignmentPlan', id: string, status: AssignmentPlanStatus, publishedAt?: any | null } };

export type DiscardAssignmentPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DiscardAssignmentPlanMutation = { __typename?: 'Mutation', discardAssignmentPlan: { __typename?: 'AssignmentPlan', id: string, status: AssignmentPlanStatus } };

export type SchoolPairSuggestionsQueryVariables = Exact<{
  networkId?: InputMaybe<Scalars['ID']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SchoolPairSuggestionsQuery = { __typename?: 'Query', schoolPairSuggestions: Array<{ __typename?: 'SchoolPairSuggestion', strongOrganizationId: string, strongOrganizationName: string, weakOrganizationId: string, weakOrganizationName: string, score: number, reasons: Array<string> }> };

export type MatchingProgramsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type MatchingProgramsQuery = { __typename?: 'Query', mentoringPrograms: { __typename?: 'MentoringProgramConnection', nodes: Array<{ __typename?: 'MentoringProgram', id: string, name: string, model: MentoringModel }> } };

export type MatchingPeopleQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type MatchingPeopleQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', nodes: Array<{ __typename?: 'Person', id: string, lastName: string, firstName: string, middleName?: string | null }> } };

export type MatchingNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingNetworksQuery = { __typename?: 'Query', networks: { __typename?: 'NetworkConnection', nodes: Array<{ __typename?: 'Network', id: string, name: string }> } };

export type MentoringProgramListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  orderBy?: InputMaybe<ProgramOrder>;
}>;


export type MentoringProgramListQuery = { __typename?: 'Query', mentoringPrograms: { __typename?: 'MentoringProgramConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MentoringProgram', id: string, name: string, model: MentoringModel, forms: Array<MentoringForm>, startsOn: string, endsOn?: string | null, archivedAt?: any | null, mentorshipCount: number, coordinator?: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } | null }> } };

export type MentoringProgramQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MentoringProgramQuery = { __typename?: 'Query', mentoringProgram: { __typename?: 'MentoringProgram', id: string, name: string, model: MentoringModel, forms: Array<MentoringForm>, organizationId?: string | null, networkId?: string | null, coordinatorPersonId?: string | null, startsOn: string, endsOn?: string | null, goals: string, archivedAt?: any | null, canEdit: boolean, mentorshipCount: number, coordinator?: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } | null } };

export type ProgramNetworkSchoolsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgramNetworkSchoolsQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, name: string, members: Array<{ __typename?: 'NetworkMember', id: string, organizationId: string, organization: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null } }> } };

export type MentorshipListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MentorshipOrder>;
  filter?: InputMaybe<MentorshipFilter>;
}>;


export type MentorshipListQuery = { __typename?: 'Query', mentorships: { __typename?: 'MentorshipConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Mentorship', id: string, form: MentoringForm, status: MentorshipStatus, shape: string, startsOn: string, endsOn?: string | null, program: { __typename?: 'MentoringProgram', id: string, name: string }, mentors: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, mentees: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, sessions: Array<{ __typename?: 'MentorshipSession', id: string, plannedOn: string, heldOn?: string | null, topic: string }> }> } };

export type MentorshipQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MentorshipQuery = { __typename?: 'Query', mentorship: { __typename?: 'Mentorship', id: string, form: MentoringForm, goals: string, startsOn: string, endsOn?: string | null, status: MentorshipStatus, stopReason?: string | null, outcome: string, shape: string, canManage: boolean, canLog: boolean, program: { __typename?: 'MentoringProgram', id: string, name: string, model: MentoringModel, archivedAt?: any | null }, mentors: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, mentees: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, mentorOrganization?: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null } | null, menteeOrganization?: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null } | null, sessions: Array<{ __typename?: 'MentorshipSession', id: string, plannedOn: string, heldOn?: string | null, format: SessionFormat, topic: string, durationMinutes?: number | null, notes?: string | null }> } };

export type MentorBaseQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<MentorBaseFilter>;
  orderBy?: InputMaybe<MentorOrder>;
}>;


export type MentorBaseQuery = { __typename?: 'Query', mentorBase: { __typename?: 'MentorProfileConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'MentorProfile', id: string, personId: string, types: Array<MentorType>, directions: Array<MentorDirection>, subjects: Array<string>, strengths: string, capacity: number, available: boolean, load: number, freePlaces: number, person: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } }> } };

export type CreateMentoringProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type CreateMentoringProgramMutation = { __typename?: 'Mutation', createMentoringProgram: { __typename?: 'MentoringProgram', id: string } };

export type UpdateMentoringProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProgramInput;
}>;


export type UpdateMentoringProgramMutation = { __typename?: 'Mutation', updateMentoringProgram: { __typename?: 'MentoringProgram', id: string } };

export type ArchiveMentoringProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveMentoringProgramMutation = { __typename?: 'Mutation', archiveMentoringProgram: { __typename?: 'MentoringProgram', id: string, archivedAt?: any | null } };

export type RestoreMentoringProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreMentoringProgramMutation = { __typename?: 'Mutation', restoreMentoringProgram: { __typename?: 'MentoringProgram', id: string, archivedAt?: any | null } };

export type SaveMentorProfileMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  input: MentorProfileInput;
}>;


export type SaveMentorProfileMutation = { __typename?: 'Mutation', saveMentorProfile: { __typename?: 'MentorProfile', id: string, personId: string, types: Array<MentorType>, directions: Array<MentorDirection>, subjects: Array<string>, strengths: string, capacity: number, available: boolean, load: number, freePlaces: number } };

export type CreateMentorshipMutationVariables = Exact<{
  programId: Scalars['ID']['input'];
  input: CreateMentorshipInput;
}>;


export type CreateMentorshipMutation = { __typename?: 'Mutation', createMentorship: { __typename?: 'Mentorship', id: string } };

export type UpdateMentorshipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateMentorshipInput;
}>;


export type UpdateMentorshipMutation = { __typename?: 'Mutation', updateMentorship: { __typename?: 'Mentorship', id: string, goals: string, endsOn?: string | null, outcome: string } };

export type SetMentorshipStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MentorshipStatusInput;
}>;


export type SetMentorshipStatusMutation = { __typename?: 'Mutation', setMentorshipStatus: { __typename?: 'Mentorship', id: string, status: MentorshipStatus, stopReason?: string | null } };

export type PlanMentorshipSessionMutationVariables = Exact<{
  mentorshipId: Scalars['ID']['input'];
  input: PlanSessionInput;
}>;


export type PlanMentorshipSessionMutation = { __typename?: 'Mutation', planMentorshipSession: { __typename?: 'Mentorship', id: string } };

export type RecordMentorshipSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  input: RecordSessionInput;
}>;


export type RecordMentorshipSessionMutation = { __typename?: 'Mutation', recordMentorshipSession: { __typename?: 'Mentorship', id: string } };

export type NetworkListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  orderBy?: InputMaybe<NetworkOrder>;
}>;


export type NetworkListQuery = { __typename?: 'Query', networks: { __typename?: 'NetworkConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Network', id: string, name: string, model: NetworkModel, startsOn: string, endsOn?: string | null, archivedAt?: any | null, memberCount: number, coordinator: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null } }> } };

export type NetworkNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkNamesQuery = { __typename?: 'Query', networks: { __typename?: 'NetworkConnection', nodes: Array<{ __typename?: 'Network', id: string, name: string }> } };

export type ExpiringAgreementsQueryVariables = Exact<{
  withinDays: Scalars['Int']['input'];
}>;


export type ExpiringAgreementsQuery = { __typename?: 'Query', expiringAgreements: Array<{ __typename?: 'Agreement', id: string, networkId: string, number: string, kind: AgreementKind, endsOn?: string | null }> };

export type NetworkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, name: string, model: NetworkModel, coordinatorOrganizationId: string, startsOn: string, endsOn?: string | null, goals: string, archivedAt?: any | null, canEdit: boolean, memberCount: number, coordinator: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null, municipalityName: string }, members: Array<{ __typename?: 'NetworkMember', id: string, organizationId: string, role: NetworkMemberRole, level?: number | null, status: NetworkMemberStatus, canLeave: boolean, invitedAt?: any | null, invitedByName?: string | null, organization: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, municipalityName: string, regionName: string } }>, edges: Array<{ __typename?: 'NetworkEdge', id: string, fromMemberId: string, toMemberId: string, kind: NetworkEdgeKind }>, agreements: Array<{ __typename?: 'Agreement', id: string, number: string, kind: AgreementKind, signedOn: string, subject: string, startsOn: string, endsOn?: string | null, fileName?: string | null, fileType?: string | null, fileSize?: number | null, archivedAt?: any | null, isExpiring: boolean, parties: Array<{ __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null }> }> } };

export type OrganizationDirectoryQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type OrganizationDirectoryQuery = { __typename?: 'Query', organizationDirectory: Array<{ __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, municipalityName: string, regionName: string }> };

export type AgreementFileQueryVariables = Exact<{
  agreementId: Scalars['ID']['input'];
}>;


export type AgreementFileQuery = { __typename?: 'Query', agreementFile: { __typename?: 'AgreementFile', fileName: string, fileType: string, contentBase64: string } };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { __typename?: 'Mutation', createNetwork: { __typename?: 'Network', id: string } };

export type UpdateNetworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateNetworkInput;
}>;


export type UpdateNetworkMutation = { __typename?: 'Mutation', updateNetwork: { __typename?: 'Network', id: string } };

export type ArchiveNetworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveNetworkMutation = { __typename?: 'Mutation', archiveNetwork: { __typename?: 'Network', id: string, archivedAt?: any | null } };

export type RestoreNetworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreNetworkMutation = { __typename?: 'Mutation', restoreNetwork: { __typename?: 'Network', id: string, archivedAt?: any | null } };

export type AddNetworkMemberMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  input: NetworkMemberInput;
}>;


export type AddNetworkMemberMutation = { __typename?: 'Mutation', addNetworkMember: { __typename?: 'Network', id: string, members: Array<{ __typename?: 'NetworkMember', id: string, organizationId: string, status: NetworkMemberStatus }> } };

export type UpdateNetworkMemberMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
  input: UpdateNetworkMemberInput;
}>;


export type UpdateNetworkMemberMutation = { __typename?: 'Mutation', updateNetworkMember: { __typename?: 'Network', id: string } };

export type RemoveNetworkMemberMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type RemoveNetworkMemberMutation = { __typename?: 'Mutation', removeNetworkMember: { __typename?: 'Network', id: string } };

export type AddNetworkEdgeMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  input: NetworkEdgeInput;
}>;


export type AddNetworkEdgeMutation = { __typename?: 'Mutation', addNetworkEdge: { __typename?: 'Network', id: string } };

export type RemoveNetworkEdgeMutationVariables = Exact<{
  edgeId: Scalars['ID']['input'];
}>;


export type RemoveNetworkEdgeMutation = { __typename?: 'Mutation', removeNetworkEdge: { __typename?: 'Network', id: string } };

export type CreateAgreementMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { __typename?: 'Mutation', createAgreement: { __typename?: 'Agreement', id: string } };

export type UpdateAgreementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { __typename?: 'Mutation', updateAgreement: { __typename?: 'Agreement', id: string } };

export type ArchiveAgreementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveAgreementMutation = { __typename?: 'Mutation', archiveAgreement: { __typename?: 'Agreement', id: string, archivedAt?: any | null } };

export type RestoreAgreementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreAgreementMutation = { __typename?: 'Mutation', restoreAgreement: { __typename?: 'Agreement', id: string, archivedAt?: any | null } };

export type AttachAgreementFileMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
  input: AgreementFileInput;
}>;


export type AttachAgreementFileMutation = { __typename?: 'Mutation', attachAgreementFile: { __typename?: 'Agreement', id: string, fileName?: string | null, fileType?: string | null, fileSize?: number | null } };

export type RemoveAgreementFileMutationVariables = Exact<{
  agreementId: Scalars['ID']['input'];
}>;


export type RemoveAgreementFileMutation = { __typename?: 'Mutation', removeAgreementFile: { __typename?: 'Agreement', id: string, fileName?: string | null } };

export type NetworkOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkOptionsQuery = { __typename?: 'Query', networks: { __typename?: 'NetworkConnection', nodes: Array<{ __typename?: 'Network', id: string, name: string, canEdit: boolean }> } };

export type NetworkInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkInvitationsQuery = { __typename?: 'Query', networkInvitations: Array<{ __typename?: 'NetworkInvitation', memberId: string, networkId: string, networkName: string, networkModel: NetworkModel, networkGoals: string, role: NetworkMemberRole, memberCount: number, invitedByName?: string | null, invitedAt?: any | null, shares: Array<string>, coordinator: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null, municipalityName: string, regionName: string }, organization: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null, municipalityName: string, regionName: string } }> };

export type AcceptNetworkInvitationMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type AcceptNetworkInvitationMutation = { __typename?: 'Mutation', acceptNetworkInvitation: { __typename?: 'NetworkMember', id: string, status: NetworkMemberStatus } };

export type DeclineNetworkInvitationMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type DeclineNetworkInvitationMutation = { __typename?: 'Mutation', declineNetworkInvitation: { __typename?: 'NetworkMember', id: string, status: NetworkMemberStatus } };

export type LeaveNetworkMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type LeaveNetworkMutation = { __typename?: 'Mutation', leaveNetwork: { __typename?: 'NetworkMember', id: string, status: NetworkMemberStatus } };

export type OrganizationListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  orderBy?: InputMaybe<OrganizationOrder>;
}>;


export type OrganizationListQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, inn?: string | null, archivedAt?: any | null, createdAt: any, staffCount: number, municipality: { __typename?: 'Municipality', id: string, name: string }, currentStatuses: Array<{ __typename?: 'OrganizationStatus', id: string, kind: OrganizationStatusKind, year: number }> }> } };

export type OrganizationOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type OrganizationOptionsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, shortName?: string | null, inn?: string | null, municipality: { __typename?: 'Municipality', id: string, name: string } }> } };

export type OrganizationLabelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationLabelQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, inn?: string | null, municipality: { __typename?: 'Municipality', id: string, name: string } } };

export type OrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, canEdit: boolean, name: string, shortName?: string | null, kind: OrganizationKind, inn?: string | null, externalId?: string | null, address?: string | null, email?: string | null, website?: string | null, foundedYear?: number | null, illustrative: boolean, archivedAt?: any | null, createdAt: any, staffCount: number, municipality: { __typename?: 'Municipality', id: string, name: string, regionId: string }, statuses: Array<{ __typename?: 'OrganizationStatus', id: string, kind: OrganizationStatusKind, year: number, source?: string | null, siteId?: string | null }>, staff: Array<{ __typename?: 'Position', id: string, kind: PositionKind, title?: string | null, isMain: boolean, personId: string, person?: { __typename?: 'Person', id: string, fullName: string } | null }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, inn?: string | null, externalId?: string | null, address?: string | null, email?: string | null, website?: string | null, foundedYear?: number | null, municipality: { __typename?: 'Municipality', id: string, name: string, regionId: string }, statuses: Array<{ __typename?: 'OrganizationStatus', id: string, kind: OrganizationStatusKind, year: number, source?: string | null, siteId?: string | null }> } };

export type ArchiveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveOrganizationMutation = { __typename?: 'Mutation', archiveOrganization: { __typename?: 'Organization', id: string, archivedAt?: any | null } };

export type RestoreOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreOrganizationMutation = { __typename?: 'Mutation', restoreOrganization: { __typename?: 'Organization', id: string, archivedAt?: any | null } };

export type PersonListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<PersonFilter>;
  orderBy?: InputMaybe<PersonOrder>;
}>;


export type PersonListQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Person', id: string, fullName: string, subjects: Array<string>, experienceYears?: number | null, isYoungTeacher: boolean, qualificationCategory: QualificationCategory, archivedAt?: any | null, positions: Array<{ __typename?: 'Position', id: string, kind: PositionKind, isMain: boolean, organization?: { __typename?: 'Organization', id: string, name: string, shortName?: string | null } | null }> }> } };

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, lastName: string, firstName: string, middleName?: string | null, fullName: string, externalId?: string | null, birthDate?: string | null, email?: string | null, phone?: string | null, subjects: Array<string>, experienceYears?: number | null, isYoungTeacher: boolean, qualificationCategory: QualificationCategory, isMasterTeacher: boolean, illustrative: boolean, archivedAt?: any | null, canEdit: boolean, positions: Array<{ __typename?: 'Position', id: string, kind: PositionKind, title?: string | null, isMain: boolean, organizationId: string, organization?: { __typename?: 'Organization', id: string, name: string, shortName?: string | null } | null }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { __typename?: 'Mutation', createPerson: { __typename?: 'Person', id: string } };

export type UpdatePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'Person', id: string, lastName: string, firstName: string, middleName?: string | null, fullName: string, externalId?: string | null, birthDate?: string | null, email?: string | null, phone?: string | null, subjects: Array<string>, experienceYears?: number | null, isYoungTeacher: boolean, qualificationCategory: QualificationCategory, isMasterTeacher: boolean, positions: Array<{ __typename?: 'Position', id: string, kind: PositionKind, title?: string | null, isMain: boolean, organizationId: string, organization?: { __typename?: 'Organization', id: string, name: string, shortName?: string | null } | null }> } };

export type ArchivePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchivePersonMutation = { __typename?: 'Mutation', archivePerson: { __typename?: 'Person', id: string, archivedAt?: any | null } };

export type RestorePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestorePersonMutation = { __typename?: 'Mutation', restorePerson: { __typename?: 'Person', id: string, archivedAt?: any | null } };

export type PersonOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type PersonOptionsQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', nodes: Array<{ __typename?: 'Person', id: string, fullName: string, positions: Array<{ __typename?: 'Position', id: string, isMain: boolean, organization?: { __typename?: 'Organization', id: string, name: string, shortName?: string | null } | null }> }> } };

export type PersonRoutesQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type PersonRoutesQuery = { __typename?: 'Query', learningRoutes: { __typename?: 'LearningRouteConnection', totalCount: number, nodes: Array<{ __typename?: 'LearningRoute', id: string, title: string, status: RouteStatus, startsOn: string, endsOn: string }> } };

export type PersonMentorshipsQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type PersonMentorshipsQuery = { __typename?: 'Query', mentorships: { __typename?: 'MentorshipConnection', totalCount: number, nodes: Array<{ __typename?: 'Mentorship', id: string, status: MentorshipStatus, startsOn: string, endsOn?: string | null, mentors: Array<{ __typename?: 'PersonCard', id: string, fullName: string }>, mentees: Array<{ __typename?: 'PersonCard', id: string, fullName: string }>, program: { __typename?: 'MentoringProgram', id: string, name: string } }> } };

export type PersonResultsQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type PersonResultsQuery = { __typename?: 'Query', personCompetenceProfile: { __typename?: 'PersonCompetenceProfile', personId: string, items: Array<{ __typename?: 'CompetenceProfileItem', campaignId: string, measuredOn: string, level: CompetenceLevel, competence: { __typename?: 'DeficitCompetence', id: string } }> } };

export type PlanMonitoringQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanMonitoringQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, canEdit: boolean, stages: Array<{ __typename?: 'PlanStage', id: string, position: number, title: string }> }, planMonitoring: { __typename?: 'PlanMonitoring', today: string, rule: string, stages: Array<{ __typename?: 'PlanMonitoringStage', stageId: string, position: number, title: string, total: number, done: number, overdue: number, atRisk: number }>, items: Array<{ __typename?: 'PlanMonitoringItem', itemId: string, stageId: string, number: string, title: string, periodText: string, startsOn?: string | null, endsOn?: string | null, status: PlanItemStatus, flag?: PlanMonitoringFlag | null }> } };

export type PlanHistoryQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanHistoryQuery = { __typename?: 'Query', planCorrections: Array<{ __typename?: 'PlanCorrection', id: string, itemTitle: string, reason: string, authorName: string, createdAt: any, illustrative: boolean, changes: Array<{ __typename?: 'PlanFieldChange', field: string, before?: string | null, after?: string | null }> }>, planVersions: Array<{ __typename?: 'PlanVersion', id: string, number: number, note: string, createdByName: string, createdAt: any, itemCount: number, illustrative: boolean }> };

export type ComparePlanVersionsQueryVariables = Exact<{
  olderId: Scalars['ID']['input'];
  newerId: Scalars['ID']['input'];
}>;


export type ComparePlanVersionsQuery = { __typename?: 'Query', comparePlanVersions: Array<{ __typename?: 'PlanVersionDiffRow', id: string, kind: PlanDiffKind, changedFields: Array<string>, before?: { __typename?: 'PlanVersionItem', title: string, stageTitle: string, periodText?: string | null, startDate?: string | null, endDate?: string | null, responsible?: string | null, expectedResult?: string | null, status: string } | null, after?: { __typename?: 'PlanVersionItem', title: string, stageTitle: string, periodText?: string | null, startDate?: string | null, endDate?: string | null, responsible?: string | null, expectedResult?: string | null, status: string } | null }> };

export type FixPlanVersionMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  input: FixPlanVersionInput;
}>;


export type FixPlanVersionMutation = { __typename?: 'Mutation', fixPlanVersion: { __typename?: 'PlanVersion', id: string, number: number } };

export type PlanRisksQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanRisksQuery = { __typename?: 'Query', planRisks: Array<{ __typename?: 'PlanRisk', id: string, title: string, mitigation: string, illustrative: boolean, archivedAt?: any | null }> };

export type CreatePlanRiskMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  input: PlanRiskInput;
}>;


export type CreatePlanRiskMutation = { __typename?: 'Mutation', createPlanRisk: { __typename?: 'PlanRisk', id: string } };

export type SetPlanRiskArchivedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  archived: Scalars['Boolean']['input'];
}>;


export type SetPlanRiskArchivedMutation = { __typename?: 'Mutation', setPlanRiskArchived: { __typename?: 'PlanRisk', id: string, archivedAt?: any | null } };

export type CouncilMeetingsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type CouncilMeetingsQuery = { __typename?: 'Query', councilMeetings: Array<{ __typename?: 'CouncilMeeting', id: string, heldOn: string, agenda: Array<string>, illustrative: boolean, archivedAt?: any | null, decisions: Array<{ __typename?: 'CouncilDecision', id: string, position: number, text: string, planItemId?: string | null }> }> };

export type DecisionToPlanItemMutationVariables = Exact<{
  decisionId: Scalars['ID']['input'];
  stageId: Scalars['ID']['input'];
}>;


export type DecisionToPlanItemMutation = { __typename?: 'Mutation', councilDecisionToPlanItem: { __typename?: 'CouncilMeeting', id: string, decisions: Array<{ __typename?: 'CouncilDecision', id: string, planItemId?: string | null }> } };

export type PlanExportQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  format: PlanExportFormat;
  layout: PlanExportLayout;
}>;


export type PlanExportQuery = { __typename?: 'Query', planExport: { __typename?: 'PlanExportFile', fileName: string, fileType: string, contentBase64: string } };

export type CorrectPlanItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  input: PlanItemCorrectionInput;
}>;


export type CorrectPlanItemMutation = { __typename?: 'Mutation', correctPlanItem: { __typename?: 'PlanCorrection', id: string } };

export type UpdatePlanRiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PlanRiskInput;
}>;


export type UpdatePlanRiskMutation = { __typename?: 'Mutation', updatePlanRisk: { __typename?: 'PlanRisk', id: string, title: string, mitigation: string } };

export type UpdateCouncilMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CouncilMeetingInput;
}>;


export type UpdateCouncilMeetingMutation = { __typename?: 'Mutation', updateCouncilMeeting: { __typename?: 'CouncilMeeting', id: string, heldOn: string, agenda: Array<string>, decisions: Array<{ __typename?: 'CouncilDecision', id: string, position: number, text: string, planItemId?: string | null }> } };

export type CreateCouncilMeetingMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  input: CouncilMeetingInput;
}>;


export type CreateCouncilMeetingMutation = { __typename?: 'Mutation', createCouncilMeeting: { __typename?: 'CouncilMeeting', id: string } };

export type PlanListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<PlanFilter>;
  orderBy?: InputMaybe<PlanOrder>;
}>;


export type PlanListQuery = { __typename?: 'Query', plans: { __typename?: 'PlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Plan', id: string, kind: PlanKind, title: string, periodText: string, startsOn?: string | null, endsOn?: string | null, status: PlanStatus, illustrative: boolean, archivedAt?: any | null, itemCount: number, owner: { __typename?: 'PlanOwner', id: string, kind: string, name: string } }> } };

export type PlanPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanPageQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, kind: PlanKind, title: string, organizationId?: string | null, municipalityId?: string | null, networkId?: string | null, periodText: string, startsOn?: string | null, endsOn?: string | null, status: PlanStatus, sourceNote: string, illustrative: boolean, archivedAt?: any | null, canEdit: boolean, itemCount: number, owner: { __typename?: 'PlanOwner', id: string, kind: string, name: string }, stages: Array<{ __typename?: 'PlanStage', id: string, position: number, title: string, kind: PlanStageKind, periodText: string, startsOn?: string | null, endsOn?: string | null, description: string, order: Array<{ __typename?: 'PlanItem', id: string }>, items: Array<{ __typename?: 'PlanItem', id: string, position: number, number: string, title: string, periodText: string, startsOn?: string | null, endsOn?: string | null, responsibleText: string, participantsText: string, expectedResult: string, actualResult: string, manualStatus: PlanItemStatus, illustrative: boolean, status: { __typename?: 'PlanItemStatusInfo', status: PlanItemStatus, derivedFrom: Array<PlanLinkKind> }, responsible: Array<{ __typename?: 'PlanItemParty', id: string, organization?: { __typename?: 'NetworkOrganization', id: string, shortName?: string | null, name: string } | null, person?: { __typename?: 'PersonCard', id: string, fullName: string } | null }>, participants: Array<{ __typename?: 'PlanItemParty', id: string, organization?: { __typename?: 'NetworkOrganization', id: string, shortName?: string | null, name: string } | null, person?: { __typename?: 'PersonCard', id: string, fullName: string } | null }>, links: Array<{ __typename?: 'PlanItemLink', id: string, kind: PlanLinkKind, targetId: string, occurrenceDate?: string | null, title: string, status?: PlanItemStatus | null }> }> }> } };

export type CreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type CreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type UpdatePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePlanInput;
}>;


export type UpdatePlanMutation = { __typename?: 'Mutation', updatePlan: { __typename?: 'Plan', id: string, title: string, kind: PlanKind, periodText: string, startsOn?: string | null, endsOn?: string | null, status: PlanStatus, sourceNote: string } };

export type ArchivePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchivePlanMutation = { __typename?: 'Mutation', archivePlan: { __typename?: 'Plan', id: string, archivedAt?: any | null } };

export type RestorePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestorePlanMutation = { __typename?: 'Mutation', restorePlan: { __typename?: 'Plan', id: string, archivedAt?: any | null } };

export type AddPlanStageMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  input: PlanStageInput;
}>;


export type AddPlanStageMutation = { __typename?: 'Mutation', addPlanStage: { __typename?: 'Plan', id: string } };

export type UpdatePlanStageMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
  input: PlanStageInput;
}>;


export type UpdatePlanStageMutation = { __typename?: 'Mutation', updatePlanStage: { __typename?: 'Plan', id: string } };

export type CreatePlanItemMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
  input: CreatePlanItemInput;
}>;


export type CreatePlanItemMutation = { __typename?: 'Mutation', createPlanItem: { __typename?: 'Plan', id: string } };

export type UpdatePlanItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  input: PlanItemInput;
}>;


export type UpdatePlanItemMutation = { __typename?: 'Mutation', updatePlanItem: { __typename?: 'Plan', id: string } };

export type ArchivePlanItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type ArchivePlanItemMutation = { __typename?: 'Mutation', archivePlanItem: { __typename?: 'Plan', id: string } };

export type RestorePlanItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type RestorePlanItemMutation = { __typename?: 'Mutation', restorePlanItem: { __typename?: 'Plan', id: string } };

export type ReorderPlanItemsMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderPlanItemsMutation = { __typename?: 'Mutation', reorderPlanItems: { __typename?: 'Plan', id: string } };

export type LinkPlanItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  input: PlanItemLinkInput;
}>;


export type LinkPlanItemMutation = { __typename?: 'Mutation', linkPlanItem: { __typename?: 'Plan', id: string } };

export type UnlinkPlanItemMutationVariables = Exact<{
  linkId: Scalars['ID']['input'];
}>;


export type UnlinkPlanItemMutation = { __typename?: 'Mutation', unlinkPlanItem: { __typename?: 'Plan', id: string } };

export type PlanLinkTargetsQueryVariables = Exact<{
  kind: PlanLinkKind;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanLinkTargetsQuery = { __typename?: 'Query', planLinkTargets: Array<{ __typename?: 'PlanLinkTarget', id: string, kind: PlanLinkKind, title: string, startsOn?: string | null, endsOn?: string | null, occurrenceDates: Array<string> }> };

export type ImportReportFieldsFragment = { __typename?: 'RegistryImport', kind: RegistryImportKind, dryRun: boolean, total: number, created: number, updated: number, unchanged: number, refused: number, key: string, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, message: string }> };

export type ImportRegistryMutationVariables = Exact<{
  input: ImportRegistryInput;
}>;


export type ImportRegistryMutation = { __typename?: 'Mutation', importRegistry: { __typename?: 'RegistryImport', kind: RegistryImportKind, dryRun: boolean, total: number, created: number, updated: number, unchanged: number, refused: number, key: string, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, message: string }> } };

export type ImportRegistryRefusedMutationVariables = Exact<{
  input: ImportRegistryInput;
}>;


export type ImportRegistryRefusedMutation = { __typename?: 'Mutation', importRegistry: { __typename?: 'RegistryImport', kind: RegistryImportKind, dryRun: boolean, total: number, created: number, updated: number, unchanged: number, refused: number, key: string, refusedRows?: { __typename?: 'RegistryImportFile', fileName: string, contentBase64: string } | null, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, message: string }> } };

export type RegistryImportTemplateQueryVariables = Exact<{
  kind: RegistryImportKind;
}>;


export type RegistryImportTemplateQuery = { __typename?: 'Query', registryImportTemplate: { __typename?: 'RegistryImportTemplate', fileName: string, contentBase64: string } };

export type RouteListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RoutesFilter>;
  orderBy?: InputMaybe<RouteOrder>;
}>;


export type RouteListQuery = { __typename?: 'Query', learningRoutes: { __typename?: 'LearningRouteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'LearningRoute', id: string, title: string, status: RouteStatus, startsOn: string, endsOn: string, progress: number, archivedAt?: any | null, canApprove: boolean, person?: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } | null, association?: { __typename?: 'RouteAssociation', id: string, name: string } | null }> } };

export type MyRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRoutesQuery = { __typename?: 'Query', myLearningRoutes: Array<{ __typename?: 'LearningRoute', id: string, title: string, status: RouteStatus, startsOn: string, endsOn: string, progress: number, sharedInNetwork: boolean, personId?: string | null }> };

export type RouteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RouteQuery = { __typename?: 'Query', learningRoute: { __typename?: 'LearningRoute', id: string, personId?: string | null, associationId?: string | null, title: string, goal: string, startsOn: string, endsOn: string, status: RouteStatus, campaignId?: string | null, returnComment?: string | null, approvedAt?: any | null, completedAt?: any | null, sharedInNetwork: boolean, archivedAt?: any | null, progress: number, isOwner: boolean, canEdit: boolean, canSubmit: boolean, canApprove: boolean, canStart: boolean, canComplete: boolean, canMark: boolean, canJournal: boolean, person?: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } | null, association?: { __typename?: 'RouteAssociation', id: string, name: string } | null, competences: Array<{ __typename?: 'RouteCompetence', competenceId: string, code: string, name: string, baselineScore?: number | null }>, steps: Array<{ __typename?: 'RouteStep', id: string, position: number, kind: RouteStepKind, title: string, description: string, competenceIds: Array<string>, startsOn?: string | null, endsOn?: string | null, status: RouteStepStatus, mentorPersonId?: string | null, mentorshipId?: string | null, evidenceUrl?: string | null, evidenceFileName?: string | null, evidenceFileSize?: number | null, reflection: string, completedOn?: string | null, evidenceSource?: RouteEvidenceSource | null, eventOccurrenceDate?: string | null, mentor?: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } | null, mentorship?: { __typename?: 'RouteMentorship', id: string, programName: string, mentorNames: string } | null, event?: { __typename?: 'RouteStepEvent', id: string, title: string, startsOn: string, endsOn: string } | null, internshipModule?: { __typename?: 'RouteStepModule', id: string, title: string, hours: number, programId: string, programTitle: string, siteTitle: string, cohortId?: string | null } | null }>, journal: Array<{ __typename?: 'RouteJournalEntry', id: string, occurredOn: string, kind: RouteJournalEntryKind, text: string, authorName?: string | null }>, effectiveness: Array<{ __typename?: 'RouteEffectivenessItem', competenceId: string, code: string, name: string, beforeScore?: number | null, beforeLevel?: string | null, afterScore?: number | null, afterLevel?: string | null, afterMeasuredOn?: string | null, afterCampaignName?: string | null, delta?: number | null, deficitClosed?: boolean | null }> } };

export type RouteCompetenceOptionsQueryVariables = Exact<{
  frameworkCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type RouteCompetenceOptionsQuery = { __typename?: 'Query', routeCompetenceOptions: Array<{ __typename?: 'RouteCompetenceOption', id: string, code: string, name: string, frameworkCode: string, areaName: string }> };

export type RouteDeficitOptionsQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type RouteDeficitOptionsQuery = { __typename?: 'Query', routeDeficitOptions: Array<{ __typename?: 'RouteDeficitOption', competenceId: string, code: string, name: string, frameworkCode: string, level: string, score: number, source: string, measuredOn: string, campaignId: string, campaignName: string }> };

export type ProposeRouteStepsQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  competenceIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  campaignId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProposeRouteStepsQuery = { __typename?: 'Query', proposeRouteSteps: Array<{ __typename?: 'ProposedRouteStep', kind: RouteStepKind, title: string, competenceIds: Array<string>, reason?: string | null, startsOn?: string | null, endsOn?: string | null, eventId?: string | null, internshipModuleId?: string | null, internshipCohortId?: string | null, mentor?: { __typename?: 'RouteMentorSuggestion', personId: string, name: string, score: number, reasons: Array<string> } | null }> };

export type RouteAchievementsQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type RouteAchievementsQuery = { __typename?: 'Query', routeAchievements: { __typename?: 'RouteAchievements', personId: string, fullName: string, organizationName?: string | null, routes: Array<{ __typename?: 'SharedRoute', id: string, title: string, status: RouteStatus, startsOn: string, endsOn: string, progress: number, sharedInNetwork: boolean, products: Array<{ __typename?: 'RouteProduct', stepId: string, kind: RouteStepKind, title: string, completedOn?: string | null, result: string, evidenceUrl?: string | null, evidenceFileName?: string | null }> }> } };

export type RouteEvidenceFileQueryVariables = Exact<{
  stepId: Scalars['ID']['input'];
}>;


export type RouteEvidenceFileQuery = { __typename?: 'Query', routeStepEvidenceFile: { __typename?: 'RouteEvidenceFile', fileName: string, fileType: string, contentBase64: string } };

export type CreateRouteMutationVariables = Exact<{
  input: CreateRouteInput;
}>;


export type CreateRouteMutation = { __typename?: 'Mutation', createLearningRoute: { __typename?: 'LearningRoute', id: string } };

export type UpdateRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRouteInput;
}>;


export type UpdateRouteMutation = { __typename?: 'Mutation', updateLearningRoute: { __typename?: 'LearningRoute', id: string, title: string, goal: string, startsOn: string, endsOn: string, campaignId?: string | null } };

export type AddRouteStepMutationVariables = Exact<{
  routeId: Scalars['ID']['input'];
  input: RouteStepInput;
}>;


export type AddRouteStepMutation = { __typename?: 'Mutation', addRouteStep: { __typename?: 'LearningRoute', id: string, canSubmit: boolean, steps: Array<{ __typename?: 'RouteStep', id: string }> } };

export type UpdateRouteStepMutationVariables = Exact<{
  stepId: Scalars['ID']['input'];
  input: UpdateRouteStepInput;
}>;


export type UpdateRouteStepMutation = { __typename?: 'Mutation', updateRouteStep: { __typename?: 'LearningRoute', id: string } };

export type MoveRouteStepMutationVariables = Exact<{
  stepId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;


export type MoveRouteStepMutation = { __typename?: 'Mutation', moveRouteStep: { __typename?: 'LearningRoute', id: string } };

export type RemoveRouteStepMutationVariables = Exact<{
  stepId: Scalars['ID']['input'];
}>;


export type RemoveRouteStepMutation = { __typename?: 'Mutation', removeRouteStep: { __typename?: 'LearningRoute', id: string } };

export type SubmitRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitRouteMutation = { __typename?: 'Mutation', submitLearningRoute: { __typename?: 'LearningRoute', id: string, status: RouteStatus } };

export type ApproveRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveRouteMutation = { __typename?: 'Mutation', approveLearningRoute: { __typename?: 'LearningRoute', id: string, status: RouteStatus } };

export type ReturnRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type ReturnRouteMutation = { __typename?: 'Mutation', returnLearningRoute: { __typename?: 'LearningRoute', id: string, status: RouteStatus, returnComment?: string | null } };

export type StartRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartRouteMutation = { __typename?: 'Mutation', startLearningRoute: { __typename?: 'LearningRoute', id: string, status: RouteStatus } };

export type CompleteRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteRouteMutation = { __typename?: 'Mutation', completeLearningRoute: { __typename?: 'LearningRoute', id: string, status: RouteStatus } };

export type SetRouteStepStatusMutationVariables = Exact<{
  stepId: Scalars['ID']['input'];
  input: RouteStepStatusInput;
}>;


export type SetRouteStepStatusMutation = { __typename?: 'Mutation', setRouteStepStatus: { __typename?: 'LearningRoute', id: string } };

export type AttachRouteStepEvidenceMutationVariables = Exact<{
  stepId: Scalars['ID']['input'];
  input: RouteEvidenceInput;
}>;


export type AttachRouteStepEvidenceMutation = { __typename?: 'Mutation', attachRouteStepEvidence: { __typename?: 'LearningRoute', id: string } };

export type SetRouteStepReflectionMutationVariables = Exact<{
  stepId: Scalars['ID']['input'];
  reflection: Scalars['String']['input'];
}>;


export type SetRouteStepReflectionMutation = { __typename?: 'Mutation', setRouteStepReflection: { __typename?: 'LearningRoute', id: string } };

export type AddRouteJournalEntryMutationVariables = Exact<{
  routeId: Scalars['ID']['input'];
  input: RouteJournalInput;
}>;


export type AddRouteJournalEntryMutation = { __typename?: 'Mutation', addRouteJournalEntry: { __typename?: 'LearningRoute', id: string } };

export type ArchiveRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveRouteMutation = { __typename?: 'Mutation', archiveLearningRoute: { __typename?: 'LearningRoute', id: string, archivedAt?: any | null } };

export type RestoreRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreRouteMutation = { __typename?: 'Mutation', restoreLearningRoute: { __typename?: 'LearningRoute', id: string, archivedAt?: any | null } };

export type SetRouteSharingMutationVariables = Exact<{
  routeId: Scalars['ID']['input'];
  shared: Scalars['Boolean']['input'];
}>;


export type SetRouteSharingMutation = { __typename?: 'Mutation', setRouteSharing: { __typename?: 'LearningRoute', id: string, sharedInNetwork: boolean } };

export type RoutePersonNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoutePersonNameQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, fullName: string } };

export type SharedAchievementsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<SharedTeacherOrder>;
}>;


export type SharedAchievementsQuery = { __typename?: 'Query', sharedAchievements: { __typename?: 'SharedTeacherConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SharedTeacher', personId: string, fullName: string, organizationName?: string | null, sharedRoutes: number, completedSteps: number, latestAt: any }> } };

export type RouteMentorshipOptionsQueryVariables = Exact<{
  routeId: Scalars['ID']['input'];
}>;


export type RouteMentorshipOptionsQuery = { __typename?: 'Query', routeMentorshipOptions: Array<{ __typename?: 'RouteMentorship', id: string, status: string, startsOn: string, programName: string, mentorNames: string }> };

export type RouteGroupOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RouteGroupOptionsQuery = { __typename?: 'Query', associations: { __typename?: 'AssociationConnection', nodes: Array<{ __typename?: 'Association', id: string, name: string, memberCount: number, canEdit: boolean, host: { __typename?: 'AssociationHost', id: string, name: string } }> } };

export type RouteEventOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
}>;


export type RouteEventOptionsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, title: string, startsOn: string }> } };

export type RouteEventOccurrencesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RouteEventOccurrencesQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, series?: { __typename?: 'EventSeriesRule', frequency: EventRecurrence } | null, occurrences: Array<{ __typename?: 'EventOccurrence', occurrenceDate: string, cancelled: boolean }> } };

export type RouteModuleOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RouteModuleOptionsQuery = { __typename?: 'Query', stagingSites: { __typename?: 'StagingSiteConnection', nodes: Array<{ __typename?: 'StagingSite', id: string, theme: string, host: { __typename?: 'StagingSiteHost', id: string, name: string, shortName?: string | null }, programs: Array<{ __typename?: 'InternshipProgram', id: string, title: string, modules: Array<{ __typename?: 'InternshipModule', id: string, title: string, hours: number }> }> }> } };

export type StagingSiteListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<StagingSiteFilter>;
  orderBy?: InputMaybe<StagingSiteOrder>;
}>;


export type StagingSiteListQuery = { __typename?: 'Query', stagingSites: { __typename?: 'StagingSiteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'StagingSite', id: string, kind: StagingSiteKind, level: StagingSiteLevel, theme: string, startsOn: string, endsOn: string, state: StagingSiteState, illustrative: boolean, archivedAt?: any | null, host: { __typename?: 'StagingSiteHost', id: string, name: string, shortName?: string | null, municipalityName: string }, competences: Array<{ __typename?: 'Competence', id: string, code: string, name: string }> }> } };

export type StagingSiteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StagingSiteQuery = { __typename?: 'Query', stagingSite: { __typename?: 'StagingSite', id: string, kind: StagingSiteKind, level: StagingSiteLevel, organizationId: string, theme: string, description: string, startsOn: string, endsOn: string, orderNumber?: string | null, orderDate?: string | null, state: StagingSiteState, illustrative: boolean, archivedAt?: any | null, canEdit: boolean, canEstablish: boolean, host: { __typename?: 'StagingSiteHost', id: string, name: string, shortName?: string | null, municipalityName: string }, head?: { __typename?: 'StagingSitePerson', personId: string, isMasterTeacher: boolean, person: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } } | null, masters: Array<{ __typename?: 'StagingSitePerson', personId: string, isMasterTeacher: boolean, person: { __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null } }>, competences: Array<{ __typename?: 'Competence', id: string, code: string, name: string }>, programs: Array<{ __typename?: 'InternshipProgram', id: string, title: string, minMonths: number, maxMonths: number, audience: string, totalHours: number, illustrative: boolean }> } };

export type StagingCompetenceOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingCompetenceOptionsQuery = { __typename?: 'Query', routeCompetenceOptions: Array<{ __typename?: 'RouteCompetenceOption', id: string, code: string, name: string, frameworkCode: string }> };

export type StagingMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingMunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', id: string, name: string }> };

export type CreateStagingSiteMutationVariables = Exact<{
  input: CreateStagingSiteInput;
}>;


export type CreateStagingSiteMutation = { __typename?: 'Mutation', createStagingSite: { __typename?: 'StagingSite', id: string } };

export type UpdateStagingSiteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StagingSiteInput;
}>;


export type UpdateStagingSiteMutation = { __typename?: 'Mutation', updateStagingSite: { __typename?: 'StagingSite', id: string, theme: string, state: StagingSiteState } };

export type ArchiveStagingSiteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveStagingSiteMutation = { __typename?: 'Mutation', archiveStagingSite: { __typename?: 'StagingSite', id: string, archivedAt?: any | null } };

export type RestoreStagingSiteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreStagingSiteMutation = { __typename?: 'Mutation', restoreStagingSite: { __typename?: 'StagingSite', id: string, archivedAt?: any | null } };

export type InternshipProgramQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InternshipProgramQuery = { __typename?: 'Query', internshipProgram: { __typename?: 'InternshipProgram', id: string, siteId: string, title: string, description: string, minMonths: number, maxMonths: number, audience: string, maxExperienceYears?: number | null, illustrative: boolean, archivedAt?: any | null, totalHours: number, canEdit: boolean, site: { __typename?: 'StagingSite', id: string, theme: string, host: { __typename?: 'StagingSiteHost', id: string, name: string, shortName?: string | null } }, modules: Array<{ __typename?: 'InternshipModule', id: string, position: number, title: string, description: string, hours: number, format: ModuleFormat, audience: string, competences: Array<{ __typename?: 'Competence', id: string, code: string, name: string }> }>, tracks: Array<{ __typename?: 'InternshipTrack', id: string, kind: InternshipTrackKind, name: string, description: string, hours: number, modules: Array<{ __typename?: 'InternshipModule', id: string, title: string }> }> } };

export type CreateInternshipProgramMutationVariables = Exact<{
  siteId: Scalars['ID']['input'];
  input: InternshipProgramInput;
}>;


export type CreateInternshipProgramMutation = { __typename?: 'Mutation', createInternshipProgram: { __typename?: 'InternshipProgram', id: string } };

export type UpdateInternshipProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: InternshipProgramInput;
}>;


export type UpdateInternshipProgramMutation = { __typename?: 'Mutation', updateInternshipProgram: { __typename?: 'InternshipProgram', id: string, title: string, description: string, minMonths: number, maxMonths: number, audience: string, maxExperienceYears?: number | null } };

export type AddInternshipModuleMutationVariables = Exact<{
  programId: Scalars['ID']['input'];
  input: InternshipModuleInput;
}>;


export type AddInternshipModuleMutation = { __typename?: 'Mutation', addInternshipModule: { __typename?: 'InternshipProgram', id: string, totalHours: number } };

export type UpdateInternshipModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: InternshipModuleInput;
}>;


export type UpdateInternshipModuleMutation = { __typename?: 'Mutation', updateInternshipModule: { __typename?: 'InternshipProgram', id: string, totalHours: number } };

export type MoveInternshipModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;


export type MoveInternshipModuleMutation = { __typename?: 'Mutation', moveInternshipModule: { __typename?: 'InternshipProgram', id: string } };

export type ArchiveInternshipModuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveInternshipModuleMutation = { __typename?: 'Mutation', archiveInternshipModule: { __typename?: 'InternshipProgram', id: string, totalHours: number } };

export type CreateInternshipTrackMutationVariables = Exact<{
  programId: Scalars['ID']['input'];
  input: InternshipTrackInput;
}>;


export type CreateInternshipTrackMutation = { __typename?: 'Mutation', createInternshipTrack: { __typename?: 'InternshipProgram', id: string } };

export type UpdateInternshipTrackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: InternshipTrackInput;
}>;


export type UpdateInternshipTrackMutation = { __typename?: 'Mutation', updateInternshipTrack: { __typename?: 'InternshipProgram', id: string } };

export type ArchiveInternshipTrackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveInternshipTrackMutation = { __typename?: 'Mutation', archiveInternshipTrack: { __typename?: 'InternshipProgram', id: string } };

export type ProgramCohortsQueryVariables = Exact<{
  programId: Scalars['ID']['input'];
}>;


export type ProgramCohortsQuery = { __typename?: 'Query', internshipCohorts: Array<{ __typename?: 'InternshipCohort', id: string, title: string, startsOn: string, endsOn: string, capacity: number, seated: number, waitlisted: number }> };

export type SurveyFieldsFragment = { __typename?: 'Survey', id: string, programId: string, title: string, isFinal: boolean, closedAt?: any | null, questions: Array<{ __typename?: 'SurveyQuestion', key: string, text: string, type: SurveyQuestionType }> };

export type SurveysQueryVariables = Exact<{
  programId: Scalars['ID']['input'];
}>;


export type SurveysQuery = { __typename?: 'Query', surveys: Array<{ __typename?: 'Survey', id: string, programId: string, title: string, isFinal: boolean, closedAt?: any | null, questions: Array<{ __typename?: 'SurveyQuestion', key: string, text: string, type: SurveyQuestionType }> }> };

export type MySurveyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MySurveyTasksQuery = { __typename?: 'Query', mySurveyTasks: Array<{ __typename?: 'SurveyTask', mentorshipId: string, programName: string, mentorship: { __typename?: 'Mentorship', id: string, mentors: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, mentees: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, menteeOrganization?: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null } | null }, survey: { __typename?: 'Survey', id: string, programId: string, title: string, isFinal: boolean, closedAt?: any | null, questions: Array<{ __typename?: 'SurveyQuestion', key: string, text: string, type: SurveyQuestionType }> } }> };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', respondents: number, expected: number, anonymityThreshold: number, questions: Array<{ __typename?: 'SurveyQuestionResult', key: string, text: string, type: SurveyQuestionType, answered: number, average?: number | null, mentorAverage?: number | null, menteeAverage?: number | null, distribution: Array<number>, texts: Array<string>, withheld: Array<MentorshipSide>, withheldMessage?: string | null }> } };

export type CreateSurveyMutationVariables = Exact<{
  programId: Scalars['ID']['input'];
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { __typename?: 'Mutation', createSurvey: { __typename?: 'Survey', id: string, programId: string, title: string, isFinal: boolean, closedAt?: any | null, questions: Array<{ __typename?: 'SurveyQuestion', key: string, text: string, type: SurveyQuestionType }> } };

export type CloseSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseSurveyMutation = { __typename?: 'Mutation', closeSurvey: { __typename?: 'Survey', id: string, closedAt?: any | null } };

export type ReopenSurveyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenSurveyMutation = { __typename?: 'Mutation', reopenSurvey: { __typename?: 'Survey', id: string, closedAt?: any | null } };

export type AnswerSurveyMutationVariables = Exact<{
  input: AnswerSurveyInput;
}>;


export type AnswerSurveyMutation = { __typename?: 'Mutation', answerSurvey: { __typename?: 'Survey', id: string } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, code: string, name: string }> };

export type MunicipalitiesQueryVariables = Exact<{
  regionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', id: string, regionId: string, name: string, kind: MunicipalityKind }> };

export const FrameworkTreeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkTreeFragment, unknown>;
export const SelfDiagnosisFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfDiagnosisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSelfDiagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]} as unknown as DocumentNode<SelfDiagnosisFieldsFragment, unknown>;
export const DiagnosticCampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<DiagnosticCampaignFieldsFragment, unknown>;
export const DiagnosticFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"competenceName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DiagnosticFormFieldsFragment, unknown>;
export const InstrumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentFieldsFragment, unknown>;
export const InternshipApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<InternshipApplicationFieldsFragment, unknown>;
export const ImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReportFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SurveyFieldsFragment, unknown>;
export const AssociationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationListQuery, AssociationListQueryVariables>;
export const AssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Association"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeIds"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationQuery, AssociationQueryVariables>;
export const CreateAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAssociationMutation, CreateAssociationMutationVariables>;
export const UpdateAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateAssociationMutation, UpdateAssociationMutationVariables>;
export const ArchiveAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveAssociationMutation, ArchiveAssociationMutationVariables>;
export const RestoreAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreAssociationMutation, RestoreAssociationMutationVariables>;
export const AddAssociationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAssociationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAssociationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddAssociationMemberMutation, AddAssociationMemberMutationVariables>;
export const UpdateAssociationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssociationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssociationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAssociationMemberMutation, UpdateAssociationMemberMutationVariables>;
export const RemoveAssociationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAssociationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAssociationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveAssociationMemberMutation, RemoveAssociationMemberMutationVariables>;
export const AddAssociationMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAssociationMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAssociationMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"associationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddAssociationMeetingMutation, AddAssociationMeetingMutationVariables>;
export const UpdateAssociationMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssociationMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssociationMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAssociationMeetingMutation, UpdateAssociationMeetingMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const EndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const EndOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<EndOtherSessionsMutation, EndOtherSessionsMutationVariables>;
export const FrameworkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkListQuery, FrameworkListQueryVariables>;
export const FrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Framework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const CreateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompetencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateFrameworkMutation, CreateFrameworkMutationVariables>;
export const UpdateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFrameworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompetencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFrameworkMutation, UpdateFrameworkMutationVariables>;
export const PublishFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCompetencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishFrameworkMutation, PublishFrameworkMutationVariables>;
export const NewFrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewFrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompetencyFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewFrameworkVersionMutation, NewFrameworkVersionMutationVariables>;
export const ArchiveFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCompetencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<ArchiveFrameworkMutation, ArchiveFrameworkMutationVariables>;
export const RestoreFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCompetencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<RestoreFrameworkMutation, RestoreFrameworkMutationVariables>;
export const AddCompetenceAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCompetenceArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCompetenceArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"frameworkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCompetenceAreaMutation, AddCompetenceAreaMutationVariables>;
export const UpdateCompetenceAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompetenceArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompetenceArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCompetenceAreaMutation, UpdateCompetenceAreaMutationVariables>;
export const RemoveCompetenceAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCompetenceArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCompetenceArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCompetenceAreaMutation, RemoveCompetenceAreaMutationVariables>;
export const AddCompetenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCompetence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCompetence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCompetenceMutation, AddCompetenceMutationVariables>;
export const UpdateCompetenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompetence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompetence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCompetenceMutation, UpdateCompetenceMutationVariables>;
export const RemoveCompetenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCompetence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCompetence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCompetenceMutation, RemoveCompetenceMutationVariables>;
export const AddCompetenceIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCompetenceIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCompetenceIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"competenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCompetenceIndicatorMutation, AddCompetenceIndicatorMutationVariables>;
export const UpdateCompetenceIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompetenceIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompetenceIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCompetenceIndicatorMutation, UpdateCompetenceIndicatorMutationVariables>;
export const RemoveCompetenceIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCompetenceIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCompetenceIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrameworkTree"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrameworkTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetencyFramework"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCompetenceIndicatorMutation, RemoveCompetenceIndicatorMutationVariables>;
export const DeficitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeficitOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deficitOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeficitOptionsQuery, DeficitOptionsQueryVariables>;
export const PersonCompetenceProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCompetenceProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personCompetenceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"frameworkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonCompetenceProfileQuery, PersonCompetenceProfileQueryVariables>;
export const DeficitHeatmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeficitHeatmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeficitHeatmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deficitHeatmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"deficits"}},{"kind":"Field","name":{"kind":"Name","value":"proficits"}},{"kind":"Field","name":{"kind":"Name","value":"deficitShare"}},{"kind":"Field","name":{"kind":"Name","value":"proficitShare"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}}]}}]}}]}}]} as unknown as DocumentNode<DeficitHeatmapQuery, DeficitHeatmapQueryVariables>;
export const DeficitHeatmapCellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeficitHeatmapCell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deficitHeatmapCell"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"competenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}}]}}]} as unknown as DocumentNode<DeficitHeatmapCellQuery, DeficitHeatmapCellQueryVariables>;
export const CampaignComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignComparisonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"beforeMean"}},{"kind":"Field","name":{"kind":"Name","value":"afterMean"}},{"kind":"Field","name":{"kind":"Name","value":"beforeDeficitShare"}},{"kind":"Field","name":{"kind":"Name","value":"afterDeficitShare"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"beforeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"afterLevel"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignComparisonQuery, CampaignComparisonQueryVariables>;
export const OrganizationSelfDiagnosesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSelfDiagnoses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationSelfDiagnoses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfDiagnosisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfDiagnosisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSelfDiagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSelfDiagnosesQuery, OrganizationSelfDiagnosesQueryVariables>;
export const CreateOrganizationSelfDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationSelfDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationSelfDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganizationSelfDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfDiagnosisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfDiagnosisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSelfDiagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationSelfDiagnosisMutation, CreateOrganizationSelfDiagnosisMutationVariables>;
export const UpdateOrganizationSelfDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationSelfDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationSelfDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationSelfDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfDiagnosisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfDiagnosisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSelfDiagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationSelfDiagnosisMutation, UpdateOrganizationSelfDiagnosisMutationVariables>;
export const AggregateOrganizationSelfDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AggregateOrganizationSelfDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregateOrganizationSelfDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfDiagnosisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfDiagnosisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSelfDiagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]} as unknown as DocumentNode<AggregateOrganizationSelfDiagnosisMutation, AggregateOrganizationSelfDiagnosisMutationVariables>;
export const ArchiveOrganizationSelfDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganizationSelfDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganizationSelfDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfDiagnosisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfDiagnosisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSelfDiagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveOrganizationSelfDiagnosisMutation, ArchiveOrganizationSelfDiagnosisMutationVariables>;
export const RestoreOrganizationSelfDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreOrganizationSelfDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreOrganizationSelfDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfDiagnosisFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfDiagnosisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSelfDiagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreOrganizationSelfDiagnosisMutation, RestoreOrganizationSelfDiagnosisMutationVariables>;
export const DiagnosticCampaignListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticCampaignList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}}]}}]}}]}}]} as unknown as DocumentNode<DiagnosticCampaignListQuery, DiagnosticCampaignListQueryVariables>;
export const DiagnosticCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<DiagnosticCampaignQuery, DiagnosticCampaignQueryVariables>;
export const DiagnosticInstrumentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticInstrumentOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticInstrumentOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"itemsCount"}}]}}]}}]} as unknown as DocumentNode<DiagnosticInstrumentOptionsQuery, DiagnosticInstrumentOptionsQueryVariables>;
export const CreateDiagnosticCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDiagnosticCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDiagnosticCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<CreateDiagnosticCampaignMutation, CreateDiagnosticCampaignMutationVariables>;
export const UpdateDiagnosticCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDiagnosticCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiagnosticCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<UpdateDiagnosticCampaignMutation, UpdateDiagnosticCampaignMutationVariables>;
export const OpenDiagnosticCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenDiagnosticCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDiagnosticCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<OpenDiagnosticCampaignMutation, OpenDiagnosticCampaignMutationVariables>;
export const CloseDiagnosticCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseDiagnosticCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDiagnosticCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<CloseDiagnosticCampaignMutation, CloseDiagnosticCampaignMutationVariables>;
export const ArchiveDiagnosticCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveDiagnosticCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveDiagnosticCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<ArchiveDiagnosticCampaignMutation, ArchiveDiagnosticCampaignMutationVariables>;
export const RestoreDiagnosticCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreDiagnosticCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreDiagnosticCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"combineRule"}},{"kind":"Field","name":{"kind":"Name","value":"selfWeight"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participantsCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<RestoreDiagnosticCampaignMutation, RestoreDiagnosticCampaignMutationVariables>;
export const DiagnosticParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"selfStatus"}},{"kind":"Field","name":{"kind":"Name","value":"selfSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expertStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expertSubmittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DiagnosticParticipantsQuery, DiagnosticParticipantsQueryVariables>;
export const DiagnosticResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"competenceName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiagnosticResultsQuery, DiagnosticResultsQueryVariables>;
export const DiagnosticResultsTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticResultsTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticResultsTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<DiagnosticResultsTemplateQuery, DiagnosticResultsTemplateQueryVariables>;
export const ImportDiagnosticResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDiagnosticResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDiagnosticResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDiagnosticResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"participantsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDiagnosticResultsMutation, ImportDiagnosticResultsMutationVariables>;
export const MyDiagnosticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDiagnostics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDiagnostics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<MyDiagnosticsQuery, MyDiagnosticsQueryVariables>;
export const DiagnosticFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosticForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"competenceName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DiagnosticFormQuery, DiagnosticFormQueryVariables>;
export const SaveDiagnosticDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDiagnosticDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDiagnosticDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"competenceName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SaveDiagnosticDraftMutation, SaveDiagnosticDraftMutationVariables>;
export const SubmitDiagnosticResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDiagnosticResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDiagnosticResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentName"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"competenceName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SubmitDiagnosticResponseMutation, SubmitDiagnosticResponseMutationVariables>;
export const DiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Diary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writtenOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryQuery, DiaryQueryVariables>;
export const WriteDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WriteDiaryEntryMutation, WriteDiaryEntryMutationVariables>;
export const UpdateDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDiaryEntryMutation, UpdateDiaryEntryMutationVariables>;
export const CalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<CalendarQuery, CalendarQueryVariables>;
export const CalendarFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarFilterOptionsQuery, CalendarFilterOptionsQueryVariables>;
export const CalendarSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filterLabel"}}]}}]}}]} as unknown as DocumentNode<CalendarSubscriptionsQuery, CalendarSubscriptionsQueryVariables>;
export const CreateCalendarSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCalendarSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filterLabel"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarSubscriptionMutation, CreateCalendarSubscriptionMutationVariables>;
export const RevokeCalendarSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarSubscriptionMutation, RevokeCalendarSubscriptionMutationVariables>;
export const EventCrossCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCrossCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCrossCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"checkerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"checkerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertPairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"first"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"second"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"paperCount"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancyCount"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}}]} as unknown as DocumentNode<EventCrossCheckQuery, EventCrossCheckQueryVariables>;
export const SaveEventCrossCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEventCrossCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrossCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEventCrossCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"paperCount"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancyCount"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}}]} as unknown as DocumentNode<SaveEventCrossCheckMutation, SaveEventCrossCheckMutationVariables>;
export const EventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventListQuery, EventListQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timing"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceTarget"}},{"kind":"Field","name":{"kind":"Name","value":"competenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleNote"}},{"kind":"Field","name":{"kind":"Name","value":"plannedResult"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canMarkAttendance"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationProblem"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const ArchiveEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveEventMutation, ArchiveEventMutationVariables>;
export const RestoreEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreEventMutation, RestoreEventMutationVariables>;
export const RegisterForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationProblem"}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const CancelEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEventRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationProblem"}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelEventRegistrationMutation, CancelEventRegistrationMutationVariables>;
export const MarkEventAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkEventAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEventAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceDate"}}]}}]}}]}}]} as unknown as DocumentNode<MarkEventAttendanceMutation, MarkEventAttendanceMutationVariables>;
export const LeaveEventFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveEventFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveEventFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]} as unknown as DocumentNode<LeaveEventFeedbackMutation, LeaveEventFeedbackMutationVariables>;
export const AddEventMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEventMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEventMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}}]}}]} as unknown as DocumentNode<AddEventMaterialMutation, AddEventMaterialMutationVariables>;
export const RemoveEventMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEventMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEventMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"materialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveEventMaterialMutation, RemoveEventMaterialMutationVariables>;
export const EventMaterialFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventMaterialFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventMaterialFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"materialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<EventMaterialFileQuery, EventMaterialFileQueryVariables>;
export const PersonProfessionalHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfessionalHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"professionalHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonProfessionalHoursQuery, PersonProfessionalHoursQueryVariables>;
export const InstrumentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticInstruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentListQuery, InstrumentListQueryVariables>;
export const PublishedFrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedFrameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedFrameworksQuery, PublishedFrameworksQueryVariables>;
export const FrameworkCompetencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkCompetences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkCompetencesQuery, FrameworkCompetencesQueryVariables>;
export const InstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Instrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentQuery, InstrumentQueryVariables>;
export const CreateInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInstrumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDiagnosticInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInstrumentMutation, CreateInstrumentMutationVariables>;
export const UpdateInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstrumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiagnosticInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInstrumentMutation, UpdateInstrumentMutationVariables>;
export const AddDiagnosticItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDiagnosticItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDiagnosticItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddDiagnosticItemMutation, AddDiagnosticItemMutationVariables>;
export const UpdateDiagnosticItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDiagnosticItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiagnosticItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDiagnosticItemMutation, UpdateDiagnosticItemMutationVariables>;
export const MoveDiagnosticItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDiagnosticItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDiagnosticItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MoveDiagnosticItemMutation, MoveDiagnosticItemMutationVariables>;
export const RemoveDiagnosticItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDiagnosticItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDiagnosticItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveDiagnosticItemMutation, RemoveDiagnosticItemMutationVariables>;
export const SetDiagnosticScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDiagnosticScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDiagnosticScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetDiagnosticScoringRuleMutation, SetDiagnosticScoringRuleMutationVariables>;
export const RemoveDiagnosticScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDiagnosticScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDiagnosticScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveDiagnosticScoringRuleMutation, RemoveDiagnosticScoringRuleMutationVariables>;
export const PublishInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDiagnosticInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublishInstrumentMutation, PublishInstrumentMutationVariables>;
export const NewInstrumentVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewInstrumentVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDiagnosticInstrumentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosticInstrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NewInstrumentVersionMutation, NewInstrumentVersionMutationVariables>;
export const ArchiveInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveDiagnosticInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<ArchiveInstrumentMutation, ArchiveInstrumentMutationVariables>;
export const RestoreInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreDiagnosticInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<RestoreInstrumentMutation, RestoreInstrumentMutationVariables>;
export const InstrumentTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosticInstrumentTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"frameworkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<InstrumentTemplateQuery, InstrumentTemplateQueryVariables>;
export const ImportInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInstrumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDiagnosticInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"competenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"deficitBelow"}},{"kind":"Field","name":{"kind":"Name","value":"proficitFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}}]}}]}}]}}]} as unknown as DocumentNode<ImportInstrumentMutation, ImportInstrumentMutationVariables>;
export const InternshipCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internshipCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seated"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"completionRule"}},{"kind":"Field","name":{"kind":"Name","value":"trackId"}},{"kind":"Field","name":{"kind":"Name","value":"minAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"requireFinalProduct"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"masterPersonId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"removedSessions"},"name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<InternshipCohortQuery, InternshipCohortQueryVariables>;
export const MyInternshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInternships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInternshipApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openInternshipCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seated"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<MyInternshipsQuery, MyInternshipsQueryVariables>;
export const ApplyToInternshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToInternship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<ApplyToInternshipMutation, ApplyToInternshipMutationVariables>;
export const NominateToInternshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateToInternship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateInternInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateToInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<NominateToInternshipMutation, NominateToInternshipMutationVariables>;
export const WithdrawInternshipApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInternshipApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInternshipApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<WithdrawInternshipApplicationMutation, WithdrawInternshipApplicationMutationVariables>;
export const ApproveInternshipApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveInternshipApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveInternshipApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<ApproveInternshipApplicationMutation, ApproveInternshipApplicationMutationVariables>;
export const DeclineInternshipApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInternshipApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineInternshipApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineInternshipApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<DeclineInternshipApplicationMutation, DeclineInternshipApplicationMutationVariables>;
export const SubmitInternshipProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInternshipProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitInternshipProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInternshipProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<SubmitInternshipProductMutation, SubmitInternshipProductMutationVariables>;
export const ReviewInternshipProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewInternshipProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInternshipProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewInternshipProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InternshipApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InternshipApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohortEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductTitle"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductUrl"}},{"kind":"Field","name":{"kind":"Name","value":"finalProductStatus"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateStatus"}}]}}]} as unknown as DocumentNode<ReviewInternshipProductMutation, ReviewInternshipProductMutationVariables>;
export const InternshipAttendanceSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipAttendanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internshipAttendanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipAttendanceSheetQuery, InternshipAttendanceSheetQueryVariables>;
export const MarkInternshipAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInternshipAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkInternshipAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markInternshipAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}}]}}]} as unknown as DocumentNode<MarkInternshipAttendanceMutation, MarkInternshipAttendanceMutationVariables>;
export const VerifyInternshipCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyInternshipCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyInternshipCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"programTitle"}},{"kind":"Field","name":{"kind":"Name","value":"siteTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}}]} as unknown as DocumentNode<VerifyInternshipCertificateQuery, VerifyInternshipCertificateQueryVariables>;
export const InternshipCertificatePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipCertificatePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internshipCertificatePdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certificateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<InternshipCertificatePdfQuery, InternshipCertificatePdfQueryVariables>;
export const InternshipCertificateCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipCertificateCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internshipCertificateCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certificateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<InternshipCertificateCredentialQuery, InternshipCertificateCredentialQueryVariables>;
export const CreateInternshipCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInternshipCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInternshipCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInternshipCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateInternshipCohortMutation, CreateInternshipCohortMutationVariables>;
export const AddInternshipSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInternshipSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInternshipSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInternshipSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}}]}}]}}]} as unknown as DocumentNode<AddInternshipSessionMutation, AddInternshipSessionMutationVariables>;
export const CohortProgramModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortProgramModules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internshipProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CohortProgramModulesQuery, CohortProgramModulesQueryVariables>;
export const UpdateInternshipCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInternshipCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInternshipCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInternshipCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seated"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"trackId"}},{"kind":"Field","name":{"kind":"Name","value":"minAttendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"requireFinalProduct"}},{"kind":"Field","name":{"kind":"Name","value":"completionRule"}}]}}]}}]} as unknown as DocumentNode<UpdateInternshipCohortMutation, UpdateInternshipCohortMutationVariables>;
export const UpdateInternshipSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInternshipSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInternshipSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInternshipSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"masterPersonId"}}]}}]}}]} as unknown as DocumentNode<UpdateInternshipSessionMutation, UpdateInternshipSessionMutationVariables>;
export const SetInternshipSessionArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInternshipSessionArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInternshipSessionArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<SetInternshipSessionArchivedMutation, SetInternshipSessionArchivedMutationVariables>;
export const RevokeInternshipCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInternshipCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInternshipCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInternshipCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}}]} as unknown as DocumentNode<RevokeInternshipCertificateMutation, RevokeInternshipCertificateMutationVariables>;
export const MentorSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"menteePersonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preferences"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPreferencesInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"menteePersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"menteePersonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"preferences"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preferences"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deficits"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}}]}}]} as unknown as DocumentNode<MentorSuggestionsQuery, MentorSuggestionsQueryVariables>;
export const AssignmentPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"greedyScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<AssignmentPlansQuery, AssignmentPlansQueryVariables>;
export const AssignmentPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"greedyScore"}},{"kind":"Field","name":{"kind":"Name","value":"menteeCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"menteePersonId"}},{"kind":"Field","name":{"kind":"Name","value":"mentorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"isManual"}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentPlanQuery, AssignmentPlanQueryVariables>;
export const CreateAssignmentPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssignmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentPlanInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateAssignmentPlanMutation, CreateAssignmentPlanMutationVariables>;
export const SetAssignmentPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAssignmentPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorPersonId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAssignmentPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mentorPersonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorPersonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"isManual"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inPlan"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}}]}}]} as unknown as DocumentNode<SetAssignmentPlanItemMutation, SetAssignmentPlanItemMutationVariables>;
export const PublishAssignmentPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAssignmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssignmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishAssignmentPlanMutation, PublishAssignmentPlanMutationVariables>;
export const DiscardAssignmentPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardAssignmentPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardAssignmentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DiscardAssignmentPlanMutation, DiscardAssignmentPlanMutationVariables>;
export const SchoolPairSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPairSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolPairSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strongOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"strongOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"weakOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"weakOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<SchoolPairSuggestionsQuery, SchoolPairSuggestionsQueryVariables>;
export const MatchingProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]} as unknown as DocumentNode<MatchingProgramsQuery, MatchingProgramsQueryVariables>;
export const MatchingPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}}]}}]}}]}}]} as unknown as DocumentNode<MatchingPeopleQuery, MatchingPeopleQueryVariables>;
export const MatchingNetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingNetworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MatchingNetworksQuery, MatchingNetworksQueryVariables>;
export const MentoringProgramListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentoringProgramList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"forms"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentorshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentoringProgramListQuery, MentoringProgramListQueryVariables>;
export const MentoringProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentoringProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"forms"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"mentorshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<MentoringProgramQuery, MentoringProgramQueryVariables>;
export const ProgramNetworkSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramNetworkSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramNetworkSchoolsQuery, ProgramNetworkSchoolsQueryVariables>;
export const MentorshipListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorshipList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentorshipListQuery, MentorshipListQueryVariables>;
export const MentorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canLog"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"menteeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]} as unknown as DocumentNode<MentorshipQuery, MentorshipQueryVariables>;
export const MentorBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorBaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentorBaseQuery, MentorBaseQueryVariables>;
export const CreateMentoringProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMentoringProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMentoringProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateMentoringProgramMutation, CreateMentoringProgramMutationVariables>;
export const UpdateMentoringProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMentoringProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMentoringProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateMentoringProgramMutation, UpdateMentoringProgramMutationVariables>;
export const ArchiveMentoringProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveMentoringProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMentoringProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveMentoringProgramMutation, ArchiveMentoringProgramMutationVariables>;
export const RestoreMentoringProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreMentoringProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreMentoringProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreMentoringProgramMutation, RestoreMentoringProgramMutationVariables>;
export const SaveMentorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMentorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMentorProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}}]} as unknown as DocumentNode<SaveMentorProfileMutation, SaveMentorProfileMutationVariables>;
export const CreateMentorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMentorshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateMentorshipMutation, CreateMentorshipMutationVariables>;
export const UpdateMentorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMentorshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<UpdateMentorshipMutation, UpdateMentorshipMutationVariables>;
export const SetMentorshipStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMentorshipStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMentorshipStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}}]}}]}}]} as unknown as DocumentNode<SetMentorshipStatusMutation, SetMentorshipStatusMutationVariables>;
export const PlanMentorshipSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanMentorshipSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMentorshipSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentorshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanMentorshipSessionMutation, PlanMentorshipSessionMutationVariables>;
export const RecordMentorshipSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMentorshipSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMentorshipSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMentorshipSessionMutation, RecordMentorshipSessionMutationVariables>;
export const NetworkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkListQuery, NetworkListQueryVariables>;
export const NetworkNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"archived"},"value":{"kind":"EnumValue","value":"ALL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkNamesQuery, NetworkNamesQueryVariables>;
export const ExpiringAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpiringAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiringAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<ExpiringAgreementsQuery, ExpiringAgreementsQueryVariables>;
export const NetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Network"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canLeave"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"toMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isExpiring"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const OrganizationDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}}]} as unknown as DocumentNode<OrganizationDirectoryQuery, OrganizationDirectoryQueryVariables>;
export const AgreementFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<AgreementFileQuery, AgreementFileQueryVariables>;
export const CreateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const UpdateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const ArchiveNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveNetworkMutation, ArchiveNetworkMutationVariables>;
export const RestoreNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreNetworkMutation, RestoreNetworkMutationVariables>;
export const AddNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AddNetworkMemberMutation, AddNetworkMemberMutationVariables>;
export const UpdateNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNetworkMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkMemberMutation, UpdateNetworkMemberMutationVariables>;
export const RemoveNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveNetworkMemberMutation, RemoveNetworkMemberMutationVariables>;
export const AddNetworkEdgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkEdge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNetworkEdge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddNetworkEdgeMutation, AddNetworkEdgeMutationVariables>;
export const RemoveNetworkEdgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNetworkEdge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNetworkEdge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edgeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveNetworkEdgeMutation, RemoveNetworkEdgeMutationVariables>;
export const CreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const ArchiveAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveAgreementMutation, ArchiveAgreementMutationVariables>;
export const RestoreAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreAgreementMutation, RestoreAgreementMutationVariables>;
export const AttachAgreementFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachAgreementFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachAgreementFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}}]} as unknown as DocumentNode<AttachAgreementFileMutation, AttachAgreementFileMutationVariables>;
export const RemoveAgreementFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgreementFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgreementFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<RemoveAgreementFileMutation, RemoveAgreementFileMutationVariables>;
export const NetworkOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"archived"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkOptionsQuery, NetworkOptionsQueryVariables>;
export const NetworkInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"networkModel"}},{"kind":"Field","name":{"kind":"Name","value":"networkGoals"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkInvitationsQuery, NetworkInvitationsQueryVariables>;
export const AcceptNetworkInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNetworkInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNetworkInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptNetworkInvitationMutation, AcceptNetworkInvitationMutationVariables>;
export const DeclineNetworkInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineNetworkInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineNetworkInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineNetworkInvitationMutation, DeclineNetworkInvitationMutationVariables>;
export const LeaveNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeaveNetworkMutation, LeaveNetworkMutationVariables>;
export const OrganizationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationListQuery, OrganizationListQueryVariables>;
export const OrganizationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationOptionsQuery, OrganizationOptionsQueryVariables>;
export const OrganizationLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationLabelQuery, OrganizationLabelQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const ArchiveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveOrganizationMutation, ArchiveOrganizationMutationVariables>;
export const RestoreOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreOrganizationMutation, RestoreOrganizationMutationVariables>;
export const PersonListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"isYoungTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonListQuery, PersonListQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"isYoungTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isMasterTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"isYoungTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isMasterTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const ArchivePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchivePersonMutation, ArchivePersonMutationVariables>;
export const RestorePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestorePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestorePersonMutation, RestorePersonMutationVariables>;
export const PersonOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonOptionsQuery, PersonOptionsQueryVariables>;
export const PersonRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonRoutesQuery, PersonRoutesQueryVariables>;
export const PersonMentorshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonMentorships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonMentorshipsQuery, PersonMentorshipsQueryVariables>;
export const PersonResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personCompetenceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"competence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonResultsQuery, PersonResultsQueryVariables>;
export const PlanMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}}]}}]}}]}}]} as unknown as DocumentNode<PlanMonitoringQuery, PlanMonitoringQueryVariables>;
export const PlanHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCorrections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemTitle"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]} as unknown as DocumentNode<PlanHistoryQuery, PlanHistoryQueryVariables>;
export const ComparePlanVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparePlanVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparePlanVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stageTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ComparePlanVersionsQuery, ComparePlanVersionsQueryVariables>;
export const FixPlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixPlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FixPlanVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fixPlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<FixPlanVersionMutation, FixPlanVersionMutationVariables>;
export const PlanRisksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanRisks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRisks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<PlanRisksQuery, PlanRisksQueryVariables>;
export const CreatePlanRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanRiskMutation, CreatePlanRiskMutationVariables>;
export const SetPlanRiskArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlanRiskArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanRiskArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<SetPlanRiskArchivedMutation, SetPlanRiskArchivedMutationVariables>;
export const CouncilMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilMeetingsQuery, CouncilMeetingsQueryVariables>;
export const DecisionToPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionToPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilDecisionToPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionToPlanItemMutation, DecisionToPlanItemMutationVariables>;
export const PlanExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanExportLayout"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<PlanExportQuery, PlanExportQueryVariables>;
export const CorrectPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectPlanItemMutation, CorrectPlanItemMutationVariables>;
export const UpdatePlanRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mitigation"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanRiskMutation, UpdatePlanRiskMutationVariables>;
export const UpdateCouncilMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCouncilMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCouncilMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCouncilMeetingMutation, UpdateCouncilMeetingMutationVariables>;
export const CreateCouncilMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCouncilMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCouncilMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCouncilMeetingMutation, CreateCouncilMeetingMutationVariables>;
export const PlanListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanListQuery, PlanListQueryVariables>;
export const PlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"order"},"name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"EnumValue","value":"ALL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleText"}},{"kind":"Field","name":{"kind":"Name","value":"participantsText"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"actualResult"}},{"kind":"Field","name":{"kind":"Name","value":"manualStatus"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"derivedFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanPageQuery, PlanPageQueryVariables>;
export const CreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const UpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodText"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const ArchivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchivePlanMutation, ArchivePlanMutationVariables>;
export const RestorePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestorePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestorePlanMutation, RestorePlanMutationVariables>;
export const AddPlanStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPlanStageMutation, AddPlanStageMutationVariables>;
export const UpdatePlanStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanStageMutation, UpdatePlanStageMutationVariables>;
export const CreatePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanItemMutation, CreatePlanItemMutationVariables>;
export const UpdatePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanItemMutation, UpdatePlanItemMutationVariables>;
export const ArchivePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArchivePlanItemMutation, ArchivePlanItemMutationVariables>;
export const RestorePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestorePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RestorePlanItemMutation, RestorePlanItemMutationVariables>;
export const ReorderPlanItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderPlanItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderPlanItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderPlanItemsMutation, ReorderPlanItemsMutationVariables>;
export const LinkPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkPlanItemMutation, LinkPlanItemMutationVariables>;
export const UnlinkPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnlinkPlanItemMutation, UnlinkPlanItemMutationVariables>;
export const PlanLinkTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanLinkTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanLinkKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planLinkTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceDates"}}]}}]}}]} as unknown as DocumentNode<PlanLinkTargetsQuery, PlanLinkTargetsQueryVariables>;
export const ImportRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRegistryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportRegistryMutation, ImportRegistryMutationVariables>;
export const ImportRegistryRefusedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegistryRefused"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRegistryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"refusedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportRegistryRefusedMutation, ImportRegistryRefusedMutationVariables>;
export const RegistryImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryImportKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<RegistryImportTemplateQuery, RegistryImportTemplateQueryVariables>;
export const RouteListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoutesFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteListQuery, RouteListQueryVariables>;
export const MyRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLearningRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"sharedInNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}}]} as unknown as DocumentNode<MyRoutesQuery, MyRoutesQueryVariables>;
export const RouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Route"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"associationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedInNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"isOwner"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"canStart"}},{"kind":"Field","name":{"kind":"Name","value":"canComplete"}},{"kind":"Field","name":{"kind":"Name","value":"canMark"}},{"kind":"Field","name":{"kind":"Name","value":"canJournal"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baselineScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"competenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mentorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorshipId"}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"mentorNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFileName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFileSize"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSource"}},{"kind":"Field","name":{"kind":"Name","value":"eventOccurrenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internshipModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"programTitle"}},{"kind":"Field","name":{"kind":"Name","value":"siteTitle"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"beforeScore"}},{"kind":"Field","name":{"kind":"Name","value":"beforeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"afterScore"}},{"kind":"Field","name":{"kind":"Name","value":"afterLevel"}},{"kind":"Field","name":{"kind":"Name","value":"afterMeasuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"afterCampaignName"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"deficitClosed"}}]}}]}}]}}]} as unknown as DocumentNode<RouteQuery, RouteQueryVariables>;
export const RouteCompetenceOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteCompetenceOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frameworkCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeCompetenceOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"frameworkCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frameworkCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]} as unknown as DocumentNode<RouteCompetenceOptionsQuery, RouteCompetenceOptionsQueryVariables>;
export const RouteDeficitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteDeficitOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeDeficitOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competenceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignName"}}]}}]}}]} as unknown as DocumentNode<RouteDeficitOptionsQuery, RouteDeficitOptionsQueryVariables>;
export const ProposeRouteStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposeRouteSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competenceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeRouteSteps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"competenceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competenceIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"competenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"internshipModuleId"}},{"kind":"Field","name":{"kind":"Name","value":"internshipCohortId"}}]}}]}}]} as unknown as DocumentNode<ProposeRouteStepsQuery, ProposeRouteStepsQueryVariables>;
export const RouteAchievementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteAchievements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeAchievements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"sharedInNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFileName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteAchievementsQuery, RouteAchievementsQueryVariables>;
export const RouteEvidenceFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteEvidenceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeStepEvidenceFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<RouteEvidenceFileQuery, RouteEvidenceFileQueryVariables>;
export const CreateRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateRouteMutation, CreateRouteMutationVariables>;
export const UpdateRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}}]}}]}}]} as unknown as DocumentNode<UpdateRouteMutation, UpdateRouteMutationVariables>;
export const AddRouteStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRouteStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRouteStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"routeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddRouteStepMutation, AddRouteStepMutationVariables>;
export const UpdateRouteStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRouteStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRouteStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRouteStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateRouteStepMutation, UpdateRouteStepMutationVariables>;
export const MoveRouteStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveRouteStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveRouteStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveRouteStepMutation, MoveRouteStepMutationVariables>;
export const RemoveRouteStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRouteStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRouteStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveRouteStepMutation, RemoveRouteStepMutationVariables>;
export const SubmitRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitRouteMutation, SubmitRouteMutationVariables>;
export const ApproveRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveRouteMutation, ApproveRouteMutationVariables>;
export const ReturnRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}}]}}]}}]} as unknown as DocumentNode<ReturnRouteMutation, ReturnRouteMutationVariables>;
export const StartRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartRouteMutation, StartRouteMutationVariables>;
export const CompleteRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteRouteMutation, CompleteRouteMutationVariables>;
export const SetRouteStepStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRouteStepStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteStepStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRouteStepStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetRouteStepStatusMutation, SetRouteStepStatusMutationVariables>;
export const AttachRouteStepEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachRouteStepEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachRouteStepEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AttachRouteStepEvidenceMutation, AttachRouteStepEvidenceMutationVariables>;
export const SetRouteStepReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRouteStepReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reflection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRouteStepReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reflection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reflection"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetRouteStepReflectionMutation, SetRouteStepReflectionMutationVariables>;
export const AddRouteJournalEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRouteJournalEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteJournalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRouteJournalEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"routeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRouteJournalEntryMutation, AddRouteJournalEntryMutationVariables>;
export const ArchiveRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveRouteMutation, ArchiveRouteMutationVariables>;
export const RestoreRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreLearningRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreRouteMutation, RestoreRouteMutationVariables>;
export const SetRouteSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRouteSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shared"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRouteSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"routeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shared"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedInNetwork"}}]}}]}}]} as unknown as DocumentNode<SetRouteSharingMutation, SetRouteSharingMutationVariables>;
export const RoutePersonNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutePersonName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<RoutePersonNameQuery, RoutePersonNameQueryVariables>;
export const SharedAchievementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedAchievements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SharedTeacherOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedAchievements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedRoutes"}},{"kind":"Field","name":{"kind":"Name","value":"completedSteps"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}}]}}]}}]}}]} as unknown as DocumentNode<SharedAchievementsQuery, SharedAchievementsQueryVariables>;
export const RouteMentorshipOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteMentorshipOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeMentorshipOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"routeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"routeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"mentorNames"}}]}}]}}]} as unknown as DocumentNode<RouteMentorshipOptionsQuery, RouteMentorshipOptionsQueryVariables>;
export const RouteGroupOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteGroupOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteGroupOptionsQuery, RouteGroupOptionsQueryVariables>;
export const RouteEventOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteEventOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}}]} as unknown as DocumentNode<RouteEventOptionsQuery, RouteEventOptionsQueryVariables>;
export const RouteEventOccurrencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteEventOccurrences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]}}]} as unknown as DocumentNode<RouteEventOccurrencesQuery, RouteEventOccurrencesQueryVariables>;
export const RouteModuleOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteModuleOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagingSites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteModuleOptionsQuery, RouteModuleOptionsQueryVariables>;
export const StagingSiteListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingSiteList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StagingSiteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StagingSiteOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagingSites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StagingSiteListQuery, StagingSiteListQueryVariables>;
export const StagingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canEstablish"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"isMasterTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"masters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"isMasterTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}}]} as unknown as DocumentNode<StagingSiteQuery, StagingSiteQueryVariables>;
export const StagingCompetenceOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingCompetenceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeCompetenceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkCode"}}]}}]}}]} as unknown as DocumentNode<StagingCompetenceOptionsQuery, StagingCompetenceOptionsQueryVariables>;
export const StagingMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StagingMunicipalitiesQuery, StagingMunicipalitiesQueryVariables>;
export const CreateStagingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStagingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStagingSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStagingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateStagingSiteMutation, CreateStagingSiteMutationVariables>;
export const UpdateStagingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStagingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StagingSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStagingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<UpdateStagingSiteMutation, UpdateStagingSiteMutationVariables>;
export const ArchiveStagingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveStagingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveStagingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveStagingSiteMutation, ArchiveStagingSiteMutationVariables>;
export const RestoreStagingSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreStagingSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreStagingSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreStagingSiteMutation, RestoreStagingSiteMutationVariables>;
export const InternshipProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internshipProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InternshipProgramQuery, InternshipProgramQueryVariables>;
export const CreateInternshipProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInternshipProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInternshipProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInternshipProgramMutation, CreateInternshipProgramMutationVariables>;
export const UpdateInternshipProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInternshipProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInternshipProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonths"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"maxExperienceYears"}}]}}]}}]} as unknown as DocumentNode<UpdateInternshipProgramMutation, UpdateInternshipProgramMutationVariables>;
export const AddInternshipModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInternshipModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInternshipModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"internshipProgramId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}}]}}]}}]} as unknown as DocumentNode<AddInternshipModuleMutation, AddInternshipModuleMutationVariables>;
export const UpdateInternshipModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInternshipModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInternshipModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}}]}}]}}]} as unknown as DocumentNode<UpdateInternshipModuleMutation, UpdateInternshipModuleMutationVariables>;
export const MoveInternshipModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveInternshipModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveInternshipModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveInternshipModuleMutation, MoveInternshipModuleMutationVariables>;
export const ArchiveInternshipModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveInternshipModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveInternshipModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}}]}}]}}]} as unknown as DocumentNode<ArchiveInternshipModuleMutation, ArchiveInternshipModuleMutationVariables>;
export const CreateInternshipTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInternshipTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipTrackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInternshipTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"internshipProgramId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInternshipTrackMutation, CreateInternshipTrackMutationVariables>;
export const UpdateInternshipTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInternshipTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipTrackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInternshipTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateInternshipTrackMutation, UpdateInternshipTrackMutationVariables>;
export const ArchiveInternshipTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveInternshipTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveInternshipTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArchiveInternshipTrackMutation, ArchiveInternshipTrackMutationVariables>;
export const ProgramCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramCohorts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internshipCohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seated"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}}]}}]}}]} as unknown as DocumentNode<ProgramCohortsQuery, ProgramCohortsQueryVariables>;
export const SurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const MySurveyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipId"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"menteeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<MySurveyTasksQuery, MySurveyTasksQueryVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"anonymityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"mentorAverage"}},{"kind":"Field","name":{"kind":"Name","value":"menteeAverage"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"withheldMessage"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const CloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const ReopenSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<ReopenSurveyMutation, ReopenSurveyMutationVariables>;
export const AnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;