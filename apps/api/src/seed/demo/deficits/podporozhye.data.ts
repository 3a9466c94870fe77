/**
 * Seed 002 (Подпорожский район): a CLOSED monitoring (August 2023, the plan's last «Мониторинг реализации проекта») of teachers' professional deficits with the reference
 * questionnaire PROF-DEFICITS, so the municipality's heatmap shows where the gaps are. The answers are INVENTED and
 * generated deterministically from a profile per school, for the invented (illustrative) people only: the low-results schools (above all СОШ №1, with gaps in
 * preparing for ГИА/ВПР, work with children with ОВЗ and lesson design under the updated ФГОС) lean to «затруднения»,
 * СОШ №3 (high results, resource centre) to «могу поделиться опытом».
 */
export interface SchoolProfile {
  organizationKey: string;
  /** Usual option (0 serious … 3 can share) of the school's teachers. */
  base: 0 | 1 | 2 | 3;
  /** Competence codes one step lower / higher than the base. */
  weak: readonly string[];
  strong: readonly string[];
}

export const PODPOROZHYE_CAMPAIGN = {
  key: 'demo:campaign:podporozhye-deficits-2023',
  name: 'Мониторинг профессиональных дефицитов педагогов Подпорожского района',
  description:
    'Самооценка затруднений педагогов школ района по направлениям профессиональной деятельности (демо: ответы придуманы). ' +
    'Итоги — основа для пар «Школа – школе» и индивидуальных маршрутов.',
  instrumentCode: 'PROF-DEFICITS',
  municipality: 'Подпорожский муниципальный район',
  // «Мониторинг реализации проекта. Корректировка плана мероприятий — Август 2023 года»: the project's last monitoring.
  opensOn: '2023-08-01',
  closesOn: '2023-08-31',
};

export const PODPOROZHYE_PROFILES: readonly SchoolProfile[] = [
  { organizationKey: 'demo:org:47-podp-sosh-1', base: 1, weak: ['AS2', 'PP2', 'ME1'], strong: ['HS1'] },
  { organizationKey: 'demo:org:47-podp-sosh-4', base: 2, weak: ['AS2', 'AS3', 'PR2'], strong: [] },
  { organizationKey: 'demo:org:47-podp-oosh-9', base: 2, weak: ['AS2', 'IT2', 'PP2'], strong: [] },
  { organizationKey: 'demo:org:47-podp-vazhiny-oc', base: 2, weak: ['ME1', 'AS3'], strong: [] },
  { organizationKey: 'demo:org:47-podp-vinnitsy-internat', base: 2, weak: ['AS2', 'IT1'], strong: ['PP2'] },
  { organizationKey: 'demo:org:47-podp-sosh-3', base: 3, weak: ['IT2'], strong: [] },
  { organizationKey: 'demo:org:47-podp-sosh-8', base: 2, weak: [], strong: ['ME3', 'PR1'] },
  { organizationKey: 'demo:org:47-podp-voznesenye-oc', base: 2, weak: [], strong: ['IT1', 'IT2'] },
];

/** A small stable hash (FNV-1a) for deterministic variation. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The option (0–3) a teacher picks for a competence: the school's base, a step down for its weak and up for its
 * strong codes; a quarter of the other answers move one step either way, so people differ.
 */
export function demoOption(profile: SchoolProfile, personKey: string, code: string): number {
  let v: number = profile.base;
  if (profile.weak.includes(code)) v -= 1;
  else if (profile.strong.includes(code)) v += 1;
  else {
    const h = hash(`${personKey}|${code}`) % 8;
    if (h === 0) v -= 1;
    if (h === 1) v += 1;
  }
  return Math.max(0, Math.min(3, v));
}

export const DEMO_FREE_TEXT = 'Хотелось бы обсудить подготовку к ВПР и работу с детьми с ОВЗ на практикумах с коллегами из других школ';
