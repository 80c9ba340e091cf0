import { expect, test, type Page } from "@playwright/test";
import { SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import type { Spraak } from "../lib/i18n/spraak";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";
import { oversett, tekster } from "./helpers/tekster";

const t = tekster.innlogging;
const nb = oversett("nb");
const idportenOrigin = `http://localhost:${Number(process.env.TEST_STANDIN_PORT_BASE ?? 4500) + 1}`;

function activeParty(page: Page) {
  return page.getByRole("banner").getByTestId("aktiv-virksomhet");
}

async function expectAtIdportenLogin(page: Page) {
  await expect(page).toHaveURL((url) => url.origin === idportenOrigin);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn med TestID" })).toBeVisible();
}

test("the owner logs in and lands straight on her only party", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  await expect(page).toHaveURL(`/${SEED_ORGNR}`);
  await expect(activeParty(page)).toContainText("Nordmann Eplepress ENK");
  await expect(activeParty(page)).toContainText("313 367 002");
  await expect(page.getByRole("link", { name: new RegExp(t.byttVirksomhet) }), "one party: nothing to switch to").toHaveCount(0);
  await expect(page.getByRole("button", { name: t.loggUt })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a page opened without a session goes straight to ID-porten and back to that page", async ({ page }) => {
  await page.goto(`/${SEED_ORGNR}?fane=betalte`);
  await expectAtIdportenLogin(page);
  await page.getByRole("radio", { name: "Kari Nordmann" }).check();
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(`/${SEED_ORGNR}?fane=betalte`);
  await expect(activeParty(page)).toContainText("Nordmann Eplepress ENK");
});

test("a person with several parties gets the picker: sub-units under their parent, deleted apart, no party without a granting role", async ({ page }) => {
  await loginAs(page, "Ola Flerfirma");
  await expect(page).toHaveURL("/velg-virksomhet");
  await expect(page.getByRole("heading", { level: 1, name: t.velg.overskrift })).toBeVisible();
  const subunits = page.getByRole("list", { name: nb("innlogging.velg.underenheter", { navn: "Fjellbekk Bakeri AS" }) });
  await expect(subunits.getByRole("link")).toHaveCount(2);
  await expect(subunits).toContainText("Fjellbekk Bakeri AS avd. Bergen");
  const deleted = page.getByRole("region", { name: t.velg.slettede });
  await expect(deleted).toContainText("Gamle Fjellbekk Kafé AS");
  await expect(page.getByRole("list", { name: t.velg.virksomheter, exact: true })).not.toContainText("Gamle Fjellbekk Kafé AS");
  await expect(page.getByRole("main"), "REVI gives no access").not.toContainText("Bjørkely Rådgivning");
  await expect(page.getByRole("main")).toContainText(`${t.orgnr} 311 851 381`);
  await expect(page.getByRole("main")).toContainText(t.organisasjonsformer.AS);
  await expectNoA11yViolations(page);
});

for (const spraak of ["nn", "en"] as const satisfies Spraak[]) {
  test(`the party picker in ${spraak}: headings, counts, search, sub-units and organisation forms translated, no axe violations`, async ({ page, baseURL }) => {
    const tr = oversett(spraak);
    await page.context().addCookies([{ name: "spraak", value: spraak, url: baseURL! }]);
    await loginAs(page, "Ola Flerfirma");
    await expect(page).toHaveURL("/velg-virksomhet");
    await expect(page.locator("html")).toHaveAttribute("lang", spraak);
    await expect(page).toHaveTitle(new RegExp(`^${tr("innlogging.velg.tittel")}`));
    await expect(page.getByRole("heading", { level: 1, name: tr("innlogging.velg.overskrift") })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(tr("innlogging.velg.ingress"));
    const status = page.getByRole("status");
    const total = Number((await status.textContent())!.split(" ")[0]);
    await expect(status).toHaveText(tr("innlogging.velg.antallAlle", { totalt: total }));
    await expect(page.getByRole("list", { name: tr("innlogging.velg.underenheter", { navn: "Fjellbekk Bakeri AS" }) }).getByRole("link")).toHaveCount(2);
    await expect(page.getByRole("region", { name: tr("innlogging.velg.slettede") })).toContainText("Gamle Fjellbekk Kafé AS");
    await expect(page.getByRole("main")).toContainText(`${tr("innlogging.orgnr")} 311 851 381`);
    await expect(page.getByRole("main")).toContainText(tr("innlogging.organisasjonsformer.AS"));
    await expect(page.getByRole("button", { name: tr("innlogging.loggUt") })).toBeVisible();
    await expectNoA11yViolations(page);

    const search = page.getByRole("searchbox", { name: tr("innlogging.velg.sok") });
    await search.fill("finnes ikke");
    await expect(status).toHaveText(tr("innlogging.velg.ingenTreff", { sok: "finnes ikke" }));
    await search.fill("havbris");
    await expect(status).toHaveText(tr("innlogging.velg.antall", { vist: 1, totalt: total }));
  });
}

test("the access pages speak the chosen language: 403, invalid number, logged out", async ({ page, baseURL }) => {
  const en = oversett("en");
  await page.context().addCookies([{ name: "spraak", value: "en", url: baseURL! }]);
  await loginAs(page, "Kari Nordmann");
  await page.goto(`/${STOR_ORGNR}`);
  await expect(page.getByRole("heading", { level: 1, name: en("innlogging.ikkeTilgang.overskrift") })).toBeVisible();
  await expect(page.getByRole("link", { name: en("innlogging.ikkeTilgang.tilVelger") })).toBeVisible();
  await page.goto("/12345678");
  await expect(page.getByRole("main")).toContainText(en("innlogging.ugyldigOrgnr.medVerdi", { verdi: "12345678" }));
  const api = await page.request.get(`/api/part/${STOR_ORGNR}/aapnekrav`);
  expect(api.status()).toBe(403);
  expect((await api.json()).melding).toBe(en("innlogging.api.ikkeTilgang"));
  await page.goto("/");
  await page.getByRole("button", { name: en("innlogging.loggUt") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("innlogging.loggetUt.overskrift") })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("the accountant searches among 200+ clients by name and by number, and opens one", async ({ page }) => {
  await loginAs(page, "Rita Regnskap");
  await expect(page).toHaveURL("/velg-virksomhet");
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d{3} virksomheter$/);
  const total = Number((await status.textContent())!.split(" ")[0]);
  expect(total).toBeGreaterThan(200);

  const search = page.getByRole("searchbox", { name: t.velg.sok });
  await search.fill("313 367");
  await expect(status).toHaveText(nb("innlogging.velg.antall", { vist: 1, totalt: total }));
  await expect(page.getByRole("link", { name: /Nordmann Eplepress ENK/ })).toBeVisible();

  await search.fill("finnes ikke");
  await expect(status).toHaveText(nb("innlogging.velg.ingenTreff", { sok: "finnes ikke" }));

  await search.fill("storvik");
  await expect(status).toHaveText(nb("innlogging.velg.antall", { vist: 1, totalt: total }));
  await page.getByRole("link", { name: /Storvik Entreprenør AS/ }).click();
  await expect(page).toHaveURL(`/${STOR_ORGNR}`);
  await expect(activeParty(page)).toContainText("Storvik Entreprenør AS");
});

test("the picker works with the keyboard alone", async ({ page }) => {
  await loginAs(page, "Ola Flerfirma");
  const search = page.getByRole("searchbox", { name: t.velg.sok });
  await search.focus();
  await page.keyboard.type("havbris");
  await expect(page.getByRole("status")).toHaveText(/^Viser 1 av/);
  // Tab past the search field's clear button to the first hit.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByRole("link", { name: /Havbris Sjømat ENK/ }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole("link", { name: /Havbris Sjømat ENK/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/314961900");
});

test("the header switches party from a party page", async ({ page }) => {
  await loginAs(page, "Ola Flerfirma", { returnTo: "/311851381" });
  await expect(activeParty(page)).toContainText("Fjellbekk Bakeri AS");
  await activeParty(page).click();
  await expect(page).toHaveURL("/velg-virksomhet");
  await page.getByRole("link", { name: /Lysning Design ENK/ }).click();
  await expect(page).toHaveURL("/314055403");
  await expect(activeParty(page)).toContainText("Lysning Design ENK");
});

test("a person who may act for no one is told why, how to get access, and can log out", async ({ page }) => {
  await loginAs(page, "Per Utentilgang");
  await expect(page).toHaveURL("/velg-virksomhet");
  await expect(page.getByRole("heading", { level: 1, name: t.ingenVirksomheter.overskrift })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: t.ingenVirksomheter.slikFaarDuTilgang })).toBeVisible();
  await expect(page.getByRole("link", { name: t.ingenVirksomheter.altinnLenke })).toHaveAttribute("href", t.ingenVirksomheter.altinnUrl);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: t.velg.oppdater }).click();
  await expect(page, "asking Altinn again comes back to the same explanation").toHaveURL("/velg-virksomhet");
  await expect(page.getByRole("heading", { level: 1, name: t.ingenVirksomheter.overskrift })).toBeVisible();
  await page.getByRole("button", { name: t.loggUt }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.loggetUt.overskrift })).toBeVisible();
});

