import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { FAILING_PARTIES, SEED_ORGNR, STOR_ORGNR, findTestParty } from "../dev/testdata/parties";
import { findTestPerson } from "../dev/testdata/persons";
import { iDag } from "../lib/dato";
import { formatBeloep, formatKroner, formatOrgnr } from "../lib/format";
import type { Spraak } from "../lib/i18n/spraak";
import type { BetalteKravSide, InnbetalingerSide, TilgodeSide, UbetalteSide, UtbetalingerSide } from "../lib/krav-visning/visninger";
import { expectNoA11yViolations } from "./axe";
import { loginAs, type TestPersonName } from "./helpers/login";
import { forfaltUtenUtsatte, standinAapneKrav } from "./helpers/oversikt-data";
import { oversett, tekster } from "./helpers/tekster";

/**
 * Issue #17 on a phone: at 320, 360 and 414 px every amount of a list is on screen (not behind
 * a sideways scroller, not clipped), the page never scrolls sideways, every tab is in view, and
 * axe finds nothing; for Kari (the seed), Ola (Fjellbekk), Storvik (the large firm, through
 * Rita) and Rita's klientoversikt. The widths are set on the loaded page: the cards are CSS
 * only, so the same page reflows. The amounts expected come from the app's JSON routes (the same
 * rows in the same order as the page) and, for the summary and the clients, the stand-in's data.
 * A screenshot of each at 360 px is attached to the report.
 */

const BREDDER = [320, 360, 414] as const;
const FJELLBEKK = "311851381";
const kr = (n: number) => formatKroner(n);

type Visning = { navn: string; url: string; rad: string; beloep: string[][] };

/**
 * The texts on screen in each row matching `radSelector`: text that is rendered, has a size, and
 * lies inside the viewport and inside every box around it that clips or scrolls sideways.
 */
async function synligeTekster(page: Page, radSelector: string, idAttributt?: string): Promise<{ id: string | null; tekster: string[] }[]> {
  return page.evaluate(
    ([sel, attr]) => {
      const bredde = document.documentElement.clientWidth;
      const paaSkjermen = (node: Text): boolean => {
        const el = node.parentElement;
        if (!el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        let venstre = 0;
        let hoeyre = bredde;
        for (let a: Element | null = el; a; a = a.parentElement) {
          if (getComputedStyle(a).overflowX === "visible") continue;
          const b = a.getBoundingClientRect();
          venstre = Math.max(venstre, b.left);
          hoeyre = Math.min(hoeyre, b.right);
        }
        return r.left >= venstre - 1 && r.right <= hoeyre + 1;
      };
      return [...document.querySelectorAll(sel)].map((rad) => {
        const tekster: string[] = [];
        const w = document.createTreeWalker(rad, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) if (n.textContent?.trim() && paaSkjermen(n as Text)) tekster.push(n.textContent.trim());
        return { id: attr ? rad.getAttribute(attr) : null, tekster };
      });
    },
    [radSelector, idAttributt ?? ""] as const,
  );
}

async function passerBredden(page: Page, bredde: number, hva: string) {
  const { scroll, klient } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, klient: document.documentElement.clientWidth }));
  expect(scroll, `${hva} at ${bredde} px: the page must not scroll sideways`).toBeLessThanOrEqual(klient);
}

/** Every tab in view and wholly inside the width: no hidden scroller between the user and a tab. */
async function faneneSynlige(page: Page, bredde: number) {
  const faner = page.getByRole("tab");
  await expect(faner).toHaveCount(3);
  for (const fane of await faner.all()) {
    await expect(fane).toBeVisible();
    const boks = (await fane.boundingBox())!;
    expect(boks.x, `tab at ${bredde} px`).toBeGreaterThanOrEqual(0);
    expect(boks.x + boks.width, `tab at ${bredde} px`).toBeLessThanOrEqual(bredde);
  }
}

async function json<T>(page: Page, path: string): Promise<T> {
  const svar = await page.request.get(path);
  expect(svar.status(), path).toBe(200);
  return (await svar.json()) as T;
}

