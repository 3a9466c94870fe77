import { MentorDirection, NetworkEdgeKind, NetworkMemberRole } from '@metodset/shared';
import { solveCompact } from './assignment-solver';
import { once } from 'node:events';
import { startWorker } from '../../common/workers/worker-thread';
import { candidateProblem, candidateProblemParallel, compactCandidates, CohortMentor, fitOf, FIT_POINTS, freePlacesReason, MenteeFacts, prepareCandidates, supportLinks, topByScore } from './matching-fit';
import { GROUP_CHUNK } from './candidate-scoring';

const NAMES = new Map([
  ['SH2.1', 'Умение перевести тему урока в педагогическую задачу'],
  ['SH3.3', 'Умение создавать ситуации, обеспечивающие позитивную мотивацию'],
  ['AS3', 'Формирование и оценка функциональной грамотности'],
  ['PP2', 'Работа с обучающимися с ОВЗ'],
]);

const links = supportLinks([
  {
    name: 'Воркута: №12 и №35',
    members: [
      { id: 'm12', organizationId: 'org12', role: NetworkMemberRole.COORDINATOR, level: null },
      { id: 'm35', organizationId: 'org35', role: NetworkMemberRole.MENTOR_SCHOOL, level: null },
    ],
    edges: [{ fromMemberId: 'm35', toMemberId: 'm12', kind: NetworkEdgeKind.SUPPORT }],
  },
]);
const ctx = { competenceNames: NAMES, links };

const mentee: MenteeFacts = { personId: 'p-filippov', organizationIds: ['org12'], municipalityIds: ['vorkuta'], subjects: ['Математика'], deficits: ['SH2.1', 'SH3.3', 'AS3'] };
const zhdanova = {
  personId: 'p-zhdanova',
  organizationIds: ['org35'],
  municipalityIds: ['vorkuta'],
  subjects: ['математика'],
  proficits: ['SH2.1', 'SH3.3', 'SH6.5'],
  directions: [MentorDirection.FUNCTIONAL_LITERACY],
};

/** The candidate lists of a problem per mentee id, as "mentor:score" in list order. */
function listsById(r: ReturnType<typeof candidateProblem>): Map<string, string[]> {
  const { problem, menteeIds, mentorIds } = r;
  const got = new Map<string, string[]>();
  for (let e = 0; e < problem.edgeMentee.length; e++) {
    const id = menteeIds[problem.edgeMentee[e]];
    got.set(id, [...(got.get(id) ?? []), `${mentorIds[problem.edgeMentor[e]]}:${problem.edgeScore[e]}`]);
  }
  return got;
}

/** A mentee's K best mentors by a full scoring of every mentor (ties by the mentors' order), as "mentor:score". */
function bestByFullScoring(me: MenteeFacts, mentorIds: string[], mentors: CohortMentor[], context: typeof ctx, p: Parameters<typeof fitOf>[3], K: number): string[] {
  return mentorIds
    .map((id, j) => ({ id, j, fit: fitOf(me, mentors.find((m) => m.personId === id)!, context, p) }))
    .filter((x) => x.fit.relevant && x.fit.score > 0 && x.id !== me.personId)
    .sort((x, y) => y.fit.score - x.fit.score || x.j - y.j)
    .slice(0, K)
    .map((x) => `${x.id}:${x.fit.score}`);
}