test("ui_locales follows the browser's language", async ({ browser }) => {
  test.skip(test.info().project.name !== "desktop", "the session protocol, not the layout: once is enough, on the desktop");
  const context = await browser.newContext({ locale: "nn-NO" });
  const page = await context.newPage();
  const res = await page.request.get("/api/auth/logg-inn", { maxRedirects: 0, headers: { "accept-language": "nn-NO,nn;q=0.9" } });
  expect(new URL(res.headers().location!).searchParams.get("ui_locales")).toBe("nn");
  await context.close();
});

test("a party the person may not act for gets a 403 page", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  const res = await page.goto("/311851381");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: t.ikkeTilgang.overskrift })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Fjellbekk");
  await expectNoA11yViolations(page);
});

test("an invalid organisasjonsnummer in the address gets a 400 page that says so", async ({ page }) => {
  const res = await page.goto("/12345678");
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: t.ugyldigOrgnr.overskrift })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(nb("innlogging.ugyldigOrgnr.medVerdi", { verdi: "12345678" }));
  await expectNoA11yViolations(page);
});

test("logout ends at «Du er logget ut», and the back button shows no data", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  await expect(activeParty(page)).toContainText("Nordmann Eplepress ENK");
  await page.getByRole("button", { name: t.loggUt }).click();
  await expect(page).toHaveURL("/logget-ut");
  await expect(page.getByRole("heading", { level: 1, name: t.loggetUt.overskrift })).toBeVisible();
  await expectNoA11yViolations(page);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("next-auth.session-token");

  await page.goBack();
  await expectAtIdportenLogin(page);
  await expect(page.getByTestId("aktiv-virksomhet"), "the party page is not shown again").toHaveCount(0);
});

