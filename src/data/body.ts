/** Body regions and the conditions in each, for the body map and the region pages. */
import type { SiteContent } from './site.ts';

/** The conditions that affect a body region. */
export function conditionsIn(site: SiteContent, regionId: string): SiteContent['conditions'] {
  return site.conditions.filter((c) => c.data.bodyRegions.some((b) => b.id === regionId));
}

/** Every region with how many conditions it has. */
export function regionCounts(site: SiteContent): { id: string; label: string; count: number }[] {
  return site.bodyRegions.map((r) => ({ id: r.id, label: r.data.label, count: conditionsIn(site, r.id).length }));
}
