import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { RoleKind } from '@metodset/shared';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { Permission, PERMISSION_ROLES } from '../../src/common/auth/permissions';
import { POLICY_KEY, PolicyMeta } from '../../src/common/auth/policy.decorator';
import { CrossScopeFixtures, RegionIds } from './cross-scope-fixtures';
import { TestApp } from './test-app';

/**
 * Walking the schema the running app serves, for the cross-scope suite: which arguments are ids of which kind,
 * variables built from one region's ids, every field selected recursively, and the permission of each operation.
 */

export type RegionKind = keyof RegionIds;
/** Ids of reference data (frameworks, instruments and their parts): everyone reads them, no region owns them. */
export type RefKind = 'ref';
export type IdKind = RegionKind | RefKind;

/** The kind of the object an operation returns, for its `id` argument. */
const RETURN_KINDS: Record<string, IdKind> = {
  PlanRisk: 'planRisk',
  Document: 'document',
  CouncilMeeting: 'councilMeeting',
  Organization: 'organization',
  Person: 'person',
  Network: 'network',
  Agreement: 'agreement',
  Association: 'association',
  MentoringProgram: 'program',
  Mentorship: 'mentorship',
  MentorProfile: 'mentorProfile',
  DiaryEntry: 'diaryEntry',
  Survey: 'survey',
  DiagnosticCampaign: 'campaign',
  LearningRoute: 'route',
  OrganizationSelfDiagnosis: 'selfDiagnosis',
  AssignmentPlan: 'assignmentPlan',
  AssignmentReplan: 'assignmentPlan',
  CompetencyFramework: 'ref',
  /** A framework as a CASE 1.1 package: the id is the framework's. */
  CompetencyFrameworkCaseExport: 'ref',
  DiagnosticInstrument: 'ref',
  AccountSession: 'accountSession',
  StagingSite: 'stagingSite',
  InternshipProgram: 'internshipProgram',
  Event: 'event',
  InternshipCohort: 'internshipCohort',
  InternshipApplication: 'internshipApplication',
  InternshipSession: 'internshipSession',
  Plan: 'plan',
  Practice: 'practice',
  MethodologicalProduct: 'product',
  CalendarSubscription: 'calendarSubscription',
  ApiClient: 'apiClient',
  IssuedApiClientSecret: 'apiClient',
  Indicator: 'indicator',
  IndicatorValue: 'indicatorValue',
  Job: 'job',
  Municipality: 'municipality',
  WebhookSubscription: 'webhookSubscription',
};

/** Argument and input field names (singular; `…Ids` lists map like `…Id`). */
const NAMED_KINDS: Record<string, IdKind> = {
  decisionId: 'councilDecision',
  subscriptionId: 'webhookSubscription',
  clientId: 'apiClient',
  olderId: 'planVersion',
  newerId: 'planVersion',
  regionId: 'region',
  municipalityId: 'municipality',
  organizationId: 'organization',
  coordinatorOrganizationId: 'organization',
  partyOrganizationId: 'organization',
  mentorOrganizationId: 'organization',
  menteeOrganizationId: 'organization',
  personId: 'person',
  menteePersonId: 'person',
  menteeId: 'person',
  attendeeId: 'person',
  authorPersonId: 'person',
  /** auditLog's filter: an account id; only platform administrators (the whole platform) pass its gate, so any row id serves. */
  actorAccountId: 'person',
  mentorPersonId: 'mentorPerson',
  mentorId: 'mentorPerson',
  coordinatorPersonId: 'mentorPerson',
  networkId: 'network',
  agreementId: 'agreement',
  associationId: 'association',
  meetingId: 'associationMeeting',
  programId: 'program',
  mentorshipId: 'mentorship',
  sessionId: 'session',
  surveyId: 'survey',
  campaignId: 'campaign',
  beforeCampaignId: 'campaign',
  afterCampaignId: 'campaign',
  participantId: 'participant',
  routeId: 'route',
  stepId: 'step',
  edgeId: 'networkEdge',
  fromMemberId: 'networkMember',
  toMemberId: 'networkMember',
  frameworkId: 'ref',
  instrumentId: 'ref',
  competenceId: 'ref',
  areaId: 'ref',
  indicatorId: 'ref',
  ruleId: 'ref',
  siteId: 'stagingSite',
  internshipProgramId: 'internshipProgram',
  moduleId: 'internshipModule',
  internshipModuleId: 'internshipModule',
  internshipCohortId: 'internshipCohort',
  trackId: 'internshipTrack',
  headPersonId: 'person',
  masterId: 'person',
  eventId: 'event',
  materialId: 'eventMaterial',
  organizerId: 'organization',
  responsibleId: 'person',
  cohortId: 'internshipCohort',
  applicationId: 'internshipApplication',
  certificateId: 'internshipCertificate',
  masterPersonId: 'mentorPerson',
  planId: 'plan',
  documentId: 'document',
  scopeId: 'municipality',
  replacedById: 'document',
  practiceId: 'practice',
  attachmentId: 'practiceAttachment',
  productId: 'product',
  routeStepId: 'step',
  stageId: 'planStage',
  linkId: 'planLink',
  /** A plan item's link target: the first kind (MENTORSHIP) is what the generated input names. */
  targetId: 'mentorship',
  responsiblePersonId: 'person',
  participantPersonId: 'person',
  responsibleOrganizationId: 'organization',
  participantOrganizationId: 'organization',
  fromOrganizationId: 'organization',
  checkerOrganizationId: 'organization',
  firstPersonId: 'person',
  secondPersonId: 'person',
  /** An indicator's owner: the first kind (MENTORING_PROGRAM) is what the generated input names. */
  ownerId: 'program',
};

