import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { DELETED_PARTY, FJELLBEKK_AVDELINGER, SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { iDag } from "../lib/dato";
import { aarValg } from "../lib/krav-visning/tilstand";
import { loginAs } from "./helpers/login";
import { oversett, t, tekster } from "./helpers/tekster";

const { feilsvar, innlogging, oversikt } = tekster;

/**
 * Hostile and odd input across the app: whatever a user types or clicks gets a clear answer
 * (a status that says what happened, Norwegian text), never a 500, a blank page, a stack trace
 * or another party's data. Each test here was a finding of the hardening round, or locks in
 * behaviour that the round probed and found right.
 */

const STACK = /\n\s+at |TypeError|ReferenceError|Internal Server Error|Application error/;

async function noCrash(res: APIResponse, what: string): Promise<string> {
  const body = await res.text();
  expect(res.status(), what).toBeLessThan(500);
  expect(body, what).not.toMatch(STACK);
  return body;
}

function aarFeil(): [number, number] {
  const valg = aarValg(iDag());
  return [valg[valg.length - 1]!, valg[0]!];
}

test("a garbled percent-encoded address is a 400 with a Norwegian message, not Next's bare 500", async ({ page }) => {
  // Before: Next could not decode the [orgnr] / [...nextauth] parameter and answered "Internal Server Error".
  for (const path of ["/api/part/%E0%A4%A/aapnekrav", "/api/part/%/krav?aar=2023", "/api/auth/%E0"]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(await res.json(), path).toEqual({ status: 400, kode: "UGYLDIG_ADRESSE", melding: feilsvar.ugyldigAdresse });
  }
  // In the language chosen (cookie), else the browser's.
  const en = await page.request.get("/api/part/%E0%A4%A/aapnekrav", { headers: { cookie: "spraak=en" } });
  expect((await en.json()).melding).toBe(oversett("en")("feilsvar.ugyldigAdresse"));
  const nn = await page.request.get("/api/part/%E0%A4%A/aapnekrav", { headers: { "accept-language": "nn-NO,nn;q=0.9" } });
  expect((await nn.json()).melding).toBe(oversett("nn")("feilsvar.ugyldigAdresse"));
  const res = await page.goto("/%E0%A4%A");
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: innlogging.ugyldigOrgnr.overskrift })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(innlogging.ugyldigOrgnr.tekst);
});

test("the overview's JSON routes: a bad year is a 400 that says which years, odd paging and sorting still answer", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  const [fra, til] = aarFeil();
  for (const q of ["", "?aar=abc", "?aar=1899", "?aar=99999", "?aar=-1"]) {
    const res = await page.request.get(`/api/part/${SEED_ORGNR}/krav${q}`);
    expect(res.status(), q).toBe(400);
    const body = await res.json();
    // Before: {"feil":{"type":"input","kode":null,...}} and not a word for the user.
    expect(body.melding, q).toBe(t("feilsvar.ugyldigAar", { fra, til }));
    expect(body.feil, q).toMatchObject({ type: "input", kode: "UGYLDIG_PARAMETER" });
  }
  const odd = ["?side=0", "?side=-5", "?side=1e9", "?side=NaN", "?sorter=__proto__&retning=opp", "?sorter=constructor", `?sok=${encodeURIComponent("<script>\u0000")}`];
  for (const q of odd) {
    const res = await page.request.get(`/api/part/${SEED_ORGNR}/aapnekrav${q}`);
    await noCrash(res, q);
    expect(res.status(), q).toBe(200);
    const body = await res.json();
    expect(body.side, q).toBeGreaterThanOrEqual(1);
    expect(body.side, q).toBeLessThanOrEqual(body.antallSider);
  }
});

test("an orgnr written with spaces in a JSON route gets that party's data, not an input error", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  const spaced = `${SEED_ORGNR.slice(0, 3)}%20${SEED_ORGNR.slice(3, 6)}%20${SEED_ORGNR.slice(6)}`;
  // Before: the guard accepted "313 367 002", the API client refused it: a 400 with no message.
  const [res, plain] = await Promise.all([page.request.get(`/api/part/${spaced}/aapnekrav`), page.request.get(`/api/part/${SEED_ORGNR}/aapnekrav`)]);
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual(await plain.json());
});

test("the party page survives every odd query parameter, and says what is wrong with a bad year", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "Rita Regnskap");
  const queries = [
    "?fane=xyz",
    "?fane=betalte&visning=zzz&aar=2023&side=1e9",
    "?fane=betalte&aar=2023&side=-5&sorter=ukjent&retning=opp",
    "?fane=utbetalinger&visning=tilgode&aar=2023&side=NaN",
    "?fane=betalte&fane=utbetalinger&aar=2023&aar=2022",
    `?sok=${encodeURIComponent("<script>alert(1)</script>\u0000\u{1F4A9}\u202E")}`,
  ];
  for (const q of queries) {
    const res = await page.goto(`/${STOR_ORGNR}${q}`);
    expect(res?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: oversikt.side.overskrift }), q).toBeVisible();
    await expect(page.getByRole("main"), q).not.toContainText(STACK);
  }
  const [fra, til] = aarFeil();
  for (const aar of ["abc", "1899", "99999", "-1"]) {
    const res = await page.goto(`/${SEED_ORGNR}?fane=betalte&aar=${aar}`);
    expect(res?.status(), aar).toBe(200);
    await expect(page.getByText(t("oversikt.aar.feil", { fra, til })), aar).toBeVisible();
  }
});