/** The lists of the overview with the amounts each row shows, for the most recent of four years that has any. */
async function visninger(page: Page, orgnr: string): Promise<Visning[]> {
  const api = `/api/part/${orgnr}`;
  const ubetalte = await json<UbetalteSide>(page, `${api}/aapnekrav`);
  const ut: Visning[] = [
    {
      navn: "ubetalte krav",
      url: `/${orgnr}`,
      rad: '[data-testid="ubetalt-krav"]',
      beloep: ubetalte.rader.map(({ krav }) => [kr(krav.opprinneligBeloep), kr(krav.gjenstaaendeBeloep), ...(krav.stipulerteRenter > 0 ? [kr(krav.stipulerteRenter)] : [])]),
    },
  ];
  const iAar = Number(iDag().slice(0, 4));
  const lister = [
    { navn: "betalte krav", sti: "krav", fane: "betalte&visning=krav", rad: "betalt-krav", beloep: (d: BetalteKravSide) => d.rader.map(({ krav }) => [kr(krav.opprinneligBeloep), kr(krav.gjenstaaendeBeloep)]) },
    { navn: "innbetalinger", sti: "innbetalinger", fane: "betalte&visning=innbetalinger", rad: "innbetaling", beloep: (d: InnbetalingerSide) => d.rader.map((i) => [kr(i.innbetaltBeloep)]) },
    { navn: "utbetalinger", sti: "utbetalinger", fane: "utbetalinger&visning=utbetalinger", rad: "utbetaling", beloep: (d: UtbetalingerSide) => d.rader.map((u) => [kr(u.utbetaltBeloep)]) },
    { navn: "tilgodebeløp", sti: "utbetalinger", ekstra: "&visning=tilgode", fane: "utbetalinger&visning=tilgode", rad: "tilgode", beloep: (d: TilgodeSide) => d.rader.map((r) => [kr(r.opprinneligBeloep), kr(r.utbetaltBeloep)]) },
  ] as const;
  for (const l of lister) {
    for (const aar of [iAar, iAar - 1, iAar - 2, iAar - 3]) {
      const data = await json<{ treff: number }>(page, `${api}/${l.sti}?aar=${aar}${"ekstra" in l ? l.ekstra : ""}`);
      if (data.treff === 0) continue;
      ut.push({ navn: `${l.navn} ${aar}`, url: `/${orgnr}?fane=${l.fane}&aar=${aar}`, rad: `[data-testid="${l.rad}"]`, beloep: (l.beloep as (d: unknown) => string[][])(data) });
      break;
    }
  }
  return ut;
}

/** The summary cards' four figures, from the stand-in's data. */
function kortBeloep(orgnr: string): string[] {
  const a = standinAapneKrav(orgnr);
  const t = a.totalOversikt;
  return [kr(forfaltUtenUtsatte(a)), kr(t.sumIkkeForfalteKrav), kr(t.sumStipulerteRenter), kr(t.saldo)];
}

