import { PROF_DEFICITS } from '../../reference/instruments.data';
import { FRIENDS_NETWORK } from '../networks/friends.data';
import { DEMO_REGISTRY } from '../registry';
import { DEMO_FREE_TEXT, demoOption, FRIENDS_SELF_DIAGNOSES, PODPOROZHYE_CAMPAIGN, PODPOROZHYE_PROFILES } from '.';
import { DemoLevel, scoreAnswers, ScoringItem, ScoringRule } from './scoring';

/** The demo deficits are seeded with SQL: check here that they tell the story they are meant to. */
const orgs = new Map(DEMO_REGISTRY.flatMap((r) => r.municipalities.flatMap((mu) => mu.organizations.map((o) => [o.key, { o, municipality: mu.name }] as const))));

/** PROF-DEFICITS as the seeder reads it from the database: one choice item per competence, thresholds 50/80. */
const items: (ScoringItem & { code: string })[] = PROF_DEFICITS.items.map((i, n) => ({
  id: `item-${n}`,
  competenceId: i.competence,
  code: i.competence,
  kind: i.kind,
  scaleMin: null,
  scaleMax: null,
  options: i.kind === 'SINGLE_CHOICE' ? PROF_DEFICITS.options! : [],
  weight: 1,
}));
const rules: ScoringRule[] = [...new Set(items.filter((i) => i.kind !== 'TEXT').map((i) => i.code))].map((code) => ({
  competenceId: code,
  aggregation: 'MEAN',
  ...PROF_DEFICITS.thresholds,
}));

/** Levels of every person of a school, per competence code. */
function schoolLevels(organizationKey: string): { code: string; level: DemoLevel; score: number }[] {
  const profile = PODPOROZHYE_PROFILES.find((p) => p.organizationKey === organizationKey)!;
  return orgs.get(organizationKey)!.o.people.flatMap((p) => {
    const answers: Record<string, string> = {};
    for (const i of items) {
      if (i.kind === 'SINGLE_CHOICE') answers[i.id] = [...i.options].sort((a, b) => a.score - b.score)[demoOption(profile, p.key, i.code)].key;
      else answers[i.id] = DEMO_FREE_TEXT;
    }
    return scoreAnswers(items, rules, answers).map((r) => ({ code: r.competenceId, level: r.level, score: r.score }));
  });
}
const deficitShare = (rows: { level: DemoLevel }[]) => rows.filter((r) => r.level === 'DEFICIT').length / rows.length;
const proficitShare = (rows: { level: DemoLevel }[]) => rows.filter((r) => r.level === 'PROFICIT').length / rows.length;

describe('demo deficits: Podporozhye heatmap', () => {
  it('covers schools of Подпорожский район only, each once', () => {
    const keys = PODPOROZHYE_PROFILES.map((p) => p.organizationKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect([k, orgs.get(k)?.municipality]).toEqual([k, PODPOROZHYE_CAMPAIGN.municipality]);
    expect(PODPOROZHYE_CAMPAIGN.key).toMatch(/^demo:campaign:/);
    expect(PODPOROZHYE_CAMPAIGN.closesOn >= PODPOROZHYE_CAMPAIGN.opensOn).toBe(true);
  });

  it('scores an option as its score / 3 × 100 with deficit below 50 and proficit from 80', () => {
    const item = items.find((i) => i.code === 'AS2')!;
    const levels = PROF_DEFICITS.options!.map((o) => scoreAnswers([item], rules.filter((r) => r.competenceId === 'AS2'), { [item.id]: o.key })[0]);
    expect(levels.map((l) => [l.score, l.level])).toEqual([
      [0, 'DEFICIT'],
      [33.33, 'DEFICIT'],
      [66.67, 'NORM'],
      [100, 'PROFICIT'],
    ]);
  });

  it('concentrates deficits in the low-results СОШ №1: the highest share, and everyone there lacks AS2, PP2 and ME1', () => {
    const sosh1 = schoolLevels('demo:org:47-podp-sosh-1');
    for (const p of PODPOROZHYE_PROFILES.filter((x) => x.organizationKey !== 'demo:org:47-podp-sosh-1')) {
      expect([p.organizationKey, deficitShare(schoolLevels(p.organizationKey)) < deficitShare(sosh1)]).toEqual([p.organizationKey, true]);
    }
    for (const code of ['AS2', 'PP2', 'ME1']) expect(sosh1.filter((r) => r.code === code).every((r) => r.level === 'DEFICIT')).toBe(true);
    expect(deficitShare(sosh1)).toBeGreaterThan(0.5);
  });

  it('gives the high-results СОШ №3 mostly proficits and few deficits', () => {
    const sosh3 = schoolLevels('demo:org:47-podp-sosh-3');
    expect(proficitShare(sosh3)).toBeGreaterThan(0.6);
    expect(deficitShare(sosh3)).toBe(0);
  });

  it('is deterministic', () => {
    expect(schoolLevels('demo:org:47-podp-sosh-4')).toEqual(schoolLevels('demo:org:47-podp-sosh-4'));
  });
});

describe('demo deficits: «Будем дружить школами» self-diagnostics', () => {
  const members = new Set(FRIENDS_NETWORK.members.map((m) => m.organizationKey));
  const codes = new Set(PROF_DEFICITS.items.map((i) => i.competence));

  it('has one self-diagnostics for each school of the network, on competences of PROF, none both a deficit and a proficit', () => {
    expect(new Set(FRIENDS_SELF_DIAGNOSES.map((d) => d.organizationKey))).toEqual(members);
    for (const d of FRIENDS_SELF_DIAGNOSES) {
      const all = [...d.deficits, ...d.proficits].map((e) => e.code);
      expect(new Set(all).size).toBe(all.length);
      for (const c of all) expect([c, codes.has(c)]).toEqual([c, true]);
      expect(d.deficits.length).toBeGreaterThan(0);
      expect(d.proficits.length).toBeGreaterThan(0);
    }
  });

  it('complements: every deficit of a school is a proficit of another, and every school can share something another lacks', () => {
    for (const d of FRIENDS_SELF_DIAGNOSES) {
      const others = FRIENDS_SELF_DIAGNOSES.filter((o) => o !== d);
      for (const def of d.deficits) expect([d.organizationKey, def.code, others.some((o) => o.proficits.some((p) => p.code === def.code))]).toEqual([d.organizationKey, def.code, true]);
      expect([d.organizationKey, d.proficits.some((p) => others.some((o) => o.deficits.some((x) => x.code === p.code)))]).toEqual([d.organizationKey, true]);
    }
  });

  it('follows the support links of the network: each link carries a proficit of the giver that the receiver lacks', () => {
    const of = new Map(FRIENDS_SELF_DIAGNOSES.map((d) => [d.organizationKey, d]));
    for (const e of FRIENDS_NETWORK.edges) {
      const giver = of.get(e.from)!;
      const receiver = of.get(e.to)!;
      expect([e.from, e.to, giver.proficits.some((p) => receiver.deficits.some((x) => x.code === p.code))]).toEqual([e.from, e.to, true]);
    }
  });
});
