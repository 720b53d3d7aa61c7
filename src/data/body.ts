/** Body regions with how many conditions each has, for the body map. */
import type { SiteContent } from './site.ts';

export function regionCounts(site: SiteContent): { id: string; label: string; count: number }[] {
  return site.bodyRegions.map((r) => ({
    id: r.id,
    label: r.data.label,
    count: site.conditions.filter((c) => c.data.bodyRegions.some((b) => b.id === r.id)).length,
  }));
}