/** The kind of an id argument or input field, or undefined when the suite has no mapping for it. */
export function idKindOf(name: string, returnType: string): IdKind | undefined {
  if (name === 'id') return RETURN_KINDS[returnType];
  // Internship programmes and sessions share argument names with mentoring's: told apart by what the operation returns.
  if (name === 'programId' && returnType.startsWith('Internship')) return 'internshipProgram';
  if (name === 'sessionId' && returnType.startsWith('InternshipAttendance')) return 'internshipSession';
  if (name === 'memberId') return returnType === 'Network' || returnType === 'NetworkMember' ? 'networkMember' : returnType === 'Association' ? 'associationMember' : undefined;
  if (name === 'taskId' && returnType === 'DocumentTask') return 'documentTask';
  if ((name === 'sourceId' || name === 'targetId') && returnType === 'MunicipalityMergeResult') return 'municipality';
  if (name === 'itemId' && returnType === 'PlanCorrection') return 'planItem';
  // A drill-down takes an indicator of the indicators' domain (not a competence's indicator).
  if (name === 'indicatorId' && returnType.startsWith('DrillDownRow')) return 'computedIndicator';
  // A recalculation job of a computed indicator.
  if (name === 'indicatorId' && returnType === 'Job') return 'computedIndicator';
  // Result indicators (not a competence's indicators): their operations answer Indicator… types.
  if (name === 'indicatorId' && returnType.startsWith('Indicator')) return 'indicator';
  // A plan's new order: ids of its stages (or of a stage's items; the stage decides first).
  if (name === 'ids') return returnType === 'Plan' ? 'planStage' : undefined;
  if (name === 'itemId') return returnType === 'AssignmentPlan' ? 'assignmentPlanItem' : returnType === 'Plan' ? 'planItem' : returnType === 'DiagnosticInstrument' || returnType === 'DiagnosticForm' ? 'ref' : undefined;
  const singular = name.endsWith('Ids') ? name.slice(0, -1) : name;
  return NAMED_KINDS[singular];
}

const isIdType = (t: GraphQLInputType) => getNamedType(t).name === 'ID';

export interface Unmapped {
  operation: string;
  path: string;
}