test("front-channel logout with the session's sid ends the session even without a cookie", async ({ page, playwright, baseURL }) => {
  test.skip(test.info().project.name !== "desktop", "the session protocol, not the layout: once is enough, on the desktop");
  await loginAs(page, "Kari Nordmann");
  // ID-porten's "logged out elsewhere" page frames our front-channel URL; catch that URL and call it without cookies.
  let frontchannel: string | undefined;
  await page.route("**/api/auth/frontchannel-logout**", (route) => {
    frontchannel = route.request().url();
    return route.abort();
  });
  await page.goto(`${idportenOrigin}/logout-elsewhere`);
  await expect.poll(() => frontchannel).toBeTruthy();
  const url = new URL(frontchannel!);
  expect(url.searchParams.get("iss")).toBe(idportenOrigin);
  expect(url.searchParams.get("sid")).toBeTruthy();

  const cookieless = await playwright.request.newContext({ baseURL });
  const wrongIss = await cookieless.get(`${url.pathname}?iss=https://evil.example&sid=${url.searchParams.get("sid")}`);
  expect(wrongIss.status()).toBe(400);
  const overlong = await cookieless.get(`${url.pathname}?iss=${idportenOrigin}&sid=${"a".repeat(8000)}`);
  expect(overlong.status(), "an overlong sid is refused").toBe(400);
  const unknown = await cookieless.get(`${url.pathname}?iss=${idportenOrigin}&sid=ukjent-sid`);
  expect(unknown.status(), "an unknown sid: the same answer, nothing kept").toBe(200);
  // Digdir's own example sends the issuer with a trailing slash.
  const res = await cookieless.get(`${url.pathname}?iss=${encodeURIComponent(`${idportenOrigin}/`)}&sid=${url.searchParams.get("sid")}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-security-policy"]).toContain(`frame-ancestors ${idportenOrigin}`);
  await cookieless.dispose();

  await page.unroute("**/api/auth/frontchannel-logout**");
  await page.goto(`/${SEED_ORGNR}`);
  await expectAtIdportenLogin(page);
});

test("when Altinn refuses to renew the token, the next page is the login page with «Økten din er utløpt» and the way back", async ({ page, baseURL }) => {
  test.skip(test.info().project.name !== "desktop", "the session protocol, not the layout: once is enough, on the desktop");
  await loginAs(page, "Tove Tidsavbrudd", { returnTo: `/${SEED_ORGNR}?fane=betalte` });
  await expect(page).toHaveURL((url) => url.pathname === "/logg-inn" && url.searchParams.get("utlopt") === "1");
  await expect(page.getByRole("heading", { level: 1, name: tekster.okt.innlogging.overskrift })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: tekster.okt.innlogging.utloptOverskrift })).toBeVisible();
  await expect(page.getByRole("link", { name: tekster.okt.innlogging.loggInnIgjen })).toHaveAttribute("href", `/api/auth/logg-inn?tilbake=${encodeURIComponent(`/${SEED_ORGNR}?fane=betalte`)}`);
  await expectNoA11yViolations(page);
  const api = await page.request.get(`/api/part/${SEED_ORGNR}/aapnekrav`);
  expect(api.status(), "the session is over, not an error").toBe(401);

  const en = oversett("en");
  await page.context().addCookies([{ name: "spraak", value: "en", url: baseURL! }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: en("okt.innlogging.utloptOverskrift") })).toBeVisible();
});

test("ID-porten can frame the front-channel route, and the next request goes to login", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "the session protocol, not the layout: once is enough, on the desktop");
  await loginAs(page, "Kari Nordmann");
  await page.goto(`${idportenOrigin}/logout-elsewhere`);
  const frame = page.frameLocator("#frontchannel iframe");
  await expect(frame.getByText(tekster.feilsvar.utlogget.tekst)).toBeVisible();
  await page.goto(`/${SEED_ORGNR}`);
  await expectAtIdportenLogin(page);
});

test("a login on a lower level than required is refused with an explanation, and a new login can fix it", async ({ page }) => {
  await loginAs(page, "Kari Nordmann", { acr: "idporten-loa-substantial", returnTo: `/${SEED_ORGNR}` });
  await expect(page).toHaveURL(/\/innlogging-feil\?arsak=acr/);
  await expect(page.getByRole("heading", { level: 1, name: t.feil.acrOverskrift })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(nb("innlogging.feil.acrTekst", { niva: t.feil.nivaHoyt }));
  await expectNoA11yViolations(page);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("next-auth.session-token");
  const res = await page.request.get(`/${SEED_ORGNR}`, { maxRedirects: 0 });
  expect(res.status(), "no session was made").toBe(307);

  await page.getByRole("link", { name: t.loggInnPaaNytt }).click();
  await expectAtIdportenLogin(page);
  await page.getByRole("radio", { name: "Kari Nordmann" }).check();
  await page.getByRole("radio", { name: /idporten-loa-high/ }).check();
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(`/${SEED_ORGNR}`);
});

test("a cancelled login gets a page that says so", async ({ page }) => {
  await page.goto("/api/auth/logg-inn");
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.feil.avbruttOverskrift })).toBeVisible();
});

test("the session cookie is HttpOnly and SameSite=Lax, and no token or pid reaches the browser", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "the session protocol, not the layout: once is enough, on the desktop");
  await loginAs(page, "Kari Nordmann");
  const session = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  const html = await page.content();
  expect(html).not.toContain("24817510260");
  expect(html).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  expect((await page.request.get("/api/auth/session")).status(), "next-auth's session endpoint is closed").toBe(404);
});

test("pages carry a nonce CSP without unsafe-inline scripts, and refuse framing", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "the session protocol, not the layout: once is enough, on the desktop");
  const res = await page.goto("/");
  const csp = res!.headers()["content-security-policy"]!;
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res!.headers()["x-content-type-options"]).toBe("nosniff");
  // The app still runs under the CSP: the skip link moves focus with client-side React loaded.
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await page.reload();
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the picker, the party header and the login pages fit without sideways scrolling", async ({ page }) => {
    const fits = async (what: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
    };
    await page.goto("/12345678");
    await fits("400 page");
    await loginAs(page, "Ola Flerfirma");
    await fits("picker");
    await page.getByRole("link", { name: /Fjellbekk Bakeri AS avd. Bergen/ }).click();
    await expect(activeParty(page)).toBeVisible();
    await fits("party header");
    await page.getByRole("button", { name: t.loggUt }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.loggetUt.overskrift })).toBeVisible();
    await fits("logged-out page");
  });
});
