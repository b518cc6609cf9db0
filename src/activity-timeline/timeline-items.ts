/** How a timeline groups its items under headings. */
import type { TimelineItem } from '../feed/activities.js';

export type Grouping = 'none' | 'year' | 'month';

/** The group an item falls in: its year (`2020`) or month (`2020-04`), by its earliest instant. */
export function groupKey(item: TimelineItem, grouping: Grouping): string {
  if (grouping === 'none') return '';
  const instant = Number.isFinite(item.when.earliest) ? item.when.earliest : item.when.latest;
  if (!Number.isFinite(instant)) return '';
  const iso = new Date(instant).toISOString();
  return grouping === 'year' ? iso.slice(0, 4) : iso.slice(0, 7);
}
