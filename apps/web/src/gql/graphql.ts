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

/** Соглашение / договор о сетевом взаимодействии */
export type Agreement = {
  __typename?: 'Agreement';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  endsOn?: Maybe<Scalars['String']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  fileSize?: Maybe<Scalars['Int']['output']>;
  fileType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
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

export type AssociationRole =
  | 'DEPUTY'
  | 'HEAD'
  | 'MEMBER'
  | 'SECRETARY';

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

export type CreateSurveyInput = {
  /** true: at the end; false: mid-way */
  isFinal?: Scalars['Boolean']['input'];
  questions: Array<SurveyQuestionInput>;
  title: Scalars['String']['input'];
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

export type ImportRegistryInput = {
  /** Содержимое файла в base64, не больше 10 МБ */
  contentBase64: Scalars['String']['input'];
  /** true — только проверить и посчитать, ничего не записывая */
  dryRun: Scalars['Boolean']['input'];
  /** Имя файла: .xlsx или .csv */
  fileName: Scalars['String']['input'];
  kind: RegistryImportKind;
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
  /** The plan of meetings and what was held, by date */
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

/** Запланированная или проведённая встреча */
export type MentorshipSession = {
  __typename?: 'MentorshipSession';
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  format: SessionFormat;
  heldOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  plannedOn: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

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
  /** Records a meeting with its minutes */
  addAssociationMeeting: Association;
  /** Adds a person; answers the association */
  addAssociationMember: Association;
  /** Adds a support or consultation link; the model’s rules are enforced */
  addNetworkEdge: Network;
  /** Adds an organisation; answers the network */
  addNetworkMember: Network;
  /** A participant answers once per mentorship */
  answerSurvey: Survey;
  archiveAgreement: Agreement;
  archiveAssociation: Association;
  archiveMentoringProgram: MentoringProgram;
  archiveNetwork: Network;
  /** Moves to the archive (restorable) */
  archiveOrganization: Organization;
  archivePerson: Person;
  /** Attaches (or replaces) the signed document: pdf, doc(x), jpg, png; ≤ 5 MB */
  attachAgreementFile: Agreement;
  closeSurvey: Survey;
  createAgreement: Agreement;
  /** Proposes the optimal assignment of a cohort to mentors (maximum total fit within free places) */
  createAssignmentPlan: AssignmentPlan;
  createAssociation: Association;
  createMentoringProgram: MentoringProgram;
  /** Forms a pair, triad or group; mentors’ capacity across programmes is enforced */
  createMentorship: Mentorship;
  createNetwork: Network;
  createOrganization: Organization;
  createPerson: Person;
  createSurvey: Survey;
  discardAssignmentPlan: AssignmentPlan;
  /** Проверка (dryRun: true) или загрузка реестра из XLSX/CSV; при любой ошибке в строках ничего не записывается */
  importRegistry: RegistryImport;
  login: LoginPayload;
  logout: Scalars['Boolean']['output'];
  /** Adds a meeting to the plan */
  planMentorshipSession: Mentorship;
  /** Creates the planned mentorships of the plan in one transaction */
  publishAssignmentPlan: AssignmentPlan;
  /** Records that a planned meeting was held */
  recordMentorshipSession: Mentorship;
  removeAgreementFile: Agreement;
  removeAssociationMember: Association;
  removeNetworkEdge: Network;
  /** Removes a member and its links */
  removeNetworkMember: Network;
  reopenSurvey: Survey;
  restoreAgreement: Agreement;
  restoreAssociation: Association;
  restoreMentoringProgram: MentoringProgram;
  restoreNetwork: Network;
  /** Brings back from the archive */
  restoreOrganization: Organization;
  restorePerson: Person;
  /** Creates or changes a person’s entry in the mentor base */
  saveMentorProfile: MentorProfile;
  /** Gives a mentee another mentor (or none); capacity is checked */
  setAssignmentPlanItem: AssignmentPlan;
  /** planned → active → completed, or stopped with a reason */
  setMentorshipStatus: Mentorship;
  updateAgreement: Agreement;
  updateAssociation: Association;
  /** Corrects the minutes of a meeting */
  updateAssociationMeeting: Association;
  updateAssociationMember: Association;
  /** The author changes the entry or who sees it */
  updateDiaryEntry: DiaryEntry;
  updateMentoringProgram: MentoringProgram;
  updateMentorship: Mentorship;
  updateNetwork: Network;
  updateNetworkMember: Network;
  updateOrganization: Organization;
  updatePerson: Person;
  /** A participant writes an entry */
  writeDiaryEntry: DiaryEntry;
};


export type MutationAddAssociationMeetingArgs = {
  associationId: Scalars['ID']['input'];
  input: AssociationMeetingInput;
};


export type MutationAddAssociationMemberArgs = {
  associationId: Scalars['ID']['input'];
  input: AssociationMemberInput;
};


export type MutationAddNetworkEdgeArgs = {
  input: NetworkEdgeInput;
  networkId: Scalars['ID']['input'];
};


export type MutationAddNetworkMemberArgs = {
  input: NetworkMemberInput;
  networkId: Scalars['ID']['input'];
};


export type MutationAnswerSurveyArgs = {
  input: AnswerSurveyInput;
};


export type MutationArchiveAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveAssociationArgs = {
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


export type MutationArchivePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachAgreementFileArgs = {
  agreementId: Scalars['ID']['input'];
  input: AgreementFileInput;
};


export type MutationCloseSurveyArgs = {
  id: Scalars['ID']['input'];
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


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
  programId: Scalars['ID']['input'];
};


export type MutationDiscardAssignmentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportRegistryArgs = {
  input: ImportRegistryInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationPlanMentorshipSessionArgs = {
  input: PlanSessionInput;
  mentorshipId: Scalars['ID']['input'];
};


export type MutationPublishAssignmentPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordMentorshipSessionArgs = {
  input: RecordSessionInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationRemoveAgreementFileArgs = {
  agreementId: Scalars['ID']['input'];
};


export type MutationRemoveAssociationMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationRemoveNetworkEdgeArgs = {
  edgeId: Scalars['ID']['input'];
};


export type MutationRemoveNetworkMemberArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationReopenSurveyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreAssociationArgs = {
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


export type MutationRestorePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveMentorProfileArgs = {
  input: MentorProfileInput;
  personId: Scalars['ID']['input'];
};


export type MutationSetAssignmentPlanItemArgs = {
  itemId: Scalars['ID']['input'];
  mentorPersonId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSetMentorshipStatusArgs = {
  id: Scalars['ID']['input'];
  input: MentorshipStatusInput;
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


export type MutationUpdateDiaryEntryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDiaryEntryInput;
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


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationWriteDiaryEntryArgs = {
  input: WriteDiaryEntryInput;
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

export type NetworkMember = {
  __typename?: 'NetworkMember';
  id: Scalars['ID']['output'];
  /** 1 = the strongest level (levelled models) */
  level?: Maybe<Scalars['Int']['output']>;
  organization: NetworkOrganization;
  organizationId: Scalars['ID']['output'];
  role: NetworkMemberRole;
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

/** Модель сети */
export type NetworkModel =
  | 'BILATERAL_PARTNERSHIP'
  | 'CONCENTRIC'
  | 'DISTRIBUTED'
  | 'INTER_REGIONAL'
  | 'MIXED'
  | 'RESOURCE_CENTER_SERVICES'
  | 'SCHOOL_TO_SCHOOL_HIERARCHY';

export type NetworkOrganization = {
  __typename?: 'NetworkOrganization';
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  municipalityName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
};

export type NetworkSort =
  | 'CREATED_DESC'
  | 'NAME_ASC';

/** Образовательная или методическая организация */
export type Organization = {
  __typename?: 'Organization';
  address?: Maybe<Scalars['String']['output']>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The latest year of each status kind */
  currentStatuses: Array<OrganizationStatus>;
  email?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  foundedYear?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
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

export type OrganizationSort =
  | 'CREATED_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

/** A status held in a year, with its source */
export type OrganizationStatus = {
  __typename?: 'OrganizationStatus';
  id: Scalars['ID']['output'];
  kind: OrganizationStatusKind;
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

/** Педагогический работник */
export type Person = {
  __typename?: 'Person';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** YYYY-MM-DD */
  birthDate?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  experienceYears?: Maybe<Scalars['Int']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  /** Фамилия Имя Отчество */
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isMasterTeacher: Scalars['Boolean']['output'];
  /** Молодой педагог: стаж не больше 3 лет */
  isYoungTeacher: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  middleName?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  positions: Array<Position>;
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

export type PersonSort =
  | 'CREATED_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type PlanSessionInput = {
  format: SessionFormat;
  /** YYYY-MM-DD */
  plannedOn: Scalars['String']['input'];
  topic: Scalars['String']['input'];
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

export type ProgramFilter = {
  archived?: ArchiveFilter;
  model?: InputMaybe<MentoringModel>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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
  /** «Дневник ПОС» of a mentorship or an association, as the caller may read it */
  diary: Diary;
  /** Active agreements of visible networks whose term ends within the given days */
  expiringAgreements: Array<Agreement>;
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
  /** Questionnaires waiting for the caller’s answer */
  mySurveyTasks: Array<SurveyTask>;
  network: Network;
  /** Networks with a member in the caller’s scope */
  networks: NetworkConnection;
  /** One organisation; NOT_FOUND outside the caller’s scope */
  organization: Organization;
  /** Organisations of any region to add to a network (public name and place only) */
  organizationDirectory: Array<NetworkOrganization>;
  /** Organisations in the caller’s scope, filtered, sorted, paged by cursor */
  organizations: OrganizationConnection;
  /** People in the caller’s scope */
  people: PersonConnection;
  /** A person’s card (the read is audited); NOT_FOUND outside the scope */
  person: Person;
  /** Regions the caller works in */
  regions: Array<Region>;
  /** Шаблон XLSX для загрузки реестра */
  registryImportTemplate: RegistryImportTemplate;
  /** Which strong school could support which weak one, in a network or a municipality */
  schoolPairSuggestions: Array<SchoolPairSuggestion>;
  /** Aggregated answers: for the programme’s coordinators only */
  surveyResults: SurveyResults;
  /** Questionnaires of a visible programme */
  surveys: Array<Survey>;
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
};


export type QueryDiaryArgs = {
  owner: DiaryOwnerInput;
};


export type QueryExpiringAgreementsArgs = {
  withinDays?: Scalars['Int']['input'];
};


export type QueryMentorBaseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorBaseFilter>;
  first?: Scalars['Int']['input'];
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
};


export type QueryMentorshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorshipFilter>;
  first?: Scalars['Int']['input'];
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
  sort?: NetworkSort;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationDirectoryArgs = {
  first?: Scalars['Int']['input'];
  search: Scalars['String']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: Scalars['Int']['input'];
  sort?: OrganizationSort;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: Scalars['Int']['input'];
  sort?: PersonSort;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegistryImportTemplateArgs = {
  kind: RegistryImportKind;
};


export type QuerySchoolPairSuggestionsArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySurveyResultsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveysArgs = {
  programId: Scalars['ID']['input'];
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

/** Итог проверки или загрузки реестра. Организации находятся по «Коду», а без него — по «ИНН»; педагоги — по «Коду», а без него — по фамилии, имени, отчеству и дате рождения. Повторная загрузка обновляет найденные записи и не создаёт дублей. При любой ошибке ничего не записывается. */
export type RegistryImport = {
  __typename?: 'RegistryImport';
  /** Новых записей (будет создано при проверке) */
  created: Scalars['Int']['output'];
  /** true — это была проверка, ничего не записано */
  dryRun: Scalars['Boolean']['output'];
  /** Все ошибки, по строкам; пусто — файл можно загружать */
  errors: Array<ImportRowError>;
  /** Как строки файла сопоставляются с записями реестра */
  key: Scalars['String']['output'];
  kind: RegistryImportKind;
  /** Строк с данными в файле */
  total: Scalars['Int']['output'];
  /** Записей без изменений */
  unchanged: Scalars['Int']['output'];
  /** Изменённых записей */
  updated: Scalars['Int']['output'];
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

export type SessionFormat =
  | 'CONSULTATION'
  | 'IN_PERSON'
  | 'ONLINE'
  | 'OPEN_LESSON';

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
};

/** SCALE: 1–5; TEXT: free text */
export type SurveyQuestionType =
  | 'SCALE'
  | 'TEXT';

/** Aggregated answers for the programme: no individual answers */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Participants of the programme’s active and completed mentorships */
  expected: Scalars['Int']['output'];
  questions: Array<SurveyQuestionResult>;
  respondents: Scalars['Int']['output'];
  survey: Survey;
};

/** An open questionnaire the caller has not answered yet for a mentorship */
export type SurveyTask = {
  __typename?: 'SurveyTask';
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

export type UpdateDiaryEntryInput = {
  answers?: Array<DiaryAnswerInput>;
  text: Scalars['String']['input'];
  visibility?: DiaryVisibility;
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
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, login: string, displayName: string, personId?: string | null, grants: Array<{ __typename?: 'RoleGrant', role: RoleKind, regionId?: string | null, municipalityId?: string | null, organizationId?: string | null }> } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', expiresAt: any, me: { __typename?: 'Me', id: string, login: string, displayName: string, personId?: string | null, grants: Array<{ __typename?: 'RoleGrant', role: RoleKind, regionId?: string | null, municipalityId?: string | null, organizationId?: string | null }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

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
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
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
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorshipFilter>;
}>;


export type MentorshipListQuery = { __typename?: 'Query', mentorships: { __typename?: 'MentorshipConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Mentorship', id: string, form: MentoringForm, status: MentorshipStatus, shape: string, startsOn: string, endsOn?: string | null, program: { __typename?: 'MentoringProgram', id: string, name: string }, mentors: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, mentees: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, sessions: Array<{ __typename?: 'MentorshipSession', id: string, plannedOn: string, heldOn?: string | null, topic: string }> }> } };

export type MentorshipQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MentorshipQuery = { __typename?: 'Query', mentorship: { __typename?: 'Mentorship', id: string, form: MentoringForm, goals: string, startsOn: string, endsOn?: string | null, status: MentorshipStatus, stopReason?: string | null, outcome: string, shape: string, canManage: boolean, canLog: boolean, program: { __typename?: 'MentoringProgram', id: string, name: string, model: MentoringModel, archivedAt?: any | null }, mentors: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, mentees: Array<{ __typename?: 'PersonCard', id: string, fullName: string, organizationName?: string | null }>, mentorOrganization?: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null } | null, menteeOrganization?: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null } | null, sessions: Array<{ __typename?: 'MentorshipSession', id: string, plannedOn: string, heldOn?: string | null, format: SessionFormat, topic: string, durationMinutes?: number | null, notes: string }> } };

export type MentorBaseQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MentorBaseFilter>;
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
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  sort: NetworkSort;
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


export type NetworkQuery = { __typename?: 'Query', network: { __typename?: 'Network', id: string, name: string, model: NetworkModel, coordinatorOrganizationId: string, startsOn: string, endsOn?: string | null, goals: string, archivedAt?: any | null, canEdit: boolean, memberCount: number, coordinator: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null, municipalityName: string }, members: Array<{ __typename?: 'NetworkMember', id: string, organizationId: string, role: NetworkMemberRole, level?: number | null, organization: { __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, municipalityName: string, regionName: string } }>, edges: Array<{ __typename?: 'NetworkEdge', id: string, fromMemberId: string, toMemberId: string, kind: NetworkEdgeKind }>, agreements: Array<{ __typename?: 'Agreement', id: string, number: string, kind: AgreementKind, signedOn: string, subject: string, startsOn: string, endsOn?: string | null, fileName?: string | null, fileType?: string | null, fileSize?: number | null, archivedAt?: any | null, isExpiring: boolean, parties: Array<{ __typename?: 'NetworkOrganization', id: string, name: string, shortName?: string | null }> }> } };

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


export type AddNetworkMemberMutation = { __typename?: 'Mutation', addNetworkMember: { __typename?: 'Network', id: string } };

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

export type OrganizationListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  sort: OrganizationSort;
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


export type OrganizationLabelQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, shortName?: string | null, inn?: string | null, municipality: { __typename?: 'Municipality', id: string, name: string } } };

export type OrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, inn?: string | null, externalId?: string | null, address?: string | null, email?: string | null, website?: string | null, foundedYear?: number | null, archivedAt?: any | null, createdAt: any, staffCount: number, municipality: { __typename?: 'Municipality', id: string, name: string, regionId: string }, statuses: Array<{ __typename?: 'OrganizationStatus', id: string, kind: OrganizationStatusKind, year: number, source?: string | null }>, staff: Array<{ __typename?: 'Position', id: string, kind: PositionKind, title?: string | null, isMain: boolean, personId: string, person?: { __typename?: 'Person', id: string, fullName: string } | null }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, name: string, shortName?: string | null, kind: OrganizationKind, inn?: string | null, externalId?: string | null, address?: string | null, email?: string | null, website?: string | null, foundedYear?: number | null, municipality: { __typename?: 'Municipality', id: string, name: string, regionId: string }, statuses: Array<{ __typename?: 'OrganizationStatus', id: string, kind: OrganizationStatusKind, year: number, source?: string | null }> } };

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
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  sort: PersonSort;
}>;


export type PersonListQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Person', id: string, fullName: string, subjects: Array<string>, experienceYears?: number | null, isYoungTeacher: boolean, qualificationCategory: QualificationCategory, archivedAt?: any | null, positions: Array<{ __typename?: 'Position', id: string, kind: PositionKind, isMain: boolean, organization?: { __typename?: 'Organization', id: string, name: string, shortName?: string | null } | null }> }> } };

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, lastName: string, firstName: string, middleName?: string | null, fullName: string, externalId?: string | null, birthDate?: string | null, email?: string | null, phone?: string | null, subjects: Array<string>, experienceYears?: number | null, isYoungTeacher: boolean, qualificationCategory: QualificationCategory, isMasterTeacher: boolean, archivedAt?: any | null, positions: Array<{ __typename?: 'Position', id: string, kind: PositionKind, title?: string | null, isMain: boolean, organizationId: string, organization?: { __typename?: 'Organization', id: string, name: string, shortName?: string | null } | null }> } };

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

export type ImportRegistryMutationVariables = Exact<{
  input: ImportRegistryInput;
}>;


export type ImportRegistryMutation = { __typename?: 'Mutation', importRegistry: { __typename?: 'RegistryImport', kind: RegistryImportKind, dryRun: boolean, total: number, created: number, updated: number, unchanged: number, key: string, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, message: string }> } };

export type RegistryImportTemplateQueryVariables = Exact<{
  kind: RegistryImportKind;
}>;


export type RegistryImportTemplateQuery = { __typename?: 'Query', registryImportTemplate: { __typename?: 'RegistryImportTemplate', fileName: string, contentBase64: string } };

export type SurveyFieldsFragment = { __typename?: 'Survey', id: string, programId: string, title: string, isFinal: boolean, closedAt?: any | null, questions: Array<{ __typename?: 'SurveyQuestion', key: string, text: string, type: SurveyQuestionType }> };

export type SurveysQueryVariables = Exact<{
  programId: Scalars['ID']['input'];
}>;


export type SurveysQuery = { __typename?: 'Query', surveys: Array<{ __typename?: 'Survey', id: string, programId: string, title: string, isFinal: boolean, closedAt?: any | null, questions: Array<{ __typename?: 'SurveyQuestion', key: string, text: string, type: SurveyQuestionType }> }> };

export type MySurveyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MySurveyTasksQuery = { __typename?: 'Query', mySurveyTasks: Array<{ __typename?: 'SurveyTask', mentorshipId: string, programName: string, survey: { __typename?: 'Survey', id: string, programId: string, title: string, isFinal: boolean, closedAt?: any | null, questions: Array<{ __typename?: 'SurveyQuestion', key: string, text: string, type: SurveyQuestionType }> } }> };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', respondents: number, expected: number, questions: Array<{ __typename?: 'SurveyQuestionResult', key: string, text: string, type: SurveyQuestionType, answered: number, average?: number | null, mentorAverage?: number | null, menteeAverage?: number | null, distribution: Array<number>, texts: Array<string> }> } };

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

export const SurveyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SurveyFieldsFragment, unknown>;
export const AssociationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationListQuery, AssociationListQueryVariables>;
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
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const DiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Diary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writtenOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]}}]} as unknown as DocumentNode<DiaryQuery, DiaryQueryVariables>;
export const WriteDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WriteDiaryEntryMutation, WriteDiaryEntryMutationVariables>;
export const UpdateDiaryEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDiaryEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDiaryEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDiaryEntryMutation, UpdateDiaryEntryMutationVariables>;
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
export const MentoringProgramListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentoringProgramList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"forms"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentorshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentoringProgramListQuery, MentoringProgramListQueryVariables>;
export const MentoringProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentoringProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentoringProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"forms"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"mentorshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<MentoringProgramQuery, MentoringProgramQueryVariables>;
export const ProgramNetworkSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramNetworkSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramNetworkSchoolsQuery, ProgramNetworkSchoolsQueryVariables>;
export const MentorshipListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorshipList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentorshipListQuery, MentorshipListQueryVariables>;
export const MentorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canLog"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"menteeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]} as unknown as DocumentNode<MentorshipQuery, MentorshipQueryVariables>;
export const MentorBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorBaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentorBaseQuery, MentorBaseQueryVariables>;
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
export const NetworkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkSort"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkListQuery, NetworkListQueryVariables>;
export const NetworkNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"archived"},"value":{"kind":"EnumValue","value":"ALL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkNamesQuery, NetworkNamesQueryVariables>;
export const ExpiringAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpiringAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiringAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<ExpiringAgreementsQuery, ExpiringAgreementsQueryVariables>;
export const NetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Network"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"toMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isExpiring"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const OrganizationDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}}]} as unknown as DocumentNode<OrganizationDirectoryQuery, OrganizationDirectoryQueryVariables>;
export const AgreementFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agreementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<AgreementFileQuery, AgreementFileQueryVariables>;
export const CreateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const UpdateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const ArchiveNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveNetworkMutation, ArchiveNetworkMutationVariables>;
export const RestoreNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreNetworkMutation, RestoreNetworkMutationVariables>;
export const AddNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddNetworkMemberMutation, AddNetworkMemberMutationVariables>;
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
export const OrganizationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSort"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationListQuery, OrganizationListQueryVariables>;
export const OrganizationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NAME_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationOptionsQuery, OrganizationOptionsQueryVariables>;
export const OrganizationLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationLabelQuery, OrganizationLabelQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const ArchiveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveOrganizationMutation, ArchiveOrganizationMutationVariables>;
export const RestoreOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreOrganizationMutation, RestoreOrganizationMutationVariables>;
export const PersonListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonSort"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"isYoungTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonListQuery, PersonListQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"isYoungTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isMasterTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"isYoungTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationCategory"}},{"kind":"Field","name":{"kind":"Name","value":"isMasterTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const ArchivePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchivePersonMutation, ArchivePersonMutationVariables>;
export const RestorePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestorePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<RestorePersonMutation, RestorePersonMutationVariables>;
export const PersonOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NAME_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isMain"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonOptionsQuery, PersonOptionsQueryVariables>;
export const ImportRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRegistryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRegistryMutation, ImportRegistryMutationVariables>;
export const RegistryImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryImportKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<RegistryImportTemplateQuery, RegistryImportTemplateQueryVariables>;
export const SurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const MySurveyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipId"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<MySurveyTasksQuery, MySurveyTasksQueryVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"mentorAverage"}},{"kind":"Field","name":{"kind":"Name","value":"menteeAverage"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const CloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const ReopenSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<ReopenSurveyMutation, ReopenSurveyMutationVariables>;
export const AnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;