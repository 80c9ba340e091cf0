import { test } from "node:test";
import assert from "node:assert/strict";
import { altinnPartySchema, type AltinnParty } from "./altinn-schema";
import { partiesWithAccess } from "./access-rule";

/** A party as Altinn lists it under anyOfResourceIds; only what a test cares about needs saying. */
function party(orgnr: string, extra: Record<string, unknown> = {}): AltinnParty {
  return altinnPartySchema.parse({ name: `Firma ${orgnr}`, organizationNumber: orgnr, type: "Organization", unitType: "AS", ...extra });
}

test("every organisation Altinn lists for the resource may be opened, whatever role or package brought it", () => {
  const list = [
    party("313367002", { authorizedRoles: ["urn:altinn:external-role:ccr:innehaver"] }),
    party("310478717", { authorizedRoles: ["urn:altinn:external-role:ccr:revisor"] }),
    party("314961900", { authorizedRoles: [], authorizedAccessPackages: [] }),
  ];
  assert.deepEqual(
    partiesWithAccess(list).map((p) => p.orgnr),
    ["313367002", "310478717", "314961900"],
    "Altinn, not a list of roles here, decides",
  );
});

test("persons and bad numbers are left out", () => {
  const list = [
    party("313367002"),
    altinnPartySchema.parse({ name: "Kari Nordmann", type: "Person", authorizedRoles: ["urn:altinn:rolecode:priv"] }),
    party("313367003"), // invalid check digit
    altinnPartySchema.parse({ name: "Uten nummer", type: "Organization" }),
  ];
  assert.deepEqual(
    partiesWithAccess(list).map((p) => p.orgnr),
    ["313367002"],
  );
});

test("sub-units come right after their main unit, carry parentOrgnr and unitType", () => {
  const main = party("311851381", {
    subunits: [
      { name: "Avd. Bergen", organizationNumber: "315900018", type: "Organization", unitType: "BEDR" },
      { name: "Avd. Voss", organizationNumber: "315900026", type: "Organization", unitType: "BEDR" },
    ],
  });
  const result = partiesWithAccess([main, party("314055403", { unitType: "ENK" })]);
  assert.deepEqual(
    result.map((p) => [p.orgnr, p.parentOrgnr, p.unitType]),
    [
      ["311851381", null, "AS"],
      ["315900018", "311851381", "BEDR"],
      ["315900026", "311851381", "BEDR"],
      ["314055403", null, "ENK"],
    ],
  );
});

test("a main unit listed only to hold a sub-unit with access cannot be opened; the sub-unit can", () => {
  const main = party("311851381", {
    onlyHierarchyElementWithNoAccess: true,
    subunits: [{ name: "Avd. Bergen", organizationNumber: "315900018", type: "Organization", unitType: "BEDR" }],
  });
  assert.deepEqual(
    partiesWithAccess([main]).map((p) => [p.orgnr, p.parentOrgnr]),
    [["315900018", "311851381"]],
  );
});

test("deleted units stay in the list, marked as deleted; an orgnr listed twice (e.g. on two pages) appears once", () => {
  const result = partiesWithAccess([party("313367002", { isDeleted: true }), party("313367002")]);
  assert.equal(result.length, 1);
  assert.equal(result[0]!.isDeleted, true);
});

test("missing lists in Altinn's answer count as empty instead of failing", () => {
  const parsed = altinnPartySchema.parse({ name: "X", organizationNumber: "313367002", type: "Organization", authorizedRoles: null, subunits: null });
  assert.deepEqual(parsed.subunits, []);
  assert.deepEqual(parsed.authorizedRoles, []);
});
