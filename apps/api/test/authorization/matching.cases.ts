import { OperationCases } from '../support/operation-cases';

/** Fixtures of the matching rows: programmes of the Vorkuta network (coordinated by №12, so school12.vorkuta manages them). */
export interface MatchingFixtures {
  netVorkuta: string;
  /** A teacher of №12 with a deficit, and a mentor of №35 strong there with places free. */
  mentee: string;
  mentee2: string;
  mentor: string;
  /** One programme per writing row: a plan is created in A; B, C, D hold a draft each (edited, published, discarded). */
  progA: string;
  progB: string;
  planB: string;
  itemB: string;
  planC: string;
  planD: string;
  /** A programme without a plan (its plan is computed by a job) and a draft re-planned. */
  progE: string;
  planF: string;
}

const PLAN = 'id status totalScore items { id mentee { id } mentor { id } }';
const Q = {
  mentorSuggestions: 'query($m: ID!) { mentorSuggestions(menteePersonId: $m) { mentee { id } suggestions { mentor { id } score reasons } } }',
  assignmentPlan: `query($id: ID!) { assignmentPlan(id: $id) { ${PLAN} } }`,
  assignmentPlans: 'query($p: ID!) { assignmentPlans(programId: $p) { id status } }',
  schoolPairSuggestions: 'query($n: ID) { schoolPairSuggestions(networkId: $n) { strongOrganizationId weakOrganizationId score reasons } }',
  createAssignmentPlan: `mutation($p: ID!, $input: CreateAssignmentPlanInput) { createAssignmentPlan(programId: $p, input: $input) { ${PLAN} } }`,
  setAssignmentPlanItem: `mutation($id: ID!, $mentor: ID) { setAssignmentPlanItem(itemId: $id, mentorPersonId: $mentor) { ${PLAN} } }`,
  publishAssignmentPlan: 'mutation($id: ID!) { publishAssignmentPlan(id: $id) { id status } }',
  discardAssignmentPlan: 'mutation($id: ID!) { discardAssignmentPlan(id: $id) { id status } }',
  startAssignmentPlan: 'mutation($p: ID!) { startAssignmentPlan(programId: $p) { id kind state params } }',
  replanAssignmentPlan: 'mutation($id: ID!) { replanAssignmentPlan(id: $id) { kept moved added dropped plan { id status } } }',
};

type F = MatchingFixtures;
const create = (f: F) => ({ p: f.progA, input: { menteePersonIds: [f.mentee] } });

