/**
 * The Altinn resource `ske-krav-og-betalinger` as the stand-in's resource registry holds it:
 * which roles from Enhetsregisteret and which access packages grant it (from
 * ../shared/docs/identity.md: daglig leder, innehaver, styrets leder, the accountant's REGN role
 * and the accountant access packages). A person also has the resource when it is delegated to
 * them directly. Roles and packages on a main unit reach its sub-units, as in Altinn.
 * This table is the stand-in's, not the product's: the product asks Altinn with
 * anyOfResourceIds and trusts the answer.
 */
export const KRAVOGBETALINGER_RESOURCE_ID = "ske-krav-og-betalinger";
export const KRAVOGBETALINGER_RESOURCE_URN = `urn:altinn:resource:${KRAVOGBETALINGER_RESOURCE_ID}`;

/** Enhetsregisteret role code -> the name in Altinn 3's external-role URN. */
export const CCR_ROLE_NAMES: Record<string, string> = {
  DAGL: "daglig-leder",
  INNH: "innehaver",
  LEDE: "styreleder",
  NEST: "nestleder",
  MEDL: "styremedlem",
  REGN: "regnskapsforer",
  REVI: "revisor",
  KOMK: "kontaktperson-kommune",
};

export type ResourcePolicy = { roles: ReadonlySet<string>; accessPackages: ReadonlySet<string> };

export const RESOURCE_POLICIES: Readonly<Record<string, ResourcePolicy>> = {
  [KRAVOGBETALINGER_RESOURCE_ID]: {
    roles: new Set(["DAGL", "INNH", "LEDE", "REGN"]),
    accessPackages: new Set(["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet", "regnskapsforer-lonn"]),
  },
};

/** Role URNs for a role code, as Altinn 3 lists them: the external CCR role and the legacy role code. */
export function roleUrns(code: string): string[] {
  const name = CCR_ROLE_NAMES[code];
  return [...(name ? [`urn:altinn:external-role:ccr:${name}`] : []), `urn:altinn:rolecode:${code.toLowerCase()}`];
}

export function accessPackageUrn(name: string): string {
  return `urn:altinn:accesspackage:${name}`;
}

/** "urn:altinn:resource:ske-krav-og-betalinger" or "ske-krav-og-betalinger" -> the policy, if we hold one. */
export function policyFor(resource: string): ResourcePolicy | undefined {
  return RESOURCE_POLICIES[resource.replace(/^urn:altinn:resource:/, "")];
}
