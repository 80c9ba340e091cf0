import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { authorizedParties } from "../../dev/altinn/server";
import { KRAVOGBETALINGER_RESOURCE_URN, policyFor } from "../../dev/altinn/policy";
import { TEST_PERSONS } from "../../dev/testdata/persons";
import { partiesWithAccess } from "./access-rule";
import { parseAuthorizedPartiesPage } from "./altinn-schema";

/**
 * Contract: Altinn's published authorizedparties answers (../shared/contract/altinn, beside the
 * clone in CI) through the product's own parser, and the Altinn stand-in's answer checked to
 * have the same shape (the same field paths) as those files.
 */
const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const contractDir = process.env.SHARED_CONTRACT_DIR ?? path.resolve(repoRoot, "..", "shared", "contract");
const altinnDir = path.join(contractDir, "altinn");

function files(): { name: string; body: unknown }[] {
  assert.ok(existsSync(altinnDir), `the published contract files are missing: ${altinnDir} (set SHARED_CONTRACT_DIR to their folder)`);
  const names = readdirSync(altinnDir).filter((n) => n.endsWith(".json"));
  assert.ok(names.length > 0, `no .json files in ${altinnDir}`);
  return names.map((name) => ({ name, body: JSON.parse(readFileSync(path.join(altinnDir, name), "utf8")) }));
}

test("every published authorizedparties answer is read by the product's parser: envelope, links.next, nested data", () => {
  for (const { name, body } of files()) {
    const parsed = parseAuthorizedPartiesPage(body);
    assert.ok(parsed.ok, `${name}: ${JSON.stringify(parsed)}`);
    assert.equal(parsed.page.next, null, name);
    assert.ok(parsed.page.parties.length > 0, `${name}: no parties read`);
    for (const p of parsed.page.parties) {
      assert.match(p.organizationNumber ?? "", /^\d{9}$/, name);
      assert.ok(p.unitType, `${name}: unitType kept`);
      for (const r of p.authorizedRoles) assert.match(r, /^urn:altinn:/, `${name}: roles are URNs`);
      for (const a of p.authorizedAccessPackages) assert.match(a, /^urn:altinn:accesspackage:/, name);
    }
    // What a user would see: each published party becomes one party in the picker, with its form.
    const shown = partiesWithAccess(parsed.page.parties);
    assert.deepEqual(
      shown.map((s) => [s.orgnr, s.name, s.unitType]),
      parsed.page.parties.map((p) => [p.organizationNumber, p.name, p.unitType]),
      name,
    );
  }
});

test("the ENK example keeps its unitType, so a sole proprietorship can be told apart", () => {
  const enk = files().find((f) => f.name === "authorizedparties.json");
  assert.ok(enk, "authorizedparties.json is published");
  const parsed = parseAuthorizedPartiesPage(enk.body);
  assert.ok(parsed.ok);
  assert.equal(partiesWithAccess(parsed.page.parties)[0]?.unitType, "ENK");
});

/** Every field path in a JSON value ("data[].subunits[].name"); array elements merged. */
function fieldPaths(value: unknown, prefix = ""): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(value)) {
    for (const v of value) for (const p of fieldPaths(v, `${prefix}[]`)) out.add(p);
    if (value.length === 0) out.add(`${prefix}[]`);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const here = prefix ? `${prefix}.${k}` : k;
      out.add(here);
      for (const p of fieldPaths(v, here)) out.add(p);
    }
  }
  return out;
}

/** Paths with the nesting of the documentation example (data[][]) read as the flat envelope. */
const flat = (paths: Set<string>) => new Set([...paths].map((p) => p.replace(/^data\[\]\[\]/, "data[]")).filter((p) => p !== "data[][]" ));

test("the stand-in answers the same shape as the published files: every published field path is in its envelope", () => {
  const rita = TEST_PERSONS.find((p) => p.name === "Rita Regnskap")!;
  const ola = TEST_PERSONS.find((p) => p.name === "Ola Flerfirma")!;
  const flags = { roles: true, accessPackages: true, resources: true };
  const policy = [policyFor(KRAVOGBETALINGER_RESOURCE_URN)!];
  const standIn = fieldPaths({ links: { next: null }, data: [...authorizedParties(rita, flags, policy), ...authorizedParties(ola, flags, policy)] });
  for (const { name, body } of files()) {
    const published = flat(fieldPaths(body));
    const missing = [...published].filter((p) => !standIn.has(p) && !p.startsWith("data[].subunits[]"));
    assert.deepEqual(missing, [], `${name}: fields the stand-in does not answer`);
  }
  // Sub-units are parties too: the stand-in's sub-units carry the same fields as its main units.
  const subFields = [...standIn].filter((p) => p.startsWith("data[].subunits[].")).map((p) => p.replace("data[].subunits[].", "data[]."));
  assert.ok(subFields.length > 5);
  for (const f of subFields) assert.ok(standIn.has(f), f);
});
