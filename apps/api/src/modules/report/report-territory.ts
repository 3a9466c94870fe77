import { AccessScope } from '../../common/auth/access-scope';
import { Actor } from '../../common/auth/actor';

/**
 * The owner's actor narrowed to one municipality (a report of that territory): the services it is handed to
 * filter by the narrowed scope, so every number is the owner's AND the territory's. Null when the owner's scope
 * does not reach the municipality.
 */
export function narrowToMunicipality(actor: Actor, municipality: { id: string; regionId: string }): Actor | null {
  const s = actor.scope;
  const reaches = s.all || s.regionIds.includes(municipality.regionId) || s.municipalityIds.includes(municipality.id);
  if (!reaches) return null;
  return { ...actor, scope: new AccessScope(false, [], [municipality.id], [], null) };
}