export const MATCHING_CASES: OperationCases<F> = {
  mentorSuggestions: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.mentorSuggestions,
      vars: (f) => ({ m: f.mentee }),
      check: (d, f) => expect((d['mentorSuggestions'] as { mentee: { id: string } }).mentee.id).toBe(f.mentee),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.mentorSuggestions, vars: (f) => ({ m: f.mentee }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.mentorSuggestions, vars: (f) => ({ m: f.mentee }) },
    anonymous: { query: Q.mentorSuggestions, vars: (f) => ({ m: f.mentee }), expect: 'UNAUTHENTICATED' },
  },
  assignmentPlan: {
    allowed: { as: 'school12.vorkuta', query: Q.assignmentPlan, vars: (f) => ({ id: f.planB }), check: (d, f) => expect(d['assignmentPlan']).toMatchObject({ id: f.planB }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.assignmentPlan, vars: (f) => ({ id: f.planB }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.assignmentPlan, vars: (f) => ({ id: f.planB }) },
    anonymous: { query: Q.assignmentPlan, vars: (f) => ({ id: f.planB }), expect: 'UNAUTHENTICATED' },
  },
  assignmentPlans: {
    allowed: { as: 'admin', query: Q.assignmentPlans, vars: (f) => ({ p: f.progB }), check: (d, f) => expect(d['assignmentPlans']).toEqual([{ id: f.planB, status: 'DRAFT' }]) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.assignmentPlans, vars: (f) => ({ p: f.progB }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.assignmentPlans, vars: (f) => ({ p: f.progB }) },
    anonymous: { query: Q.assignmentPlans, vars: (f) => ({ p: f.progB }), expect: 'UNAUTHENTICATED' },
  },
  schoolPairSuggestions: {
    allowed: { as: 'school12.vorkuta', query: Q.schoolPairSuggestions, vars: (f) => ({ n: f.netVorkuta }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.schoolPairSuggestions, vars: (f) => ({ n: f.netVorkuta }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.schoolPairSuggestions, vars: (f) => ({ n: f.netVorkuta }) },
    anonymous: { query: Q.schoolPairSuggestions, vars: (f) => ({ n: f.netVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  createAssignmentPlan: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.createAssignmentPlan,
      vars: create,
      check: (d, f) => expect(d['createAssignmentPlan']).toMatchObject({ status: 'DRAFT', items: [{ mentee: { id: f.mentee }, mentor: { id: f.mentor } }] }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.createAssignmentPlan, vars: create, code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.createAssignmentPlan, vars: create },
    anonymous: { query: Q.createAssignmentPlan, vars: create, expect: 'UNAUTHENTICATED' },
  },
  setAssignmentPlanItem: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.setAssignmentPlanItem,
      vars: (f) => ({ id: f.itemB, mentor: null }),
      check: (d) => expect(d['setAssignmentPlanItem']).toMatchObject({ totalScore: 0, items: [{ mentor: null }] }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.setAssignmentPlanItem, vars: (f) => ({ id: f.itemB, mentor: null }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.setAssignmentPlanItem, vars: (f) => ({ id: f.itemB, mentor: null }) },
    anonymous: { query: Q.setAssignmentPlanItem, vars: (f) => ({ id: f.itemB, mentor: null }), expect: 'UNAUTHENTICATED' },
  },
  publishAssignmentPlan: {
    allowed: { as: 'school12.vorkuta', query: Q.publishAssignmentPlan, vars: (f) => ({ id: f.planC }), check: (d) => expect(d['publishAssignmentPlan']).toMatchObject({ status: 'PUBLISHED' }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.publishAssignmentPlan, vars: (f) => ({ id: f.planC }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.publishAssignmentPlan, vars: (f) => ({ id: f.planC }) },
    anonymous: { query: Q.publishAssignmentPlan, vars: (f) => ({ id: f.planC }), expect: 'UNAUTHENTICATED' },
  },
  discardAssignmentPlan: {
    allowed: { as: 'school12.vorkuta', query: Q.discardAssignmentPlan, vars: (f) => ({ id: f.planD }), check: (d) => expect(d['discardAssignmentPlan']).toMatchObject({ status: 'DISCARDED' }) },
    outOfScope: { as: 'coordinator.lo', query: Q.discardAssignmentPlan, vars: (f) => ({ id: f.planD }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.discardAssignmentPlan, vars: (f) => ({ id: f.planD }) },
    anonymous: { query: Q.discardAssignmentPlan, vars: (f) => ({ id: f.planD }), expect: 'UNAUTHENTICATED' },
  },
  startAssignmentPlan: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.startAssignmentPlan,
      vars: (f) => ({ p: f.progE }),
      check: (d, f) => expect(d['startAssignmentPlan']).toMatchObject({ kind: 'matching.assignment-plan', params: expect.stringContaining(f.progE) }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.startAssignmentPlan, vars: (f) => ({ p: f.progE }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.startAssignmentPlan, vars: (f) => ({ p: f.progE }) },
    anonymous: { query: Q.startAssignmentPlan, vars: (f) => ({ p: f.progE }), expect: 'UNAUTHENTICATED' },
  },
  replanAssignmentPlan: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.replanAssignmentPlan,
      vars: (f) => ({ id: f.planF }),
      check: (d, f) => expect(d['replanAssignmentPlan']).toEqual({ kept: 1, moved: 0, added: 0, dropped: 0, plan: { id: f.planF, status: 'DRAFT' } }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.replanAssignmentPlan, vars: (f) => ({ id: f.planF }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.replanAssignmentPlan, vars: (f) => ({ id: f.planF }) },
    anonymous: { query: Q.replanAssignmentPlan, vars: (f) => ({ id: f.planF }), expect: 'UNAUTHENTICATED' },
  },
};
