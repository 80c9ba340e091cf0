import { test } from "node:test";
import assert from "node:assert/strict";
import { parseAuthorizedPartiesPage } from "./altinn-schema";

const party = { name: "Firma", organizationNumber: "313367002", type: "Organization", unitType: "ENK", authorizedRoles: ["urn:altinn:external-role:ccr:innehaver"] };

test("the paginated envelope: data and links.next", () => {
  const r = parseAuthorizedPartiesPage({ links: { next: "https://platform.altinn.no/next?page=2" }, data: [party] });
  assert.ok(r.ok);
  assert.equal(r.page.next, "https://platform.altinn.no/next?page=2");
  assert.equal(r.page.parties[0]!.unitType, "ENK");
});

test("the documentation's nested data ([[…]]), a missing links, and a bare array are read too", () => {
  const nested = parseAuthorizedPartiesPage({ links: { next: null }, data: [[party, party]] });
  assert.ok(nested.ok);
  assert.equal(nested.page.parties.length, 2);
  const noLinks = parseAuthorizedPartiesPage({ data: [] });
  assert.ok(noLinks.ok);
  assert.equal(noLinks.page.next, null);
  const bare = parseAuthorizedPartiesPage([party]);
  assert.ok(bare.ok);
  assert.equal(bare.page.next, null);
});

test("malformed answers are refused with the paths at fault, never a party's values", () => {
  for (const body of [null, undefined, "tekst", { data: "x" }, { data: [{ name: 1 }] }, { links: { next: 5 }, data: [] }, { parties: [] }]) {
    const r = parseAuthorizedPartiesPage(body);
    assert.equal(r.ok, false, JSON.stringify(body));
  }
  const r = parseAuthorizedPartiesPage({ data: [{ ...party, name: 42 }] });
  assert.ok(!r.ok);
  assert.ok(r.issues.every((i) => !i.includes("313367002")));
});
