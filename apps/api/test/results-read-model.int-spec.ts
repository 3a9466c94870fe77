import { campaign, competenceIds, first, frameworkId, instrumentId, nextVersion, person, results } from './support/deficits-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

/**
 * One read model for "a person's current result per competence" (diagnostics' CompetenceResultsReader): the profile,
 * the route builder and matching read it, so they agree about the same teacher — after a re-diagnostics with a newer
 * framework version (the latest result per competence code wins) and after that campaign is archived (its results
 * stop counting).
 */
const PROFILE = `query($p: ID!) { personCompetenceProfile(personId: $p) { items { competence { code name } level } } }`;
const ROUTE_DEFICITS = `query($p: ID!) { routeDeficitOptions(personId: $p) { code name level } }`;
const PROPOSE = `query($p: ID!) { proposeRouteSteps(personId: $p) { kind competenceIds } }`;
const SUGGEST = `query($p: ID!) { mentorSuggestions(menteePersonId: $p) { deficits } }`;
const ARCHIVE = `mutation($id: ID!) { archiveDiagnosticCampaign(id: $id) { id } }`;

type Profile = { personCompetenceProfile: { items: { competence: { code: string; name: string }; level: string }[] } };
type RouteDeficits = { routeDeficitOptions: { code: string; name: string; level: string }[] };
type Proposed = { proposeRouteSteps: { kind: string; competenceIds: string[] }[] };
type Suggest = { mentorSuggestions: { deficits: string[] } };

describe('the current results read model', () => {
  let t: TestApp;
  let token: string;
  let teacher: string;
  let v1: Record<string, string>;
  let v2: Record<string, string>;
  let names: Map<string, string>;
  let again: string;

  /** The teacher's deficits as each reader sees them: competence names, sorted. */
  const views = async () => {
    const profile = await t.gql<Profile>(PROFILE, { p: teacher }, token);
    const route = await t.gql<RouteDeficits>(ROUTE_DEFICITS, { p: teacher }, token);
    const proposed = await t.gql<Proposed>(PROPOSE, { p: teacher }, token);
    const matching = await t.gql<Suggest>(SUGGEST, { p: teacher }, token);
    for (const r of [profile, route, proposed, matching]) expect(r.errors).toBeUndefined();
    const sorted = (xs: string[]) => [...xs].sort();
    return {
      profile: sorted(profile.data!.personCompetenceProfile.items.filter((i) => i.level === 'DEFICIT').map((i) => i.competence.name)),
      route: sorted(route.data!.routeDeficitOptions.filter((d) => d.level === 'DEFICIT').map((d) => d.name)),
      proposed: sorted(proposed.data!.proposeRouteSteps.flatMap((s) => s.competenceIds).map((id) => names.get(id) ?? id)),
      matching: sorted(matching.data!.mentorSuggestions.deficits),
    };
  };
  const agreeOn = async (expected: string[]) => {
    const v = await views();
    expect(v).toEqual({ profile: expected, route: expected, proposed: expected, matching: expected });
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('methodist.podporozhye');
    const prof = await frameworkId(t.db, 'PROF');
    v1 = await competenceIds(t.db, prof);
    const munPodp = (await first<{ id: string }>(t.db, `SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)).id;
    const sosh4 = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-4');
    teacher = await person(t.db, sosh4, 'Сверкина');
    const first1 = await campaign(t.db, { instrumentId: await instrumentId(t.db, 'PROF-DEFICITS'), municipalityId: munPodp, closesOn: '2026-02-10', name: 'Первая' });
    await results(t.db, first1, teacher, sosh4, { [v1.AS2]: 20, [v1.PP2]: 90, [v1.ME1]: 30 }, '2026-02-10');
    const next = await nextVersion(t.db, 'PROF');
    v2 = await competenceIds(t.db, next.frameworkId);
    again = await campaign(t.db, { instrumentId: next.instrumentId, municipalityId: munPodp, closesOn: '2026-04-10', name: 'Повторная' });
    // Re-diagnostics by version 2: AS2 is no longer a deficit, PP2 now is; ME1 was not measured again.
    await results(t.db, again, teacher, sosh4, { [v2.AS2]: 70, [v2.PP2]: 30 }, '2026-04-10');
    const rows = (await t.db.query('SELECT id, name FROM competence WHERE id = ANY($1::uuid[])', [[...Object.values(v1), ...Object.values(v2)]])) as { id: string; name: string }[];
    names = new Map(rows.map((r) => [r.id, r.name]));
  });
  afterAll(() => t.close());

  it('after a re-diagnostics: the latest result per competence code counts everywhere', async () => {
    await agreeOn([names.get(v1.ME1)!, names.get(v2.PP2)!].sort());
  });

  it('after the re-diagnostics is archived: its results stop counting everywhere', async () => {
    const r = await t.gql(ARCHIVE, { id: again }, token);
    expect(r.errors).toBeUndefined();
    await agreeOn([names.get(v1.AS2)!, names.get(v1.ME1)!].sort());
  });
});
