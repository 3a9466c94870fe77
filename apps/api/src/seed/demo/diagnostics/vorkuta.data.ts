import { CampaignMode, CampaignStatus, CombineRule } from '@metodset/shared';
import { DemoCampaign, DemoParticipant, DemoProfile } from '../diagnostics.types';

/**
 * Seed 003: Воркута. «Мониторинг оценки базовых компетентностей педагогов (по материалам В.Д. Шадрикова)»
 * 24.03–04.04.2022: «Проведение оценки базовых компетенций педагогов … Заместитель директора МОУ «СОШ №12» …
 * Педагоги МОУ «СОШ №12» г. Воркуты» — self-assessment and the deputy head's assessment after lesson visits, averaged.
 * The seed names four difficulties of СОШ №12's teachers — knowledge of modern methods (SH4.2), turning the lesson
 * topic into a learning task (SH2.1), forming positive motivation (SH3.3), the system of intellectual operations
 * (SH6.5): here they are deficits of №12's teachers. The assessed teachers and their scores are INVENTED (illustrative
 * people of the registry): the seed names none, and the people it names (the creative group) get no invented scores.
 * The mentors' proficits come from a separate ILLUSTRATIVE self-assessment of №35's mentors (not in the seed), so the
 * matching has something to rank. May 2023 re-diagnostics of №12 shows growth (the effectiveness card). An open self-assessment of young teachers
 * (≤ 3 years) of №12 runs in 2026–2027; teacher.filippov has not answered yet (the browser test fills it in).
 */

const SOSH_12 = 'demo:org:11-vorkuta-sosh-12';
const SOSH_35 = 'demo:org:11-vorkuta-sosh-35';
export const VORKUTA_TARGETS = ['SH4.2', 'SH2.1', 'SH3.3', 'SH6.5'] as const;

// Scale 1–5 (1 → 0 %, 5 → 100 %); the 2022 and 2023 results average self and expert (WEIGHTED 50).
const WEAK_SELF: DemoProfile = { target: [2, 3], other: [4, 5] };
const WEAK_EXPERT: DemoProfile = { target: [2, 2], other: [3, 4] };
// A mentor: 100 % in their strong points (proficit), 75 % elsewhere (norm).
const STRONG_SELF: DemoProfile = { target: [5, 5], other: [4, 4] };
const STRONG_EXPERT: DemoProfile = { target: [5, 5], other: [4, 4] };
const GROWN_SELF: DemoProfile = { target: [4, 4], other: [4, 5] };
const GROWN_EXPERT: DemoProfile = { target: [3, 4], other: [3, 4] };
const SLOW_SELF: DemoProfile = { target: [3, 3], other: [4, 5] };
const SLOW_EXPERT: DemoProfile = { target: [2, 3], other: [3, 4] };

/** Teachers of СОШ №12 assessed in 2022 (invented; the young teachers came later). */
export const SOSH12_TEACHERS = [
  'demo:person:11-vorkuta-sosh12-teacher-math',
  'demo:person:11-vorkuta-sosh12-teacher-rus',
  'demo:person:11-vorkuta-sosh12-teacher-primary',
  'demo:person:11-vorkuta-sosh12-teacher-physics',
];
/** Mentors of СОШ №35 (mentor.zhdanova among them) and its deputy head. */
export const SOSH35_MENTORS = [
  'demo:person:11-vorkuta-sosh35-deputy',
  'demo:person:11-vorkuta-sosh35-math',
  'demo:person:11-vorkuta-sosh35-english',
  'demo:person:11-vorkuta-sosh35-primary',
  'demo:person:11-vorkuta-sosh35-physics',
];
/**
 * Strong points of each mentor among the four difficulties (INVENTED, matching their mentor profiles): together they
 * cover all four, and each differs, so the matching screen ranks them by the mentee's deficits.
 */
export const MENTOR_STRENGTHS: Readonly<Record<string, readonly string[]>> = {
  'demo:person:11-vorkuta-sosh35-deputy': ['SH2.1', 'SH6.5'],
  'demo:person:11-vorkuta-sosh35-math': ['SH4.2', 'SH6.5', 'SH2.1'],
  'demo:person:11-vorkuta-sosh35-english': ['SH3.3'],
  'demo:person:11-vorkuta-sosh35-primary': ['SH3.3', 'SH2.1'],
  'demo:person:11-vorkuta-sosh35-physics': ['SH4.2', 'SH6.5'],
};

/** The one №12 teacher whose 2023 results still show deficits (growth, but not enough). */
export const SLOW_GROWER = 'demo:person:11-vorkuta-sosh12-teacher-physics';

const both = (personKey: string, organizationKey: string, self: DemoProfile, expert: DemoProfile, selfOn: string, expertOn: string): DemoParticipant => ({
  personKey,
  organizationKey,
  self: { profile: self, submittedOn: selfOn },
  expert: { profile: expert, submittedOn: expertOn },
});

