import { erGyldigOrgnr } from "@/lib/identifikator";
import type { AltinnParty } from "./altinn-schema";
import type { Party } from "./types";

/**
 * THE gate of the app: which parties may this person see claims for? Altinn decides. We ask
 * authorizedparties with `anyOfResourceIds=urn:altinn:resource:ske-krav-og-betalinger`
 * (lib/auth/altinn.ts), so Altinn lists only the parties where the person has that resource
 * through any path (a role, an access package, a direct delegation), by the resource's own
 * policy. There is no list of roles or packages here to drift from that policy.
 *
 * What is left to us: organisations only (the person's own party and entries without a valid
 * organisasjonsnummer are left out), and a main unit Altinn marks
 * `onlyHierarchyElementWithNoAccess` (listed only to hold a sub-unit that has access) is not a
 * party the person may open; its sub-units are.
 */

function toParty(p: AltinnParty, parentOrgnr: string | null): Party {
  return {
    orgnr: p.organizationNumber!,
    name: p.name,
    unitType: p.unitType ?? null,
    parentOrgnr,
    isDeleted: p.isDeleted,
  };
}

function isOrganization(p: AltinnParty): boolean {
  return p.type.toLowerCase() === "organization" && erGyldigOrgnr(p.organizationNumber ?? "");
}

/**
 * The parties the person may see claims for, flattened: each main unit followed by its
 * sub-units (with parentOrgnr), in Altinn's order, each orgnr once (across pages too).
 */
export function partiesWithAccess(authorized: readonly AltinnParty[]): Party[] {
  const result: Party[] = [];
  const seen = new Set<string>();
  const add = (party: Party) => {
    if (seen.has(party.orgnr)) return;
    seen.add(party.orgnr);
    result.push(party);
  };
  for (const p of authorized) {
    if (!isOrganization(p)) continue;
    if (!p.onlyHierarchyElementWithNoAccess) add(toParty(p, null));
    for (const sub of p.subunits) {
      if (isOrganization(sub) && !sub.onlyHierarchyElementWithNoAccess) add(toParty(sub, p.organizationNumber!));
    }
  }
  return result;
}
