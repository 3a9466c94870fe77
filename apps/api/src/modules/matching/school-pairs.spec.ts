import { CompetenceLevel } from '@metodset/shared';
import { schoolPairs, schoolProfiles } from './school-pairs';

const NAMES = new Map([
  ['SH2.1', 'Постановка педагогической задачи'],
  ['SH3.3', 'Позитивная мотивация'],
  ['IT1', 'Цифровые ресурсы'],
]);

describe('schoolPairs', () => {
  const profiles = schoolProfiles(
    [
      // The weak school: 3 of 5 teachers at deficit in SH2.1, 2 of 5 in SH3.3.
      { organizationId: 'weak', code: 'SH2.1', people: 5, deficits: 3, proficits: 0 },
      { organizationId: 'weak', code: 'SH3.3', people: 5, deficits: 2, proficits: 1 },
      // Strong A: strong in SH2.1 (half of its staff); B: strong in SH3.3 only.
      { organizationId: 'A', code: 'SH2.1', people: 4, deficits: 0, proficits: 2 },
      { organizationId: 'B', code: 'SH3.3', people: 4, deficits: 0, proficits: 4 },
      { organizationId: 'C', code: 'SH2.1', people: 5, deficits: 1, proficits: 0 },
    ],
    [{ organizationId: 'B', code: 'IT1', level: CompetenceLevel.PROFICIT }, { organizationId: 'weak', code: 'IT1', level: CompetenceLevel.DEFICIT }],
  );

  it('pairs a weak school with the schools strong where it is weak, best first, with reasons in words', () => {
    const links = [{ fromOrganizationId: 'A', toOrganizationId: 'weak', label: 'школа-наставник сети «Сеть»' }];
    const pairs = schoolPairs(profiles, NAMES, links);
    expect(pairs.map((p) => [p.strongOrganizationId, p.weakOrganizationId, p.score])).toEqual([
      // B: min(0.4, 1) for SH3.3 + min(1, 1) for IT1 (self-diagnosis) = 140.
      ['B', 'weak', 140],
      // A: min(0.6, 0.5) = 50, plus 10 for the network link.
      ['A', 'weak', 60],
    ]);
    expect(pairs[1].reasons).toEqual([
      'закрывает дефициты школы: Постановка педагогической задачи (дефицит у 60 % педагогов; у школы-наставника профицит у 50 % педагогов)',
      'уже школа-наставник сети «Сеть»',
    ]);
    expect(pairs[0].reasons[0]).toContain('Цифровые ресурсы (по самодиагностике обеих школ)');
    expect(pairs[0].reasons[0]).not.toContain('по самодиагностике; у школы-наставника по самодиагностике');
  });

  it('says the basis once for the competences that share it, not after every one', () => {
    const selfOnly = schoolProfiles(
      [],
      ['SH2.1', 'SH3.3', 'IT1'].flatMap((code) => [
        { organizationId: 'weak', code, level: CompetenceLevel.DEFICIT },
        { organizationId: 'strong', code, level: CompetenceLevel.PROFICIT },
      ]),
    );
    const [pair] = schoolPairs(selfOnly, NAMES, []);
    expect(pair.reasons).toEqual(['закрывает дефициты школы: Цифровые ресурсы, Постановка педагогической задачи, Позитивная мотивация (по самодиагностике обеих школ)']);
  });

  it('is deterministic and keeps the best few per weak school', () => {
    expect(schoolPairs(profiles, NAMES, [], { perWeak: 1 }).map((p) => p.strongOrganizationId)).toEqual(['B']);
    expect(schoolPairs(profiles, NAMES, [])).toEqual(schoolPairs(profiles, NAMES, []));
  });
});
