import { LOAD_STATUSES, MENTOR_CAPACITY_MAX, MENTORSHIP_TRANSITIONS, MentoringModel, MentorshipStatus } from '@metodset/shared';
import { capacityProblems, MentorLoad, participantsProblems } from '../../../modules/mentoring/mentoring-rules';
import { DEMO_MENTORING_PROGRAMS, DEMO_MENTOR_PROFILES } from '.';
import { DEMO_ACCOUNTS } from '../accounts.data';
import { DEMO_TODAY, DemoMentoringProgram, DemoMentorship } from '../mentoring.types';
import { DEMO_NETWORKS } from '../networks';
import { DEMO_REGISTRY } from '../registry';

/** The demo mentoring is seeded with SQL: check here that it obeys the rules the API enforces. */
describe('demo mentoring', () => {
  const orgsOf = new Map<string, string[]>(); // person → organisation keys
  const names = new Map<string, string>(); // person → name, for capacity messages
  const named = new Set<string>(); // people a programme names: nothing invented is attached to them
  for (const r of DEMO_REGISTRY)
    for (const mu of r.municipalities)
      for (const o of mu.organizations)
        for (const p of o.people) {
          orgsOf.set(p.key, [...(orgsOf.get(p.key) ?? []), o.key]);
          if (p.namedInSeed) named.add(p.key);
          names.set(p.key, `${p.lastName} ${p.firstName}`);
        }
  const networkMembers = new Map(DEMO_NETWORKS.map((n) => [n.key, new Set(n.members.map((m) => m.organizationKey))]));
  const profiles = new Map(DEMO_MENTOR_PROFILES.map((p) => [p.personKey, p]));
  const all = DEMO_MENTORING_PROGRAMS.flatMap((program) => program.mentorships.map((ms) => ({ program, ms })));
  const rows = all.map(({ program, ms }) => [ms.key, program, ms] as const);
  /** A pair with a person the programme names: the programme states the pair, not its meetings or outcome. */
  const withNamed = (ms: DemoMentorship) => [...ms.mentorKeys, ...ms.menteeKeys].some((k) => named.has(k));

  /** Who may take part: people working at the host organisation or at a member of the host network. */
  const eligible = (program: DemoMentoringProgram, personKey: string) =>
    (orgsOf.get(personKey) ?? []).some((o) => ('organizationKey' in program.host ? o === program.host.organizationKey : networkMembers.get(program.host.networkKey)?.has(o)));

  it('has unique keys, one profile per person, and only people of the registry', () => {
    const keys = [...DEMO_MENTORING_PROGRAMS.map((p) => p.key), ...all.map((x) => x.ms.key)];
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of DEMO_MENTORING_PROGRAMS.map((p) => p.key)) expect(k).toMatch(/^demo:mentoring:/);
    for (const k of all.map((x) => x.ms.key)) expect(k).toMatch(/^demo:mentorship:/);
    expect(profiles.size).toBe(DEMO_MENTOR_PROFILES.length);
    for (const p of DEMO_MENTOR_PROFILES) {
      expect([p.personKey, orgsOf.has(p.personKey)]).toEqual([p.personKey, true]);
      expect(p.capacity >= 1 && p.capacity <= MENTOR_CAPACITY_MAX).toBe(true);
    }
  });

  it.each(DEMO_MENTORING_PROGRAMS.map((p) => [p.key, p] as const))('%s: host, period, forms and coordinator', (_key, p) => {
    if ('organizationKey' in p.host) expect([...orgsOf.values()].flat()).toContain(p.host.organizationKey);
    else expect(networkMembers.has(p.host.networkKey)).toBe(true);
    expect(p.forms.length).toBeGreaterThan(0);
    expect(!p.endsOn || p.endsOn >= p.startsOn).toBe(true);
    if (p.coordinatorKey) expect(eligible(p, p.coordinatorKey)).toBe(true);
    expect(p.mentorships.length).toBeGreaterThan(0);
  });

  it.each(rows)('%s obeys the rules', (_key, program, ms) => {
    // Sides: someone on each, nobody twice, nobody on both.
    expect(participantsProblems(ms.mentorKeys, ms.menteeKeys)).toEqual([]);
    // Eligibility.
    for (const k of [...ms.mentorKeys, ...ms.menteeKeys]) expect([k, eligible(program, k)]).toEqual([k, true]);
    // Every mentor is in the mentor base.
    for (const k of ms.mentorKeys) expect([k, profiles.has(k)]).toEqual([k, true]);
    // Form of the programme; period inside the programme's.
    expect(program.forms).toContain(ms.form);
    expect(ms.startsOn >= program.startsOn).toBe(true);
    expect(!ms.endsOn || ms.endsOn >= ms.startsOn).toBe(true);
    if (program.endsOn) expect(ms.endsOn && ms.endsOn <= program.endsOn).toBeTruthy();
    // «Школа – школе»: two distinct member organisations, where the two sides work.
    if (program.model === MentoringModel.SCHOOL_TO_SCHOOL) {
      expect(ms.mentorOrganizationKey && ms.menteeOrganizationKey).toBeTruthy();
      expect(ms.mentorOrganizationKey).not.toBe(ms.menteeOrganizationKey);
      for (const o of [ms.mentorOrganizationKey!, ms.menteeOrganizationKey!]) {
        expect('networkKey' in program.host && networkMembers.get(program.host.networkKey)?.has(o)).toBe(true);
      }
      for (const k of ms.mentorKeys) expect(orgsOf.get(k)).toContain(ms.mentorOrganizationKey);
      for (const k of ms.menteeKeys) expect(orgsOf.get(k)).toContain(ms.menteeOrganizationKey);
    } else {
      expect([ms.mentorOrganizationKey, ms.menteeOrganizationKey]).toEqual([undefined, undefined]);
    }
  });

  it.each(rows)('%s has a legal status with its dates and reason', (_key, _program, ms) => {
    // Every status a mentorship can reach from PLANNED by the legal moves.
    const reachable = new Set<MentorshipStatus>([MentorshipStatus.PLANNED]);
    const queue = [MentorshipStatus.PLANNED];
    while (queue.length) {
      for (const to of MENTORSHIP_TRANSITIONS[queue.shift()!]) {
        if (!reachable.has(to)) queue.push(to);
        reachable.add(to);
      }
    }
    expect(reachable).toContain(ms.status);
    // A stop reason exactly when STOPPED.
    expect(ms.status === MentorshipStatus.STOPPED).toBe(!!ms.stopReason?.trim());
    const held = ms.sessions.filter((s) => s.held);
    switch (ms.status) {
      case MentorshipStatus.PLANNED:
        expect(held).toEqual([]);
        break;
      case MentorshipStatus.ACTIVE:
        expect(ms.startsOn <= DEMO_TODAY && (!ms.endsOn || ms.endsOn >= DEMO_TODAY)).toBe(true);
        break;
      case MentorshipStatus.COMPLETED:
        expect(ms.endsOn && ms.endsOn <= DEMO_TODAY).toBeTruthy();
        if (!withNamed(ms)) expect(held.length).toBeGreaterThan(0);
        break;
      case MentorshipStatus.STOPPED:
        expect(ms.startsOn <= DEMO_TODAY).toBe(true);
        break;
    }
  });

  it.each(rows)('%s has a plan of 3–6 sessions (none invented for a pair of named people), none before the start, none held in the future', (_key, _program, ms) => {
    if (withNamed(ms)) {
      expect([ms.key, ms.sessions, ms.outcome ?? null]).toEqual([ms.key, [], null]);
      return;
    }
    expect(ms.sessions.length).toBeGreaterThanOrEqual(3);
    expect(ms.sessions.length).toBeLessThanOrEqual(6);
    expect(new Set(ms.sessions.map((s) => s.plannedOn)).size).toBe(ms.sessions.length);
    for (const s of ms.sessions) {
      expect([s.plannedOn, s.plannedOn >= ms.startsOn]).toEqual([s.plannedOn, true]);
      expect(s.topic.trim()).not.toBe('');
      if (s.held) {
        expect([s.held.on, s.held.on >= ms.startsOn && s.held.on <= DEMO_TODAY]).toEqual([s.held.on, true]);
        expect(s.held.durationMinutes >= 5 && s.held.durationMinutes <= 600).toBe(true);
        expect(s.held.notes.trim()).not.toBe('');
      }
    }
  });

  it('keeps every mentor within capacity across all programmes (planned and active mentorships)', () => {
    const load = new Map<string, number>();
    for (const { ms } of all) {
      if (!LOAD_STATUSES.includes(ms.status)) continue;
      for (const k of ms.mentorKeys) load.set(k, (load.get(k) ?? 0) + ms.menteeKeys.length);
    }
    const mentors: MentorLoad[] = DEMO_MENTOR_PROFILES.map((p) => ({
      personId: p.personKey,
      name: names.get(p.personKey) ?? p.personKey,
      capacity: p.capacity,
      available: true, // a mentor may become unavailable while keeping their pairs
      load: load.get(p.personKey) ?? 0,
    }));
    expect(capacityProblems(mentors, 0)).toEqual([]);
    // Load only on people with a profile.
    for (const k of load.keys()) expect(profiles.has(k)).toBe(true);
  });

  it('covers every status, with a few completed and exactly one stopped mentorship', () => {
    const count = (s: MentorshipStatus) => all.filter((x) => x.ms.status === s).length;
    expect(count(MentorshipStatus.PLANNED)).toBeGreaterThan(0);
    expect(count(MentorshipStatus.ACTIVE)).toBeGreaterThan(0);
    expect(count(MentorshipStatus.COMPLETED)).toBeGreaterThanOrEqual(3);
    expect(count(MentorshipStatus.STOPPED)).toBe(1);
  });

  it('pairs mentor.zhdanova with teacher.filippov in an ACTIVE mentorship, with room for more', () => {
    const personOf = (login: string) => DEMO_ACCOUNTS.find((a) => a.login === login)!.personKey!;
    const zhdanova = personOf('mentor.zhdanova');
    const filippov = personOf('teacher.filippov');
    const pairs: DemoMentorship[] = all
      .map((x) => x.ms)
      .filter((ms) => ms.status === MentorshipStatus.ACTIVE && ms.mentorKeys.includes(zhdanova) && ms.menteeKeys.includes(filippov));
    expect(pairs.length).toBeGreaterThanOrEqual(1);
    expect(profiles.get(zhdanova)!.capacity).toBeGreaterThanOrEqual(3);
  });

  it('holds the Podporozhye programmes and the named «500+» pairs', () => {
    const podp = DEMO_MENTORING_PROGRAMS.filter((p) => 'networkKey' in p.host && p.host.networkKey.includes('podporozhye'));
    expect(new Set(podp.map((p) => p.model))).toEqual(new Set(Object.values(MentoringModel)));
    const s2s = podp.find((p) => p.model === MentoringModel.SCHOOL_TO_SCHOOL)!;
    const pairs = s2s.mentorships.map((ms) => [...ms.mentorKeys, ...ms.menteeKeys].map((k) => names.get(k)?.split(' ')[0]));
    expect(pairs).toEqual(expect.arrayContaining([['Шахова', 'Ключина'], ['Куновская', 'Брякжиева']]));
    const directions = new Set(DEMO_MENTOR_PROFILES.flatMap((p) => p.directions));
    expect(directions.size).toBe(5);
  });
});
