import { test } from "node:test";
import assert from "node:assert/strict";
import { altinnPartySchema, type AltinnParty } from "./altinn-schema";
import { grantsAccess, normalizeRole, partiesWithAccess } from "./access-rule";

/** A party as Altinn lists it; only what a test cares about needs saying. */
function party(orgnr: string, grants: Partial<Pick<AltinnParty, "authorizedRoles" | "authorizedAccessPackages" | "authorizedResources">> = {}, extra: Record<string, unknown> = {}): AltinnParty {
  return altinnPartySchema.parse({ name: `Firma ${orgnr}`, organizationNumber: orgnr, type: "Organization", unitType: "AS", ...grants, ...extra });
}

const roles = (...authorizedRoles: string[]) => ({ authorizedRoles });

test("daglig leder, innehaver, styreleder and regnskapsfører roles grant access", () => {
  for (const role of ["DAGL", "INNH", "LEDE", "REGN"]) assert.equal(grantsAccess(party("313367002", roles(role))), true, role);
});

test("roles that do not concern claims (revisor, kontaktperson, board member) grant nothing", () => {
  for (const role of ["REVI", "KOMK", "MEDL", "NEST", "DTPR", ""]) assert.equal(grantsAccess(party("313367002", roles(role))), false, role);
  assert.equal(grantsAccess(party("313367002")), false, "no roles at all");
});

test("every accountant access package grants access, other packages do not", () => {
  for (const pkg of ["regnskapsforer-med-signeringsrettighet", "regnskapsforer-uten-signeringsrettighet", "regnskapsforer-lonn", "urn:altinn:accesspackage:regnskapsforer-lonn"]) {
    assert.equal(grantsAccess(party("313367002", { authorizedAccessPackages: [pkg] })), true, pkg);
  }
  for (const pkg of ["revisormedarbeider", "skattegrunnlag", "regnskap-okonomi-rapport", "urn:altinn:accesspackage:ansvarlig-revisor"]) {
    assert.equal(grantsAccess(party("313367002", { authorizedAccessPackages: [pkg] })), false, pkg);
  }
});

test("the resource ske-krav-og-betalinger grants access by itself; other resources do not", () => {
  assert.equal(grantsAccess(party("313367002", { authorizedResources: ["ske-krav-og-betalinger"] })), true);
  assert.equal(grantsAccess(party("313367002", { authorizedResources: ["urn:altinn:resource:ske-krav-og-betalinger"] })), true);
  assert.equal(grantsAccess(party("313367002", { authorizedResources: ["ske-skattemelding", "ske-krav-og-betalinger-arkiv"] })), false);
});

test("role URNs and lower case are understood", () => {
  assert.equal(normalizeRole("urn:altinn:external-role:ccr:daglig-leder"), "DAGL");
  assert.equal(normalizeRole("urn:altinn:external-role:ccr:regnskapsforer"), "REGN");
  assert.equal(normalizeRole("dagl"), "DAGL");
});

test("only qualifying organisations are returned; persons and bad numbers are left out", () => {
  const list = [
    party("313367002", roles("INNH")),
    party("310478717", roles("REVI")),
    altinnPartySchema.parse({ name: "Kari Nordmann", type: "Person", authorizedRoles: ["PRIV"] }),
    party("313367003", roles("DAGL")), // invalid check digit
  ];
  assert.deepEqual(
    partiesWithAccess(list).map((p) => p.orgnr),
    ["313367002"],
  );
});

test("sub-units come right after their main unit, carry parentOrgnr, and inherit the main unit's role", () => {
  const main = party("311851381", roles("DAGL"), {
    subunits: [
      { name: "Avd. Bergen", organizationNumber: "315900018", type: "Organization", unitType: "BEDR" },
      { name: "Avd. Voss", organizationNumber: "315900026", type: "Organization", unitType: "BEDR", authorizedRoles: ["DAGL"] },
    ],
  });
  const result = partiesWithAccess([main, party("314055403", roles("INNH"))]);
  assert.deepEqual(
    result.map((p) => [p.orgnr, p.parentOrgnr]),
    [
      ["311851381", null],
      ["315900018", "311851381"],
      ["315900026", "311851381"],
      ["314055403", null],
    ],
  );
  assert.equal(result[1]!.unitType, "BEDR");
});

test("a sub-unit with its own access is listed even when its main unit gives none", () => {
  const main = party("311851381", roles("REVI"), {
    onlyHierarchyElementWithNoAccess: true,
    subunits: [{ name: "Avd. Bergen", organizationNumber: "315900018", type: "Organization", unitType: "BEDR", authorizedAccessPackages: ["regnskapsforer-lonn"] }],
  });
  assert.deepEqual(
    partiesWithAccess([main]).map((p) => [p.orgnr, p.parentOrgnr]),
    [["315900018", "311851381"]],
  );
});

test("a main unit reached only through a single resource does not open its sub-units", () => {
  const main = party("311851381", { authorizedResources: ["ske-krav-og-betalinger"] }, {
    subunits: [{ name: "Avd. Bergen", organizationNumber: "315900018", type: "Organization", unitType: "BEDR" }],
  });
  assert.deepEqual(
    partiesWithAccess([main]).map((p) => p.orgnr),
    ["311851381"],
  );
});

test("deleted units stay in the list, marked as deleted; an orgnr listed twice appears once", () => {
  const result = partiesWithAccess([party("313367002", roles("DAGL"), { isDeleted: true }), party("313367002", roles("REGN"))]);
  assert.equal(result.length, 1);
  assert.equal(result[0]!.isDeleted, true);
});

test("missing lists in Altinn's answer count as empty instead of failing", () => {
  const parsed = altinnPartySchema.parse({ name: "X", organizationNumber: "313367002", type: "Organization", authorizedRoles: null, subunits: null });
  assert.deepEqual(parsed.subunits, []);
  assert.equal(grantsAccess(parsed), false);
});
