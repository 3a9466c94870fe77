import { DataSource } from 'typeorm';
import { OperationCases } from '../support/operation-cases';
import { idOf } from '../support/test-app';

/**
 * The landing pages: «Моя страница» (AUTHENTICATED: everyone has one, each sees only their own) and the school page
 * (REGISTRY_WRITE: those who act for the school — its administration, its methodist; another school is NOT_FOUND).
 */
export interface HomeFixtures {
  org12: string;
}

export const homeFixtures = async (db: DataSource): Promise<HomeFixtures> => ({ org12: await idOf(db, 'organization', 'demo:org:11-vorkuta-sosh-12') });

const Q = {
  myAgenda: `query { myAgenda(today: "2026-12-03") { today diagnostics { campaignName } meetings { plannedOn others { fullName } } } }`,
  schoolHome: 'query($id: ID!) { schoolHome(organizationId: $id) { organizationName approvals { title } events { title } } }',
};

export const HOME_CASES: OperationCases<HomeFixtures> = {
  myAgenda: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.myAgenda,
      check: (d) => expect(d['myAgenda']).toMatchObject({ today: '2026-12-03', diagnostics: [expect.any(Object)], meetings: expect.arrayContaining([expect.objectContaining({ plannedOn: '2026-12-09' })]) }),
    },
    anonymous: { query: Q.myAgenda, expect: 'UNAUTHENTICATED' },
  },
  schoolHome: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.schoolHome,
      vars: (f) => ({ id: f.org12 }),
      check: (d) => expect(d['schoolHome']).toMatchObject({ organizationName: 'МОУ «СОШ №12» г. Воркуты' }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.schoolHome, vars: (f) => ({ id: f.org12 }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.schoolHome, vars: (f) => ({ id: f.org12 }) },
    anonymous: { query: Q.schoolHome, vars: (f) => ({ id: f.org12 }), expect: 'UNAUTHENTICATED' },
  },
};