test("wrong methods are a 405, never a 500; GET on the POST-only auth routes lands on a page", async ({ page, playwright, baseURL }) => {
  await loginAs(page, "Kari Nordmann");
  const routes = [`/api/part/${SEED_ORGNR}/aapnekrav`, `/api/part/${SEED_ORGNR}/krav?aar=2023`, `/api/part/${SEED_ORGNR}/kontoutskrift?fraOgMed=2024-01-01&tilOgMed=2024-12-31`, "/api/internal/isalive", "/api/auth/logg-inn"];
  for (const path of routes) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const res = await page.request.fetch(path, { method, maxRedirects: 0 });
      expect(res.status(), `${method} ${path}`).toBe(405);
    }
  }
  const cookieless = await playwright.request.newContext({ baseURL });
  // Before: a bare 405, which the browser shows as its own error page.
  const ut = await cookieless.get("/api/auth/logg-ut", { maxRedirects: 0 });
  expect(ut.status()).toBe(303);
  expect(ut.headers().location).toBe("/");
  const oppdater = await cookieless.get("/api/auth/virksomheter/oppdater", { maxRedirects: 0 });
  expect(oppdater.status()).toBe(303);
  expect(oppdater.headers().location).toBe("/velg-virksomhet");
  await cookieless.dispose();

  // In the browser, still logged in (a GET logs nobody out): a real page with the party's name.
  const res = await page.goto("/api/auth/logg-ut");
  expect(res?.status()).toBe(200);
  await expect(page).toHaveURL(`/${SEED_ORGNR}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("front-channel logout without a valid iss and sid is a 400 with a Norwegian sentence, not an empty page", async ({ playwright, baseURL }) => {
  const cookieless = await playwright.request.newContext({ baseURL });
  for (const q of ["", "?sid=abc", "?iss=https://evil.example&sid=abc", "?iss=%E0%A4%A&sid="]) {
    const res = await cookieless.get(`/api/auth/frontchannel-logout${q}`);
    expect(res.status(), q).toBe(400);
    expect(await res.text(), q).toContain(feilsvar.utloggingUgyldig.tekst);
  }
  const nn = await cookieless.get("/api/auth/frontchannel-logout", { headers: { "accept-language": "nn-NO,nn;q=0.9" } });
  expect(await nn.text()).toContain(`<html lang="nn"><title>${oversett("nn")("feilsvar.utloggingUgyldig.tittel")}`);
  await cookieless.dispose();
});

async function loginReturningTo(page: Page, returnTo: string, appOrigin: string): Promise<void> {
  await loginAs(page, "Kari Nordmann", { returnTo });
  expect(new URL(page.url()).origin, returnTo).toBe(appOrigin);
}

test("login never returns to another host (no open redirect)", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  for (const evil of ["https://evil.example/", "//evil.example", "/\\evil.example", `${baseURL}@evil.example/`]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginReturningTo(page, evil, new URL(baseURL!).origin);
    await context.close();
  }
});

test("a tampered or garbled session cookie asks for login (page 307, JSON 401), never a 500", async ({ page, playwright, baseURL }) => {
  await loginAs(page, "Kari Nordmann");
  const session = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  expect(session, "the login sets the session cookie").toBeTruthy();
  const mid = Math.floor(session!.value.length / 2);
  const flipped = session!.value.slice(0, mid) + (session!.value[mid] === "A" ? "B" : "A") + session!.value.slice(mid + 1);
  for (const value of [flipped, "garbage", "", "%E0%A4%A", `${session!.value}x`]) {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `next-auth.session-token=${value}` } });
    const pageRes = await request.get(`/${SEED_ORGNR}`, { maxRedirects: 0 });
    expect(pageRes.status(), value).toBe(307);
    expect(pageRes.headers().location, value).toBe(`/api/auth/logg-inn?tilbake=%2F${SEED_ORGNR}`);
    const json = await request.get(`/api/part/${SEED_ORGNR}/aapnekrav`, { maxRedirects: 0 });
    expect(json.status(), value).toBe(401);
    expect((await json.json()).melding, value).toBe(innlogging.api.ikkeInnlogget);
    await request.dispose();
  }
});

test("someone else's deleted unit or sub-unit is a 403 without their name", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  for (const party of [DELETED_PARTY, ...FJELLBEKK_AVDELINGER]) {
    const res = await page.request.get(`/api/part/${party.orgnr}/aapnekrav`);
    expect(res.status(), party.orgnr).toBe(403);
    const body = await noCrash(res, party.orgnr);
    expect(body, party.orgnr).not.toContain(party.name);
    const pageRes = await page.goto(`/${party.orgnr}`);
    expect(pageRes?.status(), party.orgnr).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: innlogging.ikkeTilgang.overskrift })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(party.name);
  }
});
