import type { Party } from "@/lib/auth/types";

/** A main unit with its sub-units, as the picker shows them. */
export type PartyGroup = { party: Party; subunits: Party[] };

const collator = new Intl.Collator("nb", { sensitivity: "base", numeric: true });
const byName = (a: Party, b: Party) => collator.compare(a.name, b.name) || a.orgnr.localeCompare(b.orgnr);

/**
 * Sub-units under their main unit; a sub-unit whose main unit the person cannot choose stands
 * alone. Deleted units apart. Everything sorted by name.
 */
export function groupParties(parties: readonly Party[]): { active: PartyGroup[]; deleted: PartyGroup[] } {
  const present = new Set(parties.map((p) => p.orgnr));
  const groups = new Map<string, PartyGroup>();
  for (const p of parties) {
    if (p.parentOrgnr && present.has(p.parentOrgnr)) continue;
    groups.set(p.orgnr, { party: p, subunits: [] });
  }
  for (const p of parties) {
    if (p.parentOrgnr && present.has(p.parentOrgnr)) groups.get(p.parentOrgnr)?.subunits.push(p);
  }
  const sorted = [...groups.values()].sort((a, b) => byName(a.party, b.party));
  for (const g of sorted) g.subunits.sort(byName);
  return { active: sorted.filter((g) => !g.party.isDeleted), deleted: sorted.filter((g) => g.party.isDeleted) };
}

/** Words of the name, or digits of the number ("313 367" finds 313367002). */
export function matchesQuery(party: Party, query: string): boolean {
  const q = query.trim().toLocaleLowerCase("nb");
  if (!q) return true;
  const digits = q.replace(/[\s.]/g, "");
  if (/^\d+$/.test(digits)) return party.orgnr.includes(digits);
  const name = party.name.toLocaleLowerCase("nb");
  return q.split(/\s+/).every((word) => name.includes(word));
}

/** The groups that match: a matching main unit keeps all its sub-units; otherwise only matching sub-units show. */
export function filterGroups(groups: readonly PartyGroup[], query: string): PartyGroup[] {
  if (!query.trim()) return [...groups];
  const result: PartyGroup[] = [];
  for (const g of groups) {
    if (matchesQuery(g.party, query)) result.push(g);
    else {
      const subunits = g.subunits.filter((s) => matchesQuery(s, query));
      if (subunits.length > 0) result.push({ party: g.party, subunits });
    }
  }
  return result;
}

export function countParties(groups: readonly PartyGroup[]): number {
  return groups.reduce((n, g) => n + 1 + g.subunits.length, 0);
}
