/** A person as pickers list them: the full name and the main workplace. */
export interface PersonOption {
  value: string;
  label: string;
  place: string | null;
}

interface PersonLike {
  id: string;
  fullName: string;
  positions: readonly { isMain: boolean; organization?: { name: string; shortName?: string | null } | null }[];
}

export function toPersonOption(p: PersonLike): PersonOption {
  const main = p.positions.find((x) => x.isMain && x.organization) ?? p.positions.find((x) => x.organization);
  const org = main?.organization;
  return { value: p.id, label: p.fullName, place: org ? org.shortName || org.name : null };
}

/** A `PersonCard` of the API (members, participants) as an option. */
export const cardOption = (c: { id: string; fullName: string; organizationName?: string | null }): PersonOption => ({
  value: c.id,
  label: c.fullName,
  place: c.organizationName ?? null,
});

/**
 * The options a picker shows: what the search found, the ones already chosen (so their labels stay
 * while the search changes) first, without the excluded people; each person once.
 */
export function mergePersonOptions(
  chosen: readonly PersonOption[],
  found: readonly PersonOption[],
  excluded: ReadonlySet<string> = new Set(),
): PersonOption[] {
  const byId = new Map<string, PersonOption>();
  for (const o of [...chosen, ...found]) if (!byId.has(o.value) && !excluded.has(o.value)) byId.set(o.value, o);
  return [...byId.values()];
}
