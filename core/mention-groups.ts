/**
 * What the toolbar counts as one thing a page mentions (issues 10 and 14): the popup's "On
 * this page" lists one row per group, the badge shows how many groups there are, the export
 * writes one line per group, and "show on the page" steps through one group's mentions.
 *
 * A group is the set of programmes and the set of partners a mention names, so
 * - a programme name is its programme (nsfc-key);
 * - a form that names several programmes counts once, under that form (RFIS: nsfc-rfis and
 *   nsfc-rfis-young together, not each of them once);
 * - a partner call is its programme with its partner (nsfc-org-research with dfg), apart from
 *   the programme named alone; a 中X prefix with several candidate partners is one group;
 * - a partner named alone is its partner (no programme);
 * - a mention that names neither (a grant number of another programme) is in no group.
 *
 * Pure: no DOM, no browser API.
 */

/** The ids a group is made of: programme ids and partner ids, each sorted, no repeats. */
export interface MentionGroupIds {
  ids: readonly string[];
  partners: readonly string[];
}

/**
 * The group's key: equal for two mentions exactly when they belong together. A single
 * programme's key is its id (no string is built for the common case).
 */
export function mentionGroupKey(ids: readonly string[], partners: readonly string[]): string {
  if (partners.length === 0 && ids.length === 1) return ids[0];
  return `${sortedUnique(ids).join('+')}|${sortedUnique(partners).join('+')}`;
}

/** Whether the ids make a group at all (a mention that names no programme and no partner does not). */
export function isGroup(ids: readonly string[], partners: readonly string[]): boolean {
  return ids.length > 0 || partners.length > 0;
}

function sortedUnique(list: readonly string[]): string[] {
  return [...new Set(list)].sort();
}