describe('fitOf', () => {
  it('names the covered deficits, the direction, the subject and the network, in Russian, and sums the points', () => {
    const fit = fitOf(mentee, zhdanova, ctx, { otherSchool: true, sameMunicipality: true });
    expect(fit.reasons).toEqual([
      'закрывает дефициты: Умение перевести тему урока в педагогическую задачу, Умение создавать ситуации, обеспечивающие позитивную мотивацию',
      'направление «Функциональная грамотность»: Формирование и оценка функциональной грамотности',
      'тот же предмет: Математика',
      'школа-наставник сети «Воркута: №12 и №35»',
      'из другой школы',
      'тот же муниципалитет',
    ]);
    expect(fit.score).toBe(2 * FIT_POINTS.proficit + FIT_POINTS.direction + FIT_POINTS.subject + FIT_POINTS.network + FIT_POINTS.otherSchool + FIT_POINTS.sameMunicipality);
    expect(fit.relevant).toBe(true);
  });

  it('is not relevant when nothing but the subject is shared; the network only serves its direction', () => {
    const colleague = { ...zhdanova, organizationIds: ['org12'], proficits: ['SH6.5'], directions: [] };
    const fit = fitOf(mentee, colleague, ctx);
    expect(fit).toEqual({ score: FIT_POINTS.subject, reasons: ['тот же предмет: Математика'], relevant: false, covers: [] });
    // №12 does not serve №35: no network reason the other way round.
    const reverse = fitOf({ ...mentee, organizationIds: ['org35'] }, { ...colleague, organizationIds: ['org12'] }, ctx);
    expect(reverse.reasons.some((r) => r.includes('сети'))).toBe(false);
  });

  it('says how many places are free', () => {
    expect(freePlacesReason(2)).toBe('свободно мест: 2');
    expect(freePlacesReason(0)).toBe('свободных мест нет');
  });
});

describe('supportLinks', () => {
  it('follows SUPPORT links, mentor schools and resource centres to supported schools, and higher levels to lower', () => {
    const got = supportLinks([
      {
        name: 'Школа – школе',
        members: [
          { id: 'a', organizationId: 'A', role: NetworkMemberRole.RESOURCE_CENTER, level: 1 },
          { id: 'b', organizationId: 'B', role: NetworkMemberRole.MENTOR_SCHOOL, level: 2 },
          { id: 'c', organizationId: 'C', role: NetworkMemberRole.SUPPORTED_SCHOOL, level: 3 },
          { id: 'd', organizationId: 'D', role: NetworkMemberRole.PARTICIPANT, level: null },
        ],
        edges: [{ fromMemberId: 'd', toMemberId: 'c', kind: NetworkEdgeKind.CONSULT }],
      },
    ]);
    expect(got.map((l) => `${l.fromOrganizationId}>${l.toOrganizationId}`).sort()).toEqual(['A>B', 'A>C', 'B>C']);
    expect(got.find((l) => l.fromOrganizationId === 'A')?.label).toBe('ресурсный центр сети «Школа – школе»');
  });
});

