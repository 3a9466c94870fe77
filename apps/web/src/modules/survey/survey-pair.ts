type Card = { fullName: string; organizationName?: string | null };
type Pair = { mentors: readonly Card[]; mentees: readonly Card[]; menteeOrganization?: { name: string; shortName?: string | null } | null };

/** «Жданова Елена Андреевна — Филиппов Иван Петрович»: who mentors whom, so two tasks of one questionnaire differ. */
export function pairNames(pair: Pair): string {
  const names = (people: readonly Card[]) => people.map((p) => p.fullName).join(', ');
  return `${names(pair.mentors)} — ${names(pair.mentees)}`;
}

/** The school the pair works for: the supported organisation, else the mentees' workplaces; '' when unknown. */
export function pairSchool(pair: Pair): string {
  if (pair.menteeOrganization) return pair.menteeOrganization.shortName || pair.menteeOrganization.name;
  return [...new Set(pair.mentees.map((p) => p.organizationName).filter((n): n is string => !!n))].join(', ');
}