export const VORKUTA_BASE_2022: DemoCampaign = {
  key: 'demo:campaign:vorkuta-base-2022',
  name: 'Мониторинг оценки базовых компетентностей педагогов (по материалам В.Д. Шадрикова)',
  description:
    'Самооценка педагогов и экспертная оценка заместителя директора по итогам посещения уроков; итог — среднее двух оценок. Выявленные затруднения становятся основой ИОМ.',
  instrumentCode: 'SHADRIKOV-BASE',
  mode: CampaignMode.COMBINED,
  combineRule: CombineRule.WEIGHTED,
  selfWeight: 50,
  scope: { organizationKeys: [SOSH_12] },
  opensOn: '2022-03-24',
  closesOn: '2022-04-04',
  status: CampaignStatus.CLOSED,
  targets: VORKUTA_TARGETS,
  participants: SOSH12_TEACHERS.map((k) => both(k, SOSH_12, WEAK_SELF, WEAK_EXPERT, '2022-03-28', '2022-04-01')),
};

/** ILLUSTRATIVE (not in the seed): the mentors of СОШ №35 assess themselves, so their proficits are on record. */
export const VORKUTA_MENTORS_2022: DemoCampaign = {
  key: 'demo:campaign:vorkuta-mentors-2022',
  name: 'Оценка базовых компетентностей наставников МОУ «СОШ №35 с УИОП» (демонстрационные данные)',
  description:
    'Демонстрационные данные, не взятые из проекта: самооценка и экспертная оценка наставников школы-партнёра по той же ' +
    'методике — по её профицитам подбираются наставники для ИОМ педагогов МОУ «СОШ №12».',
  instrumentCode: 'SHADRIKOV-BASE',
  mode: CampaignMode.COMBINED,
  combineRule: CombineRule.WEIGHTED,
  selfWeight: 50,
  scope: { organizationKeys: [SOSH_35] },
  opensOn: '2022-09-05',
  closesOn: '2022-09-16',
  status: CampaignStatus.CLOSED,
  targets: VORKUTA_TARGETS,
  participants: SOSH35_MENTORS.map((k) => ({ ...both(k, SOSH_35, STRONG_SELF, STRONG_EXPERT, '2022-09-07', '2022-09-14'), targets: MENTOR_STRENGTHS[k] })),
};

export const VORKUTA_BASE_2023: DemoCampaign = {
  key: 'demo:campaign:vorkuta-base-2023',
  name: 'Повторная диагностика базовых компетентностей педагогов МОУ «СОШ №12» (май 2023)',
  description: 'Повторная оценка после индивидуальных образовательных маршрутов и наставничества: та же методика и то же правило сведения оценок.',
  instrumentCode: 'SHADRIKOV-BASE',
  mode: CampaignMode.COMBINED,
  combineRule: CombineRule.WEIGHTED,
  selfWeight: 50,
  scope: { organizationKeys: [SOSH_12] },
  opensOn: '2023-05-15',
  closesOn: '2023-05-26',
  status: CampaignStatus.CLOSED,
  targets: VORKUTA_TARGETS,
  participants: SOSH12_TEACHERS.map((k) =>
    k === SLOW_GROWER ? both(k, SOSH_12, SLOW_SELF, SLOW_EXPERT, '2023-05-18', '2023-05-24') : both(k, SOSH_12, GROWN_SELF, GROWN_EXPERT, '2023-05-18', '2023-05-24'),
  ),
};

/** PROF-DEFICITS: option indexes 0 «серьёзные затруднения» … 3 «могу поделиться опытом». */
export const VORKUTA_YOUNG_2026: DemoCampaign = {
  key: 'demo:campaign:vorkuta-young-2026',
  name: 'Диагностика профессиональных дефицитов молодых педагогов МОУ «СОШ №12» (2026/2027 учебный год)',
  description: 'Самооценка затруднений молодых педагогов (стаж до 3 лет): по итогам подбираются наставники и темы ИОМ.',
  instrumentCode: 'PROF-DEFICITS',
  mode: CampaignMode.SELF,
  scope: { organizationKeys: [SOSH_12] },
  maxExperienceYears: 3,
  opensOn: '2026-11-01',
  closesOn: '2027-06-30',
  status: CampaignStatus.OPEN,
  targets: ['AS1', 'ME1', 'PP3'],
  participants: [
    { personKey: 'demo:person:11-vorkuta-sosh12-young-chem', organizationKey: SOSH_12, self: { profile: { target: [0, 1], other: [1, 3] }, submittedOn: '2026-11-10' } },
    { personKey: 'demo:person:11-vorkuta-sosh12-young-rus', organizationKey: SOSH_12, self: { profile: { target: [0, 1], other: [1, 2] }, answeredShare: 0.5 } },
    { personKey: 'demo:person:11-vorkuta-sosh12-young-math', organizationKey: SOSH_12 },
  ],
};

export const VORKUTA_CAMPAIGNS: DemoCampaign[] = [VORKUTA_BASE_2022, VORKUTA_MENTORS_2022, VORKUTA_BASE_2023, VORKUTA_YOUNG_2026];
