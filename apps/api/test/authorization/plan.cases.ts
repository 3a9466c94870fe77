import { OperationCases } from '../support/operation-cases';

/** Podporozhye plans written straight to the database (owner: the municipality), one per state the rows need. */
export interface PlanFixtures {
  municipality: string;
  /** Stage `stage` with items `item` (linked: `link`) and `item2`; `itemStage` takes new items; `emptyStage` goes. */
  plan: string;
  stage: string;
  itemStage: string;
  emptyStage: string;
  item: string;
  item2: string;
  toArchiveItem: string;
  archivedItem: string;
  link: string;
  mentorship: string;
  /** A plan with two stages to put in order. */
  twoStages: string;
  stageIds: string[];
  toArchive: string;
  archived: string;
}

const P = 'id title canEdit archivedAt stages { id items { id status { status derivedFrom } } }';
const Q = {
  plans: `query { plans(first: 50) { totalCount nodes { id title } } }`,
  plan: `query($id: ID!) { plan(id: $id) { ${P} } }`,
  createPlan: `mutation($m: ID!) { createPlan(input: { kind: PROJECT, title: "Проект", municipalityId: $m }) { ${P} } }`,
  updatePlan: `mutation($id: ID!) { updatePlan(id: $id, input: { title: "План (изменён)" }) { ${P} } }`,
  archivePlan: `mutation($id: ID!) { archivePlan(id: $id) { ${P} } }`,
  restorePlan: `mutation($id: ID!) { restorePlan(id: $id) { ${P} } }`,
  addPlanStage: `mutation($id: ID!) { addPlanStage(planId: $id, input: { title: "Этап", kind: MAIN }) { ${P} } }`,
  updatePlanStage: `mutation($id: ID!) { updatePlanStage(stageId: $id, input: { title: "Этап (изменён)", kind: ORGANIZATIONAL }) { ${P} } }`,
  deletePlanStage: `mutation($id: ID!) { deletePlanStage(stageId: $id) { ${P} } }`,
  reorderPlanStages: `mutation($id: ID!, $ids: [ID!]!) { reorderPlanStages(planId: $id, input: { ids: $ids }) { ${P} } }`,
  createPlanItem: `mutation($id: ID!) { createPlanItem(stageId: $id, input: { title: "Мероприятие", periodText: "в течение года" }) { ${P} } }`,
  updatePlanItem: `mutation($id: ID!) { updatePlanItem(itemId: $id, input: { status: DONE, actualResult: "Проведено" }) { ${P} } }`,
  archivePlanItem: `mutation($id: ID!) { archivePlanItem(itemId: $id) { ${P} } }`,
  restorePlanItem: `mutation($id: ID!) { restorePlanItem(itemId: $id) { ${P} } }`,
  reorderPlanItems: `mutation($id: ID!, $ids: [ID!]!) { reorderPlanItems(stageId: $id, input: { ids: $ids }) { ${P} } }`,
  linkPlanItem: `mutation($id: ID!, $t: ID!) { linkPlanItem(itemId: $id, input: { kind: MENTORSHIP, targetId: $t }) { ${P} } }`,
  unlinkPlanItem: `mutation($id: ID!) { unlinkPlanItem(linkId: $id) { ${P} } }`,
  planLinkTargets: `query { planLinkTargets(kind: EVENT, search: "семинар") { id kind title occurrenceDates } }`,
};

type Vars = (f: PlanFixtures) => Record<string, unknown>;
/** A mutation: the methodist of Podporozhye passes, Timashevsk's gets NOT_FOUND, a teacher lacks PLAN_WRITE. */
const change = (query: string, vars: Vars, outOfScopeCode = 'NOT_FOUND') => ({
  allowed: { as: 'methodist.podporozhye' as const, query, vars },
  outOfScope: { as: 'methodist.timashevsk' as const, query, vars, code: outOfScopeCode },
  forbidden: { as: 'teacher.filippov' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});

/** One row per plan operation. */
export const PLAN_CASES: OperationCases<PlanFixtures> = {
  plans: {
    allowed: { as: 'methodist.podporozhye', query: Q.plans, check: (d, f) => expect((d['plans'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.plan) },
    anonymous: { query: Q.plans, expect: 'UNAUTHENTICATED' },
  },
  plan: {
    allowed: { as: 'methodist.podporozhye', query: Q.plan, vars: (f) => ({ id: f.plan }), check: (d) => expect(d['plan']).toMatchObject({ canEdit: true }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.plan, vars: (f) => ({ id: f.plan }), code: 'NOT_FOUND' },
    anonymous: { query: Q.plan, vars: (f) => ({ id: f.plan }), expect: 'UNAUTHENTICATED' },
  },
  // Creating in another municipality is a field error on the owner (no existence oracle), not NOT_FOUND.
  createPlan: change(Q.createPlan, (f) => ({ m: f.municipality }), 'BAD_USER_INPUT'),
  updatePlan: change(Q.updatePlan, (f) => ({ id: f.plan })),
  archivePlan: change(Q.archivePlan, (f) => ({ id: f.toArchive })),
  restorePlan: change(Q.restorePlan, (f) => ({ id: f.archived })),
  addPlanStage: change(Q.addPlanStage, (f) => ({ id: f.plan })),
  updatePlanStage: change(Q.updatePlanStage, (f) => ({ id: f.stage })),
  deletePlanStage: change(Q.deletePlanStage, (f) => ({ id: f.emptyStage })),
  reorderPlanStages: change(Q.reorderPlanStages, (f) => ({ id: f.twoStages, ids: [...f.stageIds].reverse() })),
  createPlanItem: change(Q.createPlanItem, (f) => ({ id: f.itemStage })),
  updatePlanItem: change(Q.updatePlanItem, (f) => ({ id: f.item2 })),
  archivePlanItem: change(Q.archivePlanItem, (f) => ({ id: f.toArchiveItem })),
  restorePlanItem: change(Q.restorePlanItem, (f) => ({ id: f.archivedItem })),
  reorderPlanItems: change(Q.reorderPlanItems, (f) => ({ id: f.stage, ids: [f.item2, f.item] })),
  linkPlanItem: change(Q.linkPlanItem, (f) => ({ id: f.item2, t: f.mentorship })),
  unlinkPlanItem: change(Q.unlinkPlanItem, (f) => ({ id: f.link })),
  // Only what the caller may read: Podporozhye's seminars, not the Timashevsk council.
  planLinkTargets: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.planLinkTargets,
      check: (d) => expect((d['planLinkTargets'] as { title: string }[]).map((x) => x.title)).toContain('Семинар «Условия и факторы, способствующие успешному управлению образовательной организацией».'),
    },
    forbidden: { as: 'teacher.filippov', query: Q.planLinkTargets },
    anonymous: { query: Q.planLinkTargets, expect: 'UNAUTHENTICATED' },
  },
};