describe('candidateProblem', () => {
  function prng(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const codes = ['SH2.1', 'SH3.3', 'AS3', 'PP2', 'AS2', 'PR2'];
  const subjects = ['математика', 'физика', 'история'];
  const rand = prng(99);
  const pick = <T>(xs: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => xs[Math.floor(rand() * xs.length)]))];
  const mentees = Array.from({ length: 60 }, (_, i) => ({
    personId: `e${String(i).padStart(3, '0')}`,
    organizationIds: [rand() < 0.5 ? 'org12' : 'org7'],
    municipalityIds: ['vorkuta'],
    subjects: pick(subjects, 1),
    deficits: pick(codes, 1 + Math.floor(rand() * 3)),
  }));
  const mentors: CohortMentor[] = Array.from({ length: 12 }, (_, j) => ({
    personId: `r${String(j).padStart(3, '0')}`,
    organizationIds: [rand() < 0.5 ? 'org35' : 'org7'],
    municipalityIds: [rand() < 0.5 ? 'vorkuta' : 'inta'],
    subjects: pick(subjects, 2),
    proficits: pick(codes, 2),
    directions: pick(Object.values(MentorDirection), 1),
    freePlaces: Math.floor(rand() * 4),
  }));
  const prefs = { otherSchool: true, sameMunicipality: true };

  it('scores every kept pair exactly as fitOf does, keeps only relevant mentors with room, and the top K by fit', () => {
    const K = 4;
    const { problem, menteeIds, mentorIds } = candidateProblem(mentees, mentors, ctx, prefs, K);
    const menteeBy = new Map(mentees.map((m) => [m.personId, m]));
    const mentorBy = new Map(mentors.map((m) => [m.personId, m]));
    expect(mentorIds.every((id) => mentorBy.get(id)!.freePlaces > 0)).toBe(true);
    const kept = new Map<string, number[]>();
    for (let e = 0; e < problem.edgeMentee.length; e++) {
      const me = menteeBy.get(menteeIds[problem.edgeMentee[e]])!;
      const mr = mentorBy.get(mentorIds[problem.edgeMentor[e]])!;
      const fit = fitOf(me, mr, ctx, prefs);
      expect(fit.relevant).toBe(true);
      expect(problem.edgeScore[e]).toBe(fit.score);
      kept.set(me.personId, [...(kept.get(me.personId) ?? []), fit.score]);
    }
    for (const me of mentees) {
      const all = mentors
        .filter((m) => m.freePlaces > 0)
        .map((m) => fitOf(me, m, ctx, prefs))
        .filter((f) => f.relevant)
        .map((f) => f.score)
        .sort((a, b) => b - a)
        .slice(0, K);
      expect(kept.get(me.personId) ?? []).toEqual(all);
    }
  });

  it('keeps exactly the pairs a full scoring keeps: the top K by fit, ties by mentor id, best first', () => {
    for (const [K, p] of [
      [4, prefs],
      [2, {}],
      [20, { otherSchool: true }],
    ] as const) {
      const { problem, menteeIds, mentorIds } = candidateProblem(mentees, mentors, ctx, p, K);
      const got = new Map<string, string[]>();
      for (let e = 0; e < problem.edgeMentee.length; e++) {
        const id = menteeIds[problem.edgeMentee[e]];
        got.set(id, [...(got.get(id) ?? []), mentorIds[problem.edgeMentor[e]]]);
      }
      for (const me of mentees) {
        const expected = mentorIds
          .map((id, j) => ({ id, j, fit: fitOf(me, mentors.find((m) => m.personId === id)!, ctx, p) }))
          .filter((x) => x.fit.relevant && x.fit.score > 0 && x.id !== me.personId)
          .sort((x, y) => y.fit.score - x.fit.score || x.j - y.j)
          .slice(0, K)
          .map((x) => x.id);
        expect(got.get(me.personId) ?? []).toEqual(expected);
      }
    }
  });

  it('keeps the same pairs as a full scoring for cohorts whose mentees share deficits: groups, networks, mentors who are mentees, many subjects', () => {
    // Mentees are grouped by their deficits and each walks its group's mentors best first until none can reach its
    // K-th best: cut early (small K), late (large K), with preferences, with subjects as bits and (over 31) without.
    const r = prng(7);
    const at = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const few = ['C1', 'C2', 'C3', 'C4', 'C5', 'AS2', 'AS3', 'PP2', 'PR2'];
    const schools = Array.from({ length: 12 }, (_, k) => `s${k}`);
    const net = supportLinks([
      {
        name: 'Сеть',
        members: schools.slice(0, 6).map((o, k) => ({ id: `n${k}`, organizationId: o, role: k < 2 ? NetworkMemberRole.MENTOR_SCHOOL : NetworkMemberRole.SUPPORTED_SCHOOL, level: null })),
        edges: [],
      },
    ]);
    for (const subjectCount of [4, 40]) {
      const subjectsAll = Array.from({ length: subjectCount }, (_, k) => `предмет ${k}`);
      const cohortMentees = Array.from({ length: 150 }, (_, i) => ({
        personId: `p${String(i).padStart(3, '0')}`,
        organizationIds: [at(schools)],
        municipalityIds: [at(['a', 'b', 'c'])],
        subjects: [at(subjectsAll)],
        deficits: [...new Set([at(few.slice(0, 3)), ...(r() < 0.6 ? [at(few)] : [])])],
      }));
      const cohortMentors: CohortMentor[] = Array.from({ length: 70 }, (_, j) => ({
        // Every fifth mentor is one of the mentees (never their own candidate).
        personId: j % 5 === 0 ? `p${String(j * 2).padStart(3, '0')}` : `q${String(j).padStart(3, '0')}`,
        organizationIds: [at(schools)],
        municipalityIds: [at(['a', 'b', 'c'])],
        subjects: [...new Set([at(subjectsAll), at(subjectsAll)])],
        proficits: [...new Set([at(few), at(few)])],
        directions: r() < 0.4 ? [at(Object.values(MentorDirection))] : [],
        freePlaces: Math.floor(r() * 3),
      }));
      const cohortCtx = { competenceNames: new Map<string, string>(), links: net };
      for (const [K, p] of [
        [1, {}],
        [3, { otherSchool: true }],
        [5, { sameMunicipality: true }],
        [8, { otherSchool: true, sameMunicipality: true }],
        [60, {}],
      ] as const) {
        const made = candidateProblem(cohortMentees, cohortMentors, cohortCtx, p, K);
        const got = listsById(made);
        for (const me of cohortMentees) expect(got.get(me.personId) ?? []).toEqual(bestByFullScoring(me, made.mentorIds, cohortMentors, cohortCtx, p, K));
      }
    }
  });

  it('groups mentees by their set of deficits however many competences there are (over 52: keys as text), as a full scoring does', () => {
    const r = prng(11);
    const at = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    for (const codeCount of [8, 60]) {
      const many = Array.from({ length: codeCount }, (_, k) => `K${k}`);
      const common = many.slice(-4); // the last codes interned late: high bits / long keys
      const cohortMentees = Array.from({ length: 120 }, (_, i) => ({
        personId: `p${String(i).padStart(3, '0')}`,
        organizationIds: [at(['s1', 's2', 's3'])],
        municipalityIds: ['a'],
        subjects: [at(subjects)],
        deficits: [...new Set([at(common), at(many), ...(r() < 0.5 ? [at(common)] : [])])],
      }));
      const cohortMentors: CohortMentor[] = Array.from({ length: 80 }, (_, j) => ({
        personId: `q${String(j).padStart(3, '0')}`,
        organizationIds: [at(['s1', 's2', 's3'])],
        municipalityIds: ['a'],
        subjects: [at(subjects)],
        proficits: j < codeCount ? [many[j], at(common)] : [at(many), at(common)],
        directions: [],
        freePlaces: 1 + Math.floor(r() * 3),
      }));
      const cohortCtx = { competenceNames: new Map<string, string>(), links: [] };
      const K = 6;
      const made = candidateProblem(cohortMentees, cohortMentors, cohortCtx, {}, K);
      const got = listsById(made);
      for (const me of cohortMentees) expect(got.get(me.personId) ?? []).toEqual(bestByFullScoring(me, made.mentorIds, cohortMentors, cohortCtx, {}, K));
    }
  });

  it('counts a repeated deficit, subject, school or municipality of a mentee once, and ignores what no mentor has', () => {
    const clean = candidateProblem(mentees, mentors, ctx, prefs, 5).problem;
    const messy = mentees.map((m) => ({
      ...m,
      deficits: [...m.deficits, m.deficits[0], 'НЕТ-ТАКОЙ'],
      subjects: [` ${m.subjects[0].toUpperCase()} `, ...m.subjects, 'латынь'],
      organizationIds: [...m.organizationIds, m.organizationIds[0]],
      municipalityIds: [...m.municipalityIds, m.municipalityIds[0]],
    }));
    const got = candidateProblem(messy, mentors, ctx, prefs, 5).problem;
    expect(Array.from(got.edgeMentee)).toEqual(Array.from(clean.edgeMentee));
    expect(Array.from(got.edgeMentor)).toEqual(Array.from(clean.edgeMentor));
    expect(Array.from(got.edgeScore)).toEqual(Array.from(clean.edgeScore));
    expect(clean.edgeMentee.length).toBeGreaterThan(0);
  });

  it('feeds the solver: nobody over free places', () => {
    const { problem } = candidateProblem(mentees, mentors, ctx, {}, 5);
    const r = solveCompact(problem);
    const used = new Array<number>(problem.capacities.length).fill(0);
    r.mentorOf.forEach((j) => j >= 0 && used[j]++);
    used.forEach((u, j) => expect(u).toBeLessThanOrEqual(problem.capacities[j]));
    expect(r.assigned).toBeGreaterThan(0);
  });
});