/** Values of one region and the reference rows, to fill arguments with. */
export interface Fill {
  ids: RegionIds;
  ref: CrossScopeFixtures['ref'];
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function scalarValue(typeName: string, name: string): unknown {
  if (typeName === 'Int' || typeName === 'Float') {
    const ints: Record<string, number> = { position: 1, first: 5, withinDays: 90, capacity: 2, durationMinutes: 45, level: 2, selfWeight: 50, scale: 4, year: 2025, experienceYears: 5, weight: 1 };
    return ints[name] ?? 1;
  }
  if (typeName === 'Boolean') return name === 'dryRun' || name === 'shared' || name === 'available';
  if (typeName === 'DateTime') return new Date().toISOString();
  if (/(closes|ends)On$/.test(name)) return day(60);
  if (name === 'plannedOn') return day(5);
  if (name === 'occurrenceDate') return day(0);
  // A calendar range (the calendar and the event list): around the fixtures' events.
  if (name === 'from') return day(-30);
  if (name === 'periodStart') return day(-365);
  if (name === 'periodEnd') return day(0);
  if (name === 'to') return day(60);
  if (/On$/.test(name) || /^period(Start|End)$/.test(name)) return day(-1);
  if (/On$/.test(name)) return day(-1);
  // A session's time (String fields with ISO date-times): starts yesterday, ends two hours later.
  if (name === 'startsAt') return `${day(-1)}T09:00:00.000Z`;
  if (name === 'endsAt') return `${day(-1)}T11:00:00.000Z`;
  if (name === 'contentBase64') return Buffer.from('%PDF-1.4 проверка\n%%EOF\n').toString('base64');
  if (name === 'fileName') return 'proverka.pdf';
  if (name === 'fileType') return 'application/pdf';
  if (/email$/i.test(name)) return 'proverka@example.org';
  if (/url$/i.test(name)) return 'https://example.org/proverka';
  if (name === 'inn') return '7701234567';
  if (name === 'search') return 'Проверка';
  return `Проверка ${name}`;
}

interface GenState {
  operation: string;
  returnType: string;
  fill: Fill;
  unmapped: Unmapped[];
  /** Paths of optional id fields met (each gives a variable set of its own). */
  optionalIds: string[];
  /** The optional id field to include in this set. */
  include: string | null;
}

function idValue(name: string, path: string, s: GenState): string | undefined {
  const kind = idKindOf(name, s.returnType);
  if (!kind) {
    s.unmapped.push({ operation: s.operation, path });
    return undefined;
  }
  if (kind !== 'ref') return s.fill.ids[kind];
  if (name === 'frameworkId' || (name === 'id' && (s.returnType === 'CompetencyFramework' || s.returnType === 'CompetencyFrameworkCaseExport'))) return s.fill.ref.framework;
  if (name === 'instrumentId' || (name === 'id' && s.returnType === 'DiagnosticInstrument')) return s.fill.ref.instrument;
  if (name === 'areaId') return s.fill.ref.area;
  if (name === 'itemId') return s.fill.ref.item;
  if (name === 'competenceId' || name === 'competenceIds') return s.fill.ref.competence;
  return s.fill.ref.competence;
}

function gen(type: GraphQLInputType, name: string, path: string, s: GenState): unknown {
  if (isNonNullType(type)) return gen(type.ofType, name, path, s);
  if (isListType(type)) {
    const v = gen(type.ofType as GraphQLInputType, name, path, s);
    return v === undefined ? [] : [v];
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const p = `${path}.${f.name}`;
      if (isNonNullType(f.type)) {
        if (f.defaultValue !== undefined) continue;
        const v = gen(f.type, f.name, p, s);
        if (v !== undefined) out[f.name] = v;
      } else if (isIdType(f.type)) {
        if (!s.optionalIds.includes(p)) s.optionalIds.push(p);
        if (s.include === p) {
          const v = gen(f.type, f.name, p, s);
          if (v !== undefined) out[f.name] = v;
        } else if (!idKindOf(f.name, s.returnType)) s.unmapped.push({ operation: s.operation, path: p });
      }
    }
    return out;
  }
  if (isEnumType(type)) return type.getValues()[0].value as unknown;
  if (type.name === 'ID') return idValue(name, path, s);
  return scalarValue(type.name, name);
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  returnType: string;
  /** Whether the field (or its list) returns a list or a connection. */
  returnsList: boolean;
}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const ops: Operation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const named = getNamedType(field.type);
      let t = field.type;
      if (isNonNullType(t)) t = t.ofType;
      ops.push({ kind, name: field.name, field, returnType: named.name, returnsList: isListType(t) || named.name.endsWith('Connection') });
    }
  }
  return ops;
}

/**
 * The variable sets of an operation filled with one region's ids: one with the required arguments, and one more
 * per optional id argument or input field (each alone, as a caller would pass one host or one filter).
 */
export function variableSets(op: Operation, fill: Fill, unmapped: Unmapped[]): Record<string, unknown>[] {
  const build = (include: string | null, optionalIds: string[]): Record<string, unknown> => {
    const s: GenState = { operation: op.name, returnType: op.returnType, fill, unmapped: include === null ? unmapped : [], optionalIds, include };
    const vars: Record<string, unknown> = {};
    for (const a of op.field.args) {
      if (isNonNullType(a.type)) {
        if (a.defaultValue !== undefined) continue;
        const v = gen(a.type, a.name, a.name, s);
        if (v !== undefined) vars[a.name] = v;
      } else if (isIdType(a.type)) {
        if (!optionalIds.includes(a.name)) optionalIds.push(a.name);
        if (include === a.name) {
          const v = gen(a.type, a.name, a.name, s);
          if (v !== undefined) vars[a.name] = v;
        } else if (!idKindOf(a.name, op.returnType)) unmapped.push({ operation: op.name, path: a.name });
      } else if (isInputObjectType(getNamedType(a.type))) {
        // An optional input (a filter): its id fields each give a variable set of their own.
        const v = gen(a.type, a.name, a.name, s);
        if (include?.startsWith(`${a.name}.`) && v !== undefined) vars[a.name] = v;
      }
    }
    return vars;
  };
  const optionalIds: string[] = [];
  const sets = [build(null, optionalIds)];
  for (const p of [...optionalIds]) sets.push(build(p, []));
  return sets;
}

