import { CampaignMode, CampaignStatus, CompetenceLevel, DiagnosticItemKind, ResponseRole, ScoreAggregation, YOUNG_TEACHER_MAX_YEARS } from '@metodset/shared';
import { blockedReason } from '../../../modules/diagnostics/diagnostics-rules';
import { participantResults, ScoringItem, ScoringRule } from '../../../modules/diagnostics/scoring';
import { responseAnswers } from '../../demo-diagnostics.seeder';
import { DEMO_TODAY } from '../mentoring.types';
import { DEMO_NETWORKS } from '../networks';
import { DEMO_REGISTRY } from '../registry';
import { REFERENCE_INSTRUMENTS } from '../../reference/instruments.data';
import { DemoCampaign } from '../diagnostics.types';
import { DEMO_CAMPAIGNS } from '.';
import { SLOW_GROWER, SOSH12_TEACHERS, SOSH35_MENTORS,
  MENTOR_STRENGTHS, VORKUTA_BASE_2022, VORKUTA_BASE_2023, VORKUTA_MENTORS_2022, VORKUTA_TARGETS, VORKUTA_YOUNG_2026 } from './vorkuta.data';

/** The instruments as seeded (items keyed by position, competences by code), to score the demo answers as the seeder does. */
function instrument(code: string): { items: (ScoringItem & { competenceCode: string })[]; rules: ScoringRule[] } {
  const ins = REFERENCE_INSTRUMENTS.find((i) => i.code === code)!;
  const items = ins.items.map((it, k) => ({
    id: String(k + 1),
    position: k + 1,
    competenceId: it.competence,
    competenceCode: it.competence,
    kind: it.kind as DiagnosticItemKind,
    scaleMin: it.kind === 'SCALE' ? ins.scale!.min : null,
    scaleMax: it.kind === 'SCALE' ? ins.scale!.max : null,
    options: it.kind === 'SINGLE_CHOICE' ? ins.options! : [],
    weight: 1,
  }));
  const codes = [...new Set(ins.items.filter((i) => i.kind !== 'TEXT').map((i) => i.competence))];
  return { items, rules: codes.map((competenceId) => ({ competenceId, aggregation: ScoreAggregation.MEAN, ...ins.thresholds })) };
}

/** Results per person key → competence code → score and level, as the seeder computes them. */
function results(c: DemoCampaign): Map<string, Map<string, { score: number; level: CompetenceLevel }>> {
  const { items, rules } = instrument(c.instrumentCode);
  const out = new Map<string, Map<string, { score: number; level: CompetenceLevel }>>();
  for (const p of c.participants) {
    const answers = (role: ResponseRole) => {
      const r = role === ResponseRole.SELF ? p.self : p.expert;
      return r?.submittedOn ? responseAnswers(items, c, p, role, r) : null;
    };
    const res = participantResults({ mode: c.mode, combineRule: c.combineRule ?? null, selfWeight: c.selfWeight ?? 50 }, items, rules, { self: answers(ResponseRole.SELF), expert: answers(ResponseRole.EXPERT) });
    if (res) out.set(p.personKey, new Map(res.scores.map((s) => [s.competenceId, { score: s.score, level: s.level }])));
  }
  return out;
}