describe('candidateProblemParallel (the groups shared with a worker thread)', () => {
  // A cohort with many more groups (sets of deficits) than a chunk, so that both threads take chunks.
  let seed = 11;
  const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const at = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const codes = Array.from({ length: 24 }, (_, k) => `K${k}`).concat(['AS2', 'AS3', 'PP2', 'PR2']);
  const schools = Array.from({ length: 40 }, (_, k) => `s${k}`);
  const net = supportLinks([
    {
      name: 'Сеть',
      members: schools.slice(0, 8).map((o, k) => ({ id: `n${k}`, organizationId: o, role: k < 2 ? NetworkMemberRole.MENTOR_SCHOOL : NetworkMemberRole.SUPPORTED_SCHOOL, level: null })),
      edges: [],
    },
  ]);
  const mentees: MenteeFacts[] = Array.from({ length: 3000 }, (_, i) => ({
    personId: `p${String(i).padStart(4, '0')}`,
    organizationIds: [at(schools)],
    municipalityIds: [at(['a', 'b', 'c'])],
    subjects: [at(['математика', 'физика', 'история'])],
    deficits: [...new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, () => at(codes)))],
  }));
  const mentors: CohortMentor[] = Array.from({ length: 300 }, (_, j) => ({
    personId: j % 7 === 0 ? `p${String(j * 3).padStart(4, '0')}` : `q${String(j).padStart(4, '0')}`,
    organizationIds: [at(schools)],
    municipalityIds: [at(['a', 'b', 'c'])],
    subjects: [at(['математика', 'физика', 'история'])],
    proficits: [...new Set([at(codes), at(codes), at(codes)])],
    directions: r() < 0.4 ? [at(Object.values(MentorDirection))] : [],
    freePlaces: Math.floor(r() * 6),
  }));
  const cohortCtx = { competenceNames: new Map<string, string>(), links: net };
  const same = (a: ReturnType<typeof candidateProblem>, b: ReturnType<typeof candidateProblem>) => {
    expect(Array.from(a.problem.edgeMentee)).toEqual(Array.from(b.problem.edgeMentee));
    expect(Array.from(a.problem.edgeMentor)).toEqual(Array.from(b.problem.edgeMentor));
    expect(Array.from(a.problem.edgeScore)).toEqual(Array.from(b.problem.edgeScore));
    expect(Array.from(a.problem.capacities)).toEqual(Array.from(b.problem.capacities));
    expect(a.menteeIds).toEqual(b.menteeIds);
    expect(a.mentorIds).toEqual(b.mentorIds);
  };

  it('has more groups than a chunk', () => {
    expect(prepareCandidates(mentees, mentors, cohortCtx, {}, 5).data.byGroup.length - 1).toBeGreaterThan(4 * GROUP_CHUNK);
  });

  it('gives the same lists as one thread, with and without preferences', async () => {
    for (const [K, p] of [
      [5, {}],
      [20, { otherSchool: true, sameMunicipality: true }],
    ] as const) {
      same(await candidateProblemParallel(mentees, mentors, cohortCtx, p, K, 0), candidateProblem(mentees, mentors, cohortCtx, p, K));
    }
  });

  it('the worker alone scores every group as this thread does', async () => {
    const prepared = prepareCandidates(mentees, mentors, cohortCtx, { sameMunicipality: true }, 7);
    const M = prepared.menteeIds.length;
    const shared = (n: number) => new Int32Array(new SharedArrayBuffer(4 * n));
    const out = { count: shared(M), mentor: shared(M * 7), score: shared(M * 7) };
    const worker = startWorker(__dirname, 'candidate-lists', {});
    try {
      worker.postMessage({ data: prepared.data, out, counter: shared(1) });
      await once(worker, 'message');
    } finally {
      await worker.terminate();
    }
    same(compactCandidates(prepared, out), candidateProblem(mentees, mentors, cohortCtx, { sameMunicipality: true }, 7));
  });

  it('scores small cohorts on the calling thread, with the same lists', async () => {
    same(await candidateProblemParallel(mentees.slice(0, 100), mentors, cohortCtx, {}, 5), candidateProblem(mentees.slice(0, 100), mentors, cohortCtx, {}, 5));
  });
});

describe('topByScore', () => {
  it('keeps the k best by score, ties by the smaller index, like a full sort does', () => {
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 200; n++) {
      const score = Array.from({ length: 60 }, () => Math.floor(rand() * 8));
      const items = Array.from({ length: 60 }, (_, i) => i).filter(() => rand() < 0.7);
      const k = 1 + Math.floor(rand() * 20);
      const full = [...items].sort((a, b) => score[b] - score[a] || a - b).slice(0, k);
      expect(topByScore(items, score, k)).toEqual(full);
    }
  });
});
