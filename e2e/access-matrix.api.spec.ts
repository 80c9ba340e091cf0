import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { ACCESS_MATRIX, pathFor, type MatrixEntry } from "./access-matrix";
import { loginAs } from "./helpers/login";
import { tekster } from "./helpers/tekster";

const { innlogging } = tekster;

/** Kari Nordmann may act for SEED_ORGNR (Nordmann Eplepress ENK) and nothing else. */
const OWN = SEED_ORGNR;
const OWN_NAME = "Nordmann Eplepress ENK";
/** Fjellbekk Bakeri AS: a valid orgnr Kari has no access to. */
const OTHERS = "311851381";
/** Nine digits failing mod 11. */
const INVALID = "313367003";

/** Every page.tsx / route.ts under app/ with an [orgnr] segment, as an app path (route groups and private folders left out). */
function scanOrgnrRoutes(dir = "app", segments: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_") || entry.name === "node_modules") return [];
      const next = /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name];
      return scanOrgnrRoutes(join(dir, entry.name), next);
    }
    if (!/^(page|route)\.(tsx?|jsx?)$/.test(entry.name) || !segments.includes("[orgnr]")) return [];
    return [`/${segments.join("/")}`];
  });
}

test("every page and route with an [orgnr] segment is in the access matrix, and nothing else", () => {
  const onDisk = [...new Set(scanOrgnrRoutes())].sort();
  const listed = ACCESS_MATRIX.map((e) => e.route).sort();
  const missing = onDisk.filter((r) => !listed.includes(r));
  const stale = listed.filter((r) => !onDisk.includes(r));
  expect(missing, "add these to e2e/access-matrix.ts").toEqual([]);
  expect(stale, "these are in e2e/access-matrix.ts but not in app/").toEqual([]);
});

async function get(request: APIRequestContext, entry: MatrixEntry, orgnr: string): Promise<APIResponse> {
  // A form route is posted as our own page posts it (same origin).
  if (entry.form) return request.post(pathFor(entry, orgnr), { form: entry.form, headers: { origin: String(test.info().project.use.baseURL) }, maxRedirects: 0, failOnStatusCode: false });
  return request.get(pathFor(entry, orgnr), { maxRedirects: 0, failOnStatusCode: false });
}

test("no session: pages send the browser to ID-porten login and back; data routes answer 401", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  for (const entry of ACCESS_MATRIX) {
    const path = pathFor(entry, OWN);
    const res = await get(request, entry, OWN);
    if (entry.kind === "page") {
      expect(res.status(), path).toBe(307);
      expect(res.headers().location, path).toBe(`/api/auth/logg-inn?tilbake=${encodeURIComponent(path)}`);
      const login = await request.get(res.headers().location!, { maxRedirects: 0 });
      expect(login.status(), path).toBe(302);
      const authorize = new URL(login.headers().location!).searchParams;
      expect(authorize.get("acr_values"), path).toBe("idporten-loa-high");
      expect(authorize.get("code_challenge_method"), path).toBe("S256");
      expect(authorize.get("ui_locales"), path).toBe("nb");
    } else {
      expect(res.status(), path).toBe(401);
      expect((await res.json()).kode, path).toBe("IKKE_INNLOGGET");
    }
  }
  await request.dispose();
});

test("a session without access to the party: 403, and 400 for an invalid orgnr", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  for (const entry of ACCESS_MATRIX) {
    const forbidden = await get(page.request, entry, OTHERS);
    expect(forbidden.status(), pathFor(entry, OTHERS)).toBe(403);
    if (entry.kind === "page") expect(await forbidden.text()).toContain(innlogging.ikkeTilgang.overskrift);
    else expect((await forbidden.json()).kode).toBe("IKKE_TILGANG");

    const invalid = await get(page.request, entry, INVALID);
    expect(invalid.status(), pathFor(entry, INVALID)).toBe(400);
    if (entry.kind === "page") expect(await invalid.text()).toContain(innlogging.ugyldigOrgnr.overskrift);
    else expect((await invalid.json()).kode).toBe("UGYLDIG_ORGNR");
  }
});

test("a session with access to the party gets the data", async ({ page }) => {
  test.setTimeout(90_000);
  await loginAs(page, "Kari Nordmann");
  for (const entry of ACCESS_MATRIX) {
    const path = pathFor(entry, OWN);
    const res = await get(page.request, entry, OWN);
    expect(res.status(), path).toBe(200);
    const type = res.headers()["content-type"] ?? "";
    if (entry.kind === "page") expect(await res.text(), path).toContain(OWN_NAME);
    else if (entry.kind === "json") expect(type, path).toContain("application/json");
    else expect(type, path).not.toContain("text/html");
  }
});
