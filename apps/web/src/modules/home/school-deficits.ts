/** A cell of the deficits heatmap (the deficits domain's read model), as much as the school page needs. */
export interface DeficitCell {
  rowId: string;
  competenceId: string;
  assessed: number;
  deficits: number;
  deficitShare: number;
}
export interface CompetenceName {
  id: string;
  code: string;
  name: string;
}

export interface SchoolDeficit {
  competenceId: string;
  code: string;
  name: string;
  assessed: number;
  deficits: number;
  /** Percent, as the heatmap gives it. */
  share: number;
}

/** The school's competences with the most teachers in deficit: share first, then count, then code; at most `limit`. */
export function topDeficits(cells: readonly DeficitCell[], competences: readonly CompetenceName[], organizationId: string, limit = 5): SchoolDeficit[] {
  const byId = new Map(competences.map((c) => [c.id, c]));
  return cells
    .filter((c) => c.rowId === organizationId && c.deficits > 0 && byId.has(c.competenceId))
    .map((c) => ({ competenceId: c.competenceId, code: byId.get(c.competenceId)!.code, name: byId.get(c.competenceId)!.name, assessed: c.assessed, deficits: c.deficits, share: c.deficitShare }))
    .sort((a, b) => b.share - a.share || b.deficits - a.deficits || a.code.localeCompare(b.code, 'ru', { numeric: true }))
    .slice(0, limit);
}

/** The framework to summarise: that of the latest campaign with results the caller sees, else the first one. */
export function frameworkToShow(frameworks: readonly { id: string }[], campaigns: readonly { frameworkId: string; closesOn: string }[]): string | null {
  const latest = [...campaigns].sort((a, b) => b.closesOn.localeCompare(a.closesOn))[0];
  return latest?.frameworkId ?? frameworks[0]?.id ?? null;
}
