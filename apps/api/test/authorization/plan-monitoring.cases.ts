import { OperationCases } from '../support/operation-cases';

/** A Podporozhye plan with what every row needs; written straight to the database (authorization-plan-monitoring). */
export interface PlanMonitoringFixtures {
  planId: string;
  stageId: string;
  itemId: string;
  riskId: string;
  meetingId: string;
  decisionId: string;
  olderVersionId: string;
  newerVersionId: string;
}

const Q = {
  planMonitoring: `query($p: ID!) { planMonitoring(planId: $p) { today items { itemId flag } } }`,
  planCorrections: `query($p: ID!) { planCorrections(planId: $p) { id reason } }`,
  planVersions: `query($p: ID!) { planVersions(planId: $p) { id number } }`,
  comparePlanVersions: `query($a: ID!, $b: ID!) { comparePlanVersions(olderId: $a, newerId: $b) { id kind } }`,
  planRisks: `query($p: ID!) { planRisks(planId: $p) { id title } }`,
  councilMeetings: `query($p: ID!) { councilMeetings(planId: $p) { id agenda decisions { id text } } }`,
  planExport: `query($p: ID!) { planExport(planId: $p, format: XLSX, layout: REPORT) { fileName size } }`,
  correctPlanItem: `mutation($i: ID!) { correctPlanItem(itemId: $i, input: { reason: "Перенос по итогам мониторинга", periodText: "Октябрь" }) { id reason } }`,
  fixPlanVersion: `mutation($p: ID!) { fixPlanVersion(planId: $p, input: { note: "Версия" }) { id number } }`,
  createPlanRisk: `mutation($p: ID!) { createPlanRisk(planId: $p, input: { title: "Привлечение участников" }) { id } }`,
  updatePlanRisk: `mutation($id: ID!) { updatePlanRisk(id: $id, input: { title: "Нехватка времени", mitigation: "Гибкий график" }) { id mitigation } }`,
  setPlanRiskArchived: `mutation($id: ID!) { setPlanRiskArchived(id: $id, archived: false) { id } }`,
  createCouncilMeeting: `mutation($p: ID!) { createCouncilMeeting(planId: $p, input: { heldOn: "2026-03-20", agenda: ["О ходе реализации плана"] }) { id } }`,
  updateCouncilMeeting: `mutation($id: ID!) { updateCouncilMeeting(id: $id, input: { heldOn: "2026-02-11", agenda: ["Повестка", "О ходе реализации плана"], decisions: ["Провести семинар"] }) { id heldOn } }`,
  setCouncilMeetingArchived: `mutation($id: ID!) { setCouncilMeetingArchived(id: $id, archived: false) { id } }`,
  councilDecisionToPlanItem: `mutation($d: ID!, $s: ID!) { councilDecisionToPlanItem(decisionId: $d, stageId: $s) { id decisions { planItemId } } }`,
};

type F = PlanMonitoringFixtures;
const plan = (f: F) => ({ p: f.planId });
const read = (name: keyof typeof Q, vars: (f: F) => Record<string, unknown>) => ({
  allowed: { as: 'methodist.podporozhye' as const, query: Q[name], vars },
  outOfScope: { as: 'methodist.timashevsk' as const, query: Q[name], vars, code: 'NOT_FOUND' },
  anonymous: { query: Q[name], vars, expect: 'UNAUTHENTICATED' as const },
});
const write = (name: keyof typeof Q, vars: (f: F) => Record<string, unknown>) => ({
  ...read(name, vars),
  forbidden: { as: 'teacher.filippov' as const, query: Q[name], vars },
});

/** One row per operation of plan monitoring: Podporozhye's methodist passes, Timashevsk's gets NOT_FOUND, a teacher cannot change plans. */
export const PLAN_MONITORING_CASES: OperationCases<F> = {
  planMonitoring: read('planMonitoring', plan),
  planCorrections: read('planCorrections', plan),
  planVersions: read('planVersions', plan),
  comparePlanVersions: read('comparePlanVersions', (f) => ({ a: f.olderVersionId, b: f.newerVersionId })),
  planRisks: read('planRisks', plan),
  councilMeetings: read('councilMeetings', plan),
  planExport: read('planExport', plan),
  correctPlanItem: write('correctPlanItem', (f) => ({ i: f.itemId })),
  fixPlanVersion: write('fixPlanVersion', plan),
  createPlanRisk: write('createPlanRisk', plan),
  updatePlanRisk: write('updatePlanRisk', (f) => ({ id: f.riskId })),
  setPlanRiskArchived: write('setPlanRiskArchived', (f) => ({ id: f.riskId })),
  createCouncilMeeting: write('createCouncilMeeting', plan),
  updateCouncilMeeting: write('updateCouncilMeeting', (f) => ({ id: f.meetingId })),
  setCouncilMeetingArchived: write('setCouncilMeetingArchived', (f) => ({ id: f.meetingId })),
  councilDecisionToPlanItem: write('councilDecisionToPlanItem', (f) => ({ d: f.decisionId, s: f.stageId })),
};