/** Paths (JSON pointer-like) of the string leaves of a value, with the values. */
export function leaves(v: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof v === 'string') return [{ path, value: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [];
}

export function withLeaf(v: unknown, path: (string | number)[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? withLeaf(x, rest, value) : x));
  const o = v as Record<string, unknown>;
  return { ...o, [head]: withLeaf(o[head], rest, value) };
}

/** Every field of a type, recursively to `depth` object levels; fields with required arguments are filled from `fill` or left out. */
export function selectionOf(type: GraphQLNamedType, depth: number, fill: Fill, onPath: string[] = []): string {
  if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type)) return '';
  if (isUnionType(type)) {
    const parts = type.getTypes().map((t) => `... on ${t.name} { ${selectionOf(t, depth, fill, onPath)} }`);
    return `__typename ${parts.join(' ')}`;
  }
  const parts: string[] = ['__typename'];
  for (const f of Object.values((type as GraphQLObjectType).getFields())) {
    const named = getNamedType(f.type);
    const args: string[] = [];
    let skip = false;
    for (const a of f.args) {
      if (!isNonNullType(a.type) || a.defaultValue !== undefined) continue;
      const s: GenState = { operation: `${type.name}.${f.name}`, returnType: named.name, fill, unmapped: [], optionalIds: [], include: null };
      const v = gen(a.type, a.name, a.name, s);
      if (v === undefined || s.unmapped.length > 0) skip = true;
      else args.push(`${a.name}: ${JSON.stringify(v).replace(/"([A-Za-z_]\w*)":/g, '$1:')}`);
    }
    if (skip) continue;
    const call = args.length > 0 ? `${f.name}(${args.join(', ')})` : f.name;
    if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) {
      const repeats = onPath.filter((n) => n === named.name).length;
      if (depth <= 0 || repeats >= 2) continue;
      parts.push(`${call} { ${selectionOf(named, depth - 1, fill, [...onPath, named.name])} }`);
    } else parts.push(call);
  }
  return parts.join(' ');
}

/** A document calling one operation with the given variables (declared with the schema's argument types). */
export function documentOf(op: Operation, vars: Record<string, unknown>, selection: string): string {
  const declared = op.field.args.filter((a) => a.name in vars);
  const decl = declared.length > 0 ? `(${declared.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const call = declared.length > 0 ? `${op.name}(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')})` : op.name;
  return `${op.kind} ${op.name}${decl} { ${call}${selection ? ` { ${selection} }` : ''} }`;
}

/** The permission each operation's handler declares (Nest metadata, as `policy-coverage.int-spec.ts` reads it). */
export function permissionsOf(t: TestApp): Map<string, PolicyMeta> {
  const scanner = new MetadataScanner();
  const out = new Map<string, PolicyMeta>();
  const seen = new Set<unknown>();
  for (const mod of t.app.get(ModulesContainer).values()) {
    for (const wrapper of mod.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      const cls = proto.constructor as object;
      for (const method of scanner.getAllMethodNames(proto)) {
        const handler = proto[method] as object;
        const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        const policy = (Reflect.getMetadata(POLICY_KEY, handler) as PolicyMeta | undefined) ?? (Reflect.getMetadata(POLICY_KEY, cls) as PolicyMeta | undefined);
        if (policy) out.set(name, policy);
      }
    }
  }
  return out;
}

/** Whether a role passes the gate of an operation (then out-of-scope rows must be NOT_FOUND; otherwise the gate says FORBIDDEN). */
export function rolePasses(policy: PolicyMeta | undefined, role: RoleKind): boolean {
  if (!policy) return false;
  if (policy.kind === 'public') return true;
  return PERMISSION_ROLES[policy.permission as Permission].includes(role);
}

export function schemaOf(t: TestApp): GraphQLSchema {
  return t.app.get(GraphQLSchemaHost).schema;
}
