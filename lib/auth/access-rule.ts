import { erGyldigOrgnr } from "@/lib/identifikator";
import type { AltinnParty } from "./altinn-schema";
import type { Party } from "./types";

/**
 * THE gate of the app: which of the parties Altinn lists may this person see claims for?
 *
 * A party qualifies when the person has, for it, one of:
 * - a role from Enhetsregisteret: daglig leder (DAGL), innehaver (INNH), styrets leder (LEDE)
 *   or regnskapsfører (REGN);
 * - an accountant access package (`regnskapsforer-*`, e.g. regnskapsforer-med-signeringsrettighet);
 * - the resource `ske-krav-og-betalinger` (delegated directly).
 * A sub-unit also qualifies through a granting role or package on its main unit (Altinn lets
 * the main unit's roles reach its sub-units). Everything else, e.g. revisor (REVI), does not.
 */
export const GRANTING_ROLES: ReadonlySet<string> = new Set(["DAGL", "INNH", "LEDE", "REGN"]);
export const GRANTING_ACCESS_PACKAGE_PREFIX = "regnskapsforer-";
export const GRANTING_RESOURCE = "ske-krav-og-betalinger";

/** Altinn 3 may spell roles as URNs; these are the ones that matter here. */
const ROLE_URN_NAMES: Record<string, string> = {
  "daglig-leder": "DAGL",
  innehaver: "INNH",
  styreleder: "LEDE",
  regnskapsforer: "REGN",
};

/** "urn:altinn:external-role:ccr:daglig-leder" or "dagl" -> "DAGL". */
export function normalizeRole(role: string): string {
  const last = role.trim().split(":").at(-1) ?? "";
  return ROLE_URN_NAMES[last.toLowerCase()] ?? last.toUpperCase();
}

/** "urn:altinn:accesspackage:regnskapsforer-lonn" -> "regnskapsforer-lonn" (same for resources). */
function lastUrnPart(value: string): string {
  return (value.trim().split(":").at(-1) ?? "").toLowerCase();
}

type Grants = Pick<AltinnParty, "authorizedRoles" | "authorizedAccessPackages" | "authorizedResources">;

/** True when these roles, packages or resources let the person see the party's claims. */
export function grantsAccess(grants: Grants): boolean {
  return (
    grants.authorizedRoles.some((r) => GRANTING_ROLES.has(normalizeRole(r))) ||
    grants.authorizedAccessPackages.some((p) => lastUrnPart(p).startsWith(GRANTING_ACCESS_PACKAGE_PREFIX)) ||
    grants.authorizedResources.some((r) => lastUrnPart(r) === GRANTING_RESOURCE)
  );
}

/** A sub-unit inherits what its main unit grants through roles and packages (not single resources). */
function inheritedGrants(parent: AltinnParty): Grants {
  return { authorizedRoles: parent.authorizedRoles, authorizedAccessPackages: parent.authorizedAccessPackages, authorizedResources: [] };
}

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
 * qualifying sub-units (with parentOrgnr), in Altinn's order, each orgnr once. Persons and
 * entries without a valid organisasjonsnummer are left out.
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
    const own = grantsAccess(p);
    if (own) add(toParty(p, null));
    for (const sub of p.subunits) {
      if (!isOrganization(sub)) continue;
      if (grantsAccess(sub) || (own && grantsAccess(inheritedGrants(p)))) add(toParty(sub, p.organizationNumber!));
    }
  }
  return result;
}
