import { test } from "node:test";
import assert from "node:assert/strict";
import type { Party } from "@/lib/auth/types";
import { countParties, filterGroups, groupParties, matchesQuery } from "./party-list";

const p = (orgnr: string, name: string, extra: Partial<Party> = {}): Party => ({ orgnr, name, unitType: "AS", parentOrgnr: null, isDeleted: false, ...extra });

const fjellbekk = p("311851381", "Fjellbekk Bakeri AS");
const voss = p("315900026", "Fjellbekk Bakeri AS avd. Voss", { unitType: "BEDR", parentOrgnr: "311851381" });
const bergen = p("315900018", "Fjellbekk Bakeri AS avd. Bergen", { unitType: "BEDR", parentOrgnr: "311851381" });
const eple = p("313367002", "Nordmann Eplepress ENK", { unitType: "ENK" });
const gamle = p("315900034", "Gamle Fjellbekk Kafé AS", { isDeleted: true });
const orphan = p("315900042", "Havbris avd. Tromsø", { unitType: "BEDR", parentOrgnr: "999999999" });

test("sub-units sit under their main unit, sorted by name; deleted units are kept apart", () => {
  const { active, deleted } = groupParties([voss, eple, fjellbekk, gamle, bergen]);
  assert.deepEqual(
    active.map((g) => [g.party.name, g.subunits.map((s) => s.name)]),
    [
      ["Fjellbekk Bakeri AS", ["Fjellbekk Bakeri AS avd. Bergen", "Fjellbekk Bakeri AS avd. Voss"]],
      ["Nordmann Eplepress ENK", []],
    ],
  );
  assert.deepEqual(
    deleted.map((g) => g.party.name),
    ["Gamle Fjellbekk Kafé AS"],
  );
});

test("a sub-unit whose main unit is not in the list stands on its own", () => {
  const { active } = groupParties([orphan, eple]);
  assert.deepEqual(
    active.map((g) => g.party.orgnr),
    ["315900042", "313367002"],
  );
});

test("search by name ignores case and word order; by number ignores spaces", () => {
  assert.ok(matchesQuery(eple, "eplepress"));
  assert.ok(matchesQuery(eple, "ENK nordmann"));
  assert.ok(matchesQuery(eple, "313 367"));
  assert.ok(matchesQuery(eple, "367002"));
  assert.equal(matchesQuery(eple, "fjellbekk"), false);
  assert.equal(matchesQuery(eple, "313367003"), false);
  assert.ok(matchesQuery(gamle, "kafé"));
});

test("a sub-unit match shows its main unit with only the matching sub-units", () => {
  const { active } = groupParties([fjellbekk, voss, bergen, eple]);
  const hits = filterGroups(active, "voss");
  assert.deepEqual(
    hits.map((g) => [g.party.name, g.subunits.map((s) => s.name)]),
    [["Fjellbekk Bakeri AS", ["Fjellbekk Bakeri AS avd. Voss"]]],
  );
  assert.equal(filterGroups(active, "fjellbekk bakeri")[0]!.subunits.length, 2, "a main-unit match keeps all sub-units");
  assert.equal(countParties(filterGroups(active, "")), 4);
  assert.deepEqual(filterGroups(active, "finnes ikke"), []);
});

test("hundreds of parties are grouped and searched quickly", () => {
  const many = Array.from({ length: 2000 }, (_, i) => p(String(300000000 + i), `Klient ${i} Regnskap AS`));
  const start = performance.now();
  const { active } = groupParties(many);
  const hits = filterGroups(active, "klient 1999");
  assert.equal(hits.length, 1);
  assert.ok(performance.now() - start < 500, "grouping and filtering 2000 parties takes well under a second");
});