async function skjermbilde(page: Page, testInfo: TestInfo, navn: string) {
  await testInfo.attach(`${navn} ${testInfo.project.name} 360px`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

async function sjekkOversikt(page: Page, testInfo: TestInfo, orgnr: string, navn: string) {
  const lister = await visninger(page, orgnr);
  expect(lister.length, "the party has more than its open claims to show").toBeGreaterThan(1);
  for (const v of lister) {
    await page.goto(v.url);
    if (v.beloep.length > 0) await expect(page.locator(v.rad).first()).toBeVisible();
    await expect(page.getByTestId("skjelett")).toHaveCount(0);
    for (const bredde of BREDDER) {
      await page.setViewportSize({ width: bredde, height: 900 });
      await passerBredden(page, bredde, `${navn}, ${v.navn}`);
      await faneneSynlige(page, bredde);
      const rader = await synligeTekster(page, v.rad);
      expect(rader.length, `${v.navn}: one card per row of the answer`).toBe(v.beloep.length);
      rader.forEach((r, i) => {
        for (const b of v.beloep[i]!) expect(r.tekster, `${navn}, ${v.navn}, row ${i + 1} at ${bredde} px`).toContain(b);
      });
      if (v.url === `/${orgnr}`) {
        const kort = (await synligeTekster(page, '[role="region"][aria-label="' + tekster.oversikt.kort.region + '"]'))[0]!.tekster;
        for (const b of kortBeloep(orgnr)) expect(kort, `${navn}: summary at ${bredde} px`).toContain(b);
        if (bredde === 360) await skjermbilde(page, testInfo, navn);
      }
    }
    await expectNoA11yViolations(page);
  }

  // An opened claim at 320 px: its details lie inside the width, with every due date's amounts on screen.
  await page.goto(`/${orgnr}`);
  await page.setViewportSize({ width: 320, height: 900 });
  const rad = page.getByTestId("ubetalt-krav").first();
  await rad.getByRole("button", { expanded: false }).click();
  const detaljer = page.getByTestId("kravdetaljer");
  await expect(detaljer).toBeVisible();
  await expect(page.getByTestId("forfallstabell")).toBeVisible();
  const boks = (await detaljer.boundingBox())!;
  expect(boks.x, "details not clipped on the left").toBeGreaterThanOrEqual(0);
  expect(boks.x + boks.width, "details not clipped on the right").toBeLessThanOrEqual(320);
  await passerBredden(page, 320, `${navn}, opened claim`);
  const foerste = (await json<UbetalteSide>(page, `/api/part/${orgnr}/aapnekrav`)).rader[0]!.krav;
  const terminer = await synligeTekster(page, '[data-testid="forfallstabell"] tbody tr');
  foerste.forfall.forEach((f, i) => {
    expect(terminer[i]!.tekster, `due date ${i + 1}`).toContain(kr(f.opprinneligBeloep));
    expect(terminer[i]!.tekster, `due date ${i + 1}`).toContain(kr(f.gjenstaaendeBeloep));
  });
  await expectNoA11yViolations(page);
}

const parter: { person: TestPersonName; orgnr: string; navn: string }[] = [
  { person: "Kari Nordmann", orgnr: SEED_ORGNR, navn: "Kari (Nordmann Eplepress)" },
  { person: "Ola Flerfirma", orgnr: FJELLBEKK, navn: "Ola (Fjellbekk Bakeri)" },
  { person: "Rita Regnskap", orgnr: STOR_ORGNR, navn: "Storvik" },
];

for (const p of parter) {
  test(`${p.navn} at 320, 360 and 414 px: cards with every amount, nothing sideways, all tabs in view, axe 0`, async ({ page }, testInfo) => {
    test.setTimeout(150_000);
    await loginAs(page, p.person, { returnTo: `/${p.orgnr}` });
    await sjekkOversikt(page, testInfo, p.orgnr, p.navn);
  });
}

test("Rita's klientoversikt at 320, 360 and 414 px: each client a card with name, org.nr., figures and status; nothing sideways; axe 0", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const rita = findTestPerson("15828510085")!;
  const feiler = new Set(FAILING_PARTIES.filter((p) => ["feil-kb002", "feil-das003", "feil-timeout", "feil-ugyldig"].includes(p.scenario)).map((p) => p.orgnr));
  const alle = rita.parties.map((p) => p.orgnr);
  await loginAs(page, "Rita Regnskap", { returnTo: "/klienter" });
  await expect(page.getByTestId("klienter-fremdrift")).toContainText(oversett("nb")("klienter.fremdrift", { hentet: alle.length, totalt: alle.length }), { timeout: 120_000 });
  const forventet = new Map(
    alle
      .filter((o) => !feiler.has(o))
      .map((o) => {
        const a = standinAapneKrav(o);
        const t = a.totalOversikt;
        return [o, [formatBeloep(forfaltUtenUtsatte(a)), formatBeloep(t.sumIkkeForfalteKrav), formatBeloep(t.sumStipulerteRenter), formatBeloep(t.saldo), formatBeloep(t.sumUplasserteInnbetalinger)]] as const;
      }),
  );
  for (const bredde of BREDDER) {
    await page.setViewportSize({ width: bredde, height: 900 });
    await passerBredden(page, bredde, "klientoversikt");
    const rader = await synligeTekster(page, '[data-testid="klient-rad"]', "data-orgnr");
    expect(rader.length).toBe(alle.length);
    for (const r of rader) {
      const orgnr = r.id!;
      expect(r.tekster, `${orgnr} at ${bredde} px: name and number`).toEqual(expect.arrayContaining([findTestParty(orgnr)!.name, formatOrgnr(orgnr)]));
      const beloep = forventet.get(orgnr);
      // A failing client's card says so (its error and reference are the other spec's business).
      if (beloep) for (const b of beloep) expect(r.tekster, `${orgnr} at ${bredde} px`).toContain(b);
      else expect(r.tekster.length, `${orgnr}: its status on screen`).toBeGreaterThan(2);
    }
    if (bredde === 360) await skjermbilde(page, testInfo, "Rita klientoversikt");
  }
  await expectNoA11yViolations(page);
});

test("the first screen at 1280×900: summary cards, then the tabs and the claims; the kravgruppe totals and the chart below the lists", async ({ page }) => {
  await loginAs(page, "Ola Flerfirma", { returnTo: `/${FJELLBEKK}` });
  await page.setViewportSize({ width: 1280, height: 900 });
  const y = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  const kort = await y(`[role="region"][aria-label="${tekster.oversikt.kort.region}"]`);
  const faner = await y('[role="tablist"]');
  const foersteKrav = await y('[data-testid="ubetalt-krav"]');
  const grupper = await y('[data-testid="kravgrupper"]');
  expect(kort).toBeLessThan(faner);
  expect(faner).toBeLessThan(foersteKrav);
  const fanelinje = (await page.locator('[role="tablist"]').boundingBox())!;
  expect(fanelinje.y + fanelinje.height, "the tabs on the first screen, right under the summary").toBeLessThan(900);
  expect(grupper, "the kravgruppe totals below the list").toBeGreaterThan(foersteKrav);
  const graf = page.getByTestId("forfallsgraf");
  if ((await graf.count()) > 0) expect(await y('[data-testid="forfallsgraf"]')).toBeGreaterThan(grupper);
});

test("Kari's chart would be one bar over eleven empty months: it is not shown, the claim list says it all", async ({ page }) => {
  await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}` });
  await expect(page.getByTestId("ubetalt-krav").first()).toBeVisible();
  const idag = iDag();
  const maaneder = new Set(
    standinAapneKrav(SEED_ORGNR)
      .krav.flatMap((k) => k.forfall)
      .filter((f) => f.gjenstaaendeBeloep > 0 && !f.utsattIverksettelse && f.forfallsdato >= idag)
      .map((f) => f.forfallsdato.slice(0, 7)),
  );
  expect(maaneder.size, "the seed's open due dates fall in fewer than two months").toBeLessThan(2);
  await expect(page.getByTestId("forfallsgraf")).toHaveCount(0);
});

/**
 * The hanging party (Treig Logistikk, dev/testdata) through a client navigation from the party
 * picker: the skeleton, words after 3 s, then, at the 8 s budget, the error with its reference
 * and «Prøv igjen». Another spec's visit may have just opened the circuit breaker for Treig
 * (then the error comes at once): wait out the breaker's window (3 s in the e2e config) and go again.
 */
for (const spraak of ["nb", "en"] as const satisfies Spraak[]) {
  test(`waiting for a slow Skatteetaten (${spraak}): words after 3 s, then the error with its reference and a retry`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const tr = oversett(spraak);
    const treig = FAILING_PARTIES.find((p) => p.scenario === "feil-timeout")!;
    await page.context().addCookies([{ name: "spraak", value: spraak, url: baseURL! }]);
    await loginAs(page, "Rita Regnskap", { returnTo: "/velg-virksomhet" });
    const ord = page.getByText(tr("venting.tregt"));
    const referanse = page.getByTestId("korrelasjonsid");
    for (let forsoek = 1; ; forsoek++) {
      await page.getByRole("searchbox", { name: tr("innlogging.velg.sok") }).fill(treig.name);
      const start = Date.now();
      await page.getByRole("link", { name: new RegExp(treig.name) }).click();
      await expect(page.getByTestId("oversikt-laster").or(referanse)).toBeVisible({ timeout: 10_000 });
      await expect(ord.or(referanse)).toBeVisible({ timeout: 15_000 });
      if (await ord.isVisible()) {
        expect(Date.now() - start, "the words come after about 3 s, not at once").toBeGreaterThanOrEqual(2_900);
        break;
      }
      expect(forsoek, "the breaker's window passes").toBeLessThan(3);
      await page.waitForTimeout(3_500);
      await page.goBack();
    }
    await expect(page.getByTestId("tregt-svar")).toHaveAttribute("role", "status");
    // The budget ends the wait: the error, its reference to quote, and the way to try again.
    await expect(referanse).toHaveText(/^KOB-[0-9A-F]{12}$/, { timeout: 15_000 });
    await expect(page.getByRole("heading", { name: tr("oversikt.feil.overskrift", { hva: tr("oversikt.feil.hva.aapnekrav") }) })).toBeVisible();
    await expect(page.getByRole("button", { name: tr("oversikt.feil.proevIgjen") })).toBeVisible();
    await expect(ord).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
}
