import type { InternshipModuleInput, InternshipProgramInput, InternshipTrackInput, InternshipTrackKind, ModuleFormat } from '@/gql/graphql';

/** The forms of a programme, a module and a track, with their client checks (the API checks again). */
export interface ProgramForm {
  title: string;
  description: string;
  minMonths: number | null;
  maxMonths: number | null;
  audience: string;
  maxExperienceYears: number | null;
}
export interface ModuleForm {
  title: string;
  description: string;
  hours: number | null;
  format: ModuleFormat | null;
  audience: string;
  competenceIds: string[];
}
export interface TrackForm {
  kind: InternshipTrackKind | null;
  name: string;
  description: string;
  moduleIds: string[];
}

export interface FormTexts {
  required: string;
  hours: string;
  months: string;
  modules: string;
}

export const emptyProgramForm = (): ProgramForm => ({ title: '', description: '', minMonths: 12, maxMonths: 18, audience: '', maxExperienceYears: null });
export const emptyModuleForm = (): ModuleForm => ({ title: '', description: '', hours: null, format: 'IN_PERSON', audience: '', competenceIds: [] });
export const emptyTrackForm = (): TrackForm => ({ kind: 'INDIVIDUAL', name: '', description: '', moduleIds: [] });

export function validateProgram(f: ProgramForm, m: FormTexts): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.title.trim()) e['title'] = m.required;
  if (f.minMonths == null) e['minMonths'] = m.required;
  if (f.maxMonths == null) e['maxMonths'] = m.required;
  else if (f.minMonths != null && f.maxMonths < f.minMonths) e['maxMonths'] = m.months;
  return e;
}

export function validateModule(f: ModuleForm, m: FormTexts): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.title.trim()) e['title'] = m.required;
  if (f.hours == null) e['hours'] = m.required;
  else if (f.hours <= 0) e['hours'] = m.hours;
  if (!f.format) e['format'] = m.required;
  return e;
}

export function validateTrack(f: TrackForm, m: FormTexts): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.kind) e['kind'] = m.required;
  if (!f.name.trim()) e['name'] = m.required;
  if (!f.moduleIds.length) e['moduleIds'] = m.modules;
  return e;
}

export const toProgramInput = (f: ProgramForm): InternshipProgramInput => ({
  title: f.title.trim(),
  description: f.description,
  minMonths: f.minMonths ?? 0,
  maxMonths: f.maxMonths ?? 0,
  audience: f.audience.trim(),
  maxExperienceYears: f.maxExperienceYears,
});
export const toModuleInput = (f: ModuleForm): InternshipModuleInput => ({
  title: f.title.trim(),
  description: f.description,
  hours: f.hours ?? 0,
  format: f.format ?? 'IN_PERSON',
  audience: f.audience.trim(),
  competenceIds: f.competenceIds,
});
export const toTrackInput = (f: TrackForm): InternshipTrackInput => ({ kind: f.kind ?? 'INDIVIDUAL', name: f.name.trim(), description: f.description, moduleIds: f.moduleIds });

/** The order after moving the item at `index` one step up (-1) or down (+1); the 1-based position to send. */
export function movedPosition(count: number, index: number, step: -1 | 1): number | null {
  const to = index + step;
  return to < 0 || to >= count ? null : to + 1;
}
