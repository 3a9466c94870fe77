import { DIARY_PROMPTS, MentorshipSide, SURVEY_SCALE_MAX, SurveyQuestionType } from '@metodset/shared';
import { DEMO_MENTORING_PROGRAMS } from '../mentoring';
import { DEMO_TODAY } from '../mentoring.types';
import { DEMO_REGISTRY } from '../registry';
import { DEMO_DIARY, DEMO_SURVEYS } from '.';

describe('demo diary and pair surveys (illustrative)', () => {
  const named = new Map<string, boolean>();
  for (const r of DEMO_REGISTRY) for (const mu of r.municipalities) for (const o of mu.organizations) for (const p of o.people) named.set(p.key, p.namedInSeed);
  const mentorships = new Map(
    DEMO_MENTORING_PROGRAMS.flatMap((program) => program.mentorships.map((ms) => [ms.key, { program: program.key, ms }] as const)),
  );
  const sideOf = (mentorshipKey: string, personKey: string): MentorshipSide | undefined => {
    const ms = mentorships.get(mentorshipKey)?.ms;
    if (ms?.mentorKeys.includes(personKey)) return MentorshipSide.MENTOR;
    if (ms?.menteeKeys.includes(personKey)) return MentorshipSide.MENTEE;
    return undefined;
  };

  it('has entries, surveys and answers to show', () => {
    expect(DEMO_DIARY.length).toBeGreaterThanOrEqual(3);
    expect(DEMO_SURVEYS.length).toBeGreaterThan(0);
    expect(DEMO_SURVEYS.flatMap((s) => s.responses).length).toBeGreaterThan(0);
    const keys = [...DEMO_DIARY.map((e) => e.key), ...DEMO_SURVEYS.map((s) => s.key)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(DEMO_DIARY.map((e) => [e.key, e] as const))('%s: written by an invented participant of the pair, within it, answering the prompts', (_k, e) => {
    expect([e.authorKey, named.get(e.authorKey)]).toEqual([e.authorKey, false]);
    expect(sideOf(e.mentorshipKey, e.authorKey)).toBeDefined();
    const ms = mentorships.get(e.mentorshipKey)!.ms;
    expect(e.writtenOn >= ms.startsOn && e.writtenOn <= DEMO_TODAY && (!ms.endsOn || e.writtenOn <= ms.endsOn)).toBe(true);
    expect(e.text.trim()).not.toBe('');
    for (const k of Object.keys(e.answers)) expect(DIARY_PROMPTS.map((p) => p.key)).toContain(k);
  });

  it.each(DEMO_SURVEYS.map((s) => [s.key, s] as const))('%s: says it is demo data; answers come from invented participants of the programme’s pairs', (_k, s) => {
    expect(s.title).toMatch(/демонстрационные данные/);
    for (const r of s.responses) {
      expect([r.personKey, named.get(r.personKey)]).toEqual([r.personKey, false]);
      expect(mentorships.get(r.mentorshipKey)?.program).toBe(s.programKey);
      expect(sideOf(r.mentorshipKey, r.personKey)).toBe(r.side);
      expect(r.submittedAt.slice(0, 10) <= DEMO_TODAY).toBe(true);
      if (s.closedAt) expect(r.submittedAt <= s.closedAt).toBe(true);
      for (const q of s.questions) {
        const a = r.answers[q.key];
        if (q.type === SurveyQuestionType.SCALE) expect(typeof a === 'number' && a >= 1 && a <= SURVEY_SCALE_MAX).toBe(true);
        else expect(typeof a).toBe('string');
      }
    }
    const pairs = s.responses.map((r) => `${r.mentorshipKey}|${r.personKey}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
