/** Deficits and proficits: heatmaps, comparisons and schools' self-diagnostics. */

/**
 * Aggregating a school's self-diagnostics from its people's results in a campaign: a competence is the school's
 * deficit when at least this share (%) of its assessed people have a deficit in it, else its proficit when at least
 * this share have a proficit, else the norm.
 */
export const SELF_DIAGNOSIS_AGGREGATION_SHARE = 40;

/** Most entries in one self-diagnostics (a framework has fewer competences). */
export const SELF_DIAGNOSIS_ENTRIES_MAX = 200;

/** What the rows of a deficit heatmap are: municipalities of a region, or organisations. */
export enum HeatmapLevel {
  MUNICIPALITY = 'MUNICIPALITY',
  ORGANIZATION = 'ORGANIZATION',
}
export const HEATMAP_LEVEL_LABELS: Readonly<Record<HeatmapLevel, string>> = {
  MUNICIPALITY: 'Муниципалитеты',
  ORGANIZATION: 'Организации',
};