describe('demo diagnostics', () => {
  const people = new Map<string, { orgs: string[]; experienceYears?: number; namedInSeed: boolean }>();
  for (const r of DEMO_REGISTRY)
    for (const mu of r.municipalities)
      for (const o of mu.organizations)
        for (const p of o.people) people.set(p.key, { orgs: [...(people.get(p.key)?.orgs ?? []), o.key], experienceYears: p.experienceYears, namedInSeed: p.namedInSeed });
  const networkOrgs = new Map(DEMO_NETWORKS.map((n) => [n.key, n.members.map((m) => m.organizationKey)]));
  const scopeOrgs = (c: DemoCampaign) => ('networkKey' in c.scope ? (networkOrgs.get(c.scope.networkKey) ?? []) : c.scope.organizationKeys);

  it('has unique demo keys', () => {
    const keys = DEMO_CAMPAIGNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^demo:campaign:/);
  });

  it.each(DEMO_CAMPAIGNS.map((c) => [c.key, c] as const))('%s: instrument, mode, period, participants in the scope and audience', (_k, c) => {
    // No invented scores for a person a programme names.
    for (const p of c.participants) expect([p.personKey, people.get(p.personKey)?.namedInSeed]).toEqual([p.personKey, false]);
    expect(REFERENCE_INSTRUMENTS.map((i) => i.code)).toContain(c.instrumentCode);
    expect(c.closesOn >= c.opensOn).toBe(true);
    expect(c.mode === CampaignMode.COMBINED).toBe(!!c.combineRule);
    const keys = c.participants.map((p) => p.personKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of c.participants) {
      expect([p.personKey, people.get(p.personKey)?.orgs.includes(p.organizationKey)]).toEqual([p.personKey, true]);
      expect(scopeOrgs(c)).toContain(p.organizationKey);
      if (c.maxExperienceYears != null) expect((people.get(p.personKey)?.experienceYears ?? 99) <= c.maxExperienceYears).toBe(true);
      // Responses only of the roles the mode collects, submitted within the period.
      if (p.self) expect(c.mode === CampaignMode.SELF || c.mode === CampaignMode.COMBINED).toBe(true);
      if (p.expert) expect(c.mode === CampaignMode.EXPERT || c.mode === CampaignMode.COMBINED).toBe(true);
      for (const r of [p.self, p.expert]) if (r?.submittedOn) expect(r.submittedOn >= c.opensOn && r.submittedOn <= c.closesOn).toBe(true);
    }
  });

  it('2022: the seed\'s assessment takes №12 teachers only (invented people, not the named creative group), who show its four difficulties as deficits', () => {
    const res = results(VORKUTA_BASE_2022);
    expect(VORKUTA_BASE_2022.scope).toEqual({ organizationKeys: ['demo:org:11-vorkuta-sosh-12'] });
    expect(VORKUTA_BASE_2022.participants.map((p) => p.organizationKey)).toEqual(SOSH12_TEACHERS.map(() => 'demo:org:11-vorkuta-sosh-12'));
    for (const t of SOSH12_TEACHERS) expect([t, people.get(t)?.namedInSeed]).toEqual([t, false]);
    for (const t of SOSH12_TEACHERS) for (const code of VORKUTA_TARGETS) expect([t, code, res.get(t)?.get(code)?.level]).toEqual([t, code, CompetenceLevel.DEFICIT]);
  });

  it('2022 (illustrative): №35 mentors (Жданова too) show proficits in the four difficulties', () => {
    const res = results(VORKUTA_MENTORS_2022);
    expect(VORKUTA_MENTORS_2022.name).toMatch(/демонстрационные данные/);
    expect(SOSH35_MENTORS).toContain('demo:person:11-vorkuta-sosh35-math');
    // Each mentor is strong in some of the four (so matching tells them apart) and in no deficit in any; together they cover all four.
    for (const t of SOSH35_MENTORS) {
      const strong = MENTOR_STRENGTHS[t];
      expect(strong.length).toBeGreaterThan(0);
      for (const code of VORKUTA_TARGETS) expect([t, code, res.get(t)?.get(code)?.level]).toEqual([t, code, strong.includes(code) ? CompetenceLevel.PROFICIT : CompetenceLevel.NORM]);
    }
    expect(new Set(Object.values(MENTOR_STRENGTHS).flat())).toEqual(new Set(VORKUTA_TARGETS));
  });

  it('2022: elsewhere №12 teachers are not in deficit', () => {
    const res = results(VORKUTA_BASE_2022);
    // Elsewhere №12 teachers are not in deficit: the four difficulties stand out.
    for (const t of SOSH12_TEACHERS) for (const [code, r] of res.get(t)!) if (!VORKUTA_TARGETS.includes(code as never)) expect([t, code, r.level]).not.toEqual([t, code, CompetenceLevel.DEFICIT]);
  });

  it('2023: every №12 teacher grows in the four competences, and all but one leave the deficit', () => {
    const before = results(VORKUTA_BASE_2022);
    const after = results(VORKUTA_BASE_2023);
    for (const t of SOSH12_TEACHERS) {
      for (const code of VORKUTA_TARGETS) {
        expect(after.get(t)!.get(code)!.score).toBeGreaterThan(before.get(t)!.get(code)!.score);
        if (t !== SLOW_GROWER) expect([t, code, after.get(t)!.get(code)!.level]).toEqual([t, code, CompetenceLevel.NORM]);
      }
    }
    expect(VORKUTA_TARGETS.some((code) => after.get(SLOW_GROWER)!.get(code)!.level === CompetenceLevel.DEFICIT)).toBe(true);
  });

  it('2026: the open self-assessment of young teachers of №12 takes answers today, Филиппов has not answered yet', () => {
    const c = VORKUTA_YOUNG_2026;
    expect(c.status).toBe(CampaignStatus.OPEN);
    expect(c.maxExperienceYears).toBe(YOUNG_TEACHER_MAX_YEARS);
    expect(c.closesOn >= '2027-06-30').toBe(true);
    for (const today of [DEMO_TODAY, '2026-11-23']) expect(blockedReason({ ...c, archivedAt: null }, null, today)).toBeNull();
    // The participants are exactly the audience as opening would fix it: young teachers of №12.
    const audience = [...people].filter(([, p]) => p.orgs.includes('demo:org:11-vorkuta-sosh-12') && p.experienceYears != null && p.experienceYears <= 3).map(([k]) => k);
    expect(c.participants.map((p) => p.personKey).sort()).toEqual(audience.sort());
    const filippov = c.participants.find((p) => p.personKey === 'demo:person:11-vorkuta-sosh12-young-math')!;
    expect(filippov.self).toBeUndefined();
    expect(results(c).size).toBe(1);
  });
});
