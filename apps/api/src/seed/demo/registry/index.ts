import { DemoMunicipality, DemoRegion } from '../registry.types';
import { FRIENDS_REGIONS } from './friends.data';
import { KOMI_REGIONS } from './komi.data';
import { KRASNODAR_REGIONS } from './krasnodar.data';
import { LENINGRAD_REGIONS } from './leningrad.data';
import { YAROSLAVL_REGIONS } from './yaroslavl.data';

/**
 * Merges regions that share a code, and within a region municipalities that share a name, so each
 * region and each municipality appears once. Organisations are concatenated in order; a repeated
 * organisation key keeps its first occurrence. The inputs are not modified.
 */
export function mergeDemoRegions(regions: readonly DemoRegion[]): DemoRegion[] {
  const byCode = new Map<string, DemoRegion>();
  for (const region of regions) {
    let target = byCode.get(region.code);
    if (!target) {
      target = { code: region.code, name: region.name, municipalities: [] };
      byCode.set(region.code, target);
    }
    for (const municipality of region.municipalities) {
      mergeMunicipality(target.municipalities, municipality);
    }
  }
  return [...byCode.values()];
}

function mergeMunicipality(into: DemoMunicipality[], municipality: DemoMunicipality): void {
  let target = into.find((m) => m.name === municipality.name);
  if (!target) {
    target = { name: municipality.name, kind: municipality.kind, organizations: [] };
    into.push(target);
  }
  for (const organization of municipality.organizations) {
    if (!target.organizations.some((o) => o.key === organization.key)) {
      target.organizations.push(organization);
    }
  }
}

/** Territories, organisations and people of the five programmes in docs/seeds/. */
export const DEMO_REGISTRY: DemoRegion[] = mergeDemoRegions([
  ...FRIENDS_REGIONS,
  ...YAROSLAVL_REGIONS,
  ...LENINGRAD_REGIONS,
  ...KOMI_REGIONS,
  ...KRASNODAR_REGIONS,
]);
