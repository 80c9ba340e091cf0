import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { CLIENT_PARTIES, FAILING_PARTIES, SEED_ORGNR } from "../dev/testdata/parties";
import { hurtigvalg } from "../lib/kontoutskrift/periode";
import { forventet, standInData } from "../lib/kontoutskrift/standin-fixtures";
import { formatDato, iDag } from "../lib/dato";
import type { Spraak } from "../lib/i18n/spraak";
import { meldinger } from "../lib/tekster";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";
import { oversett, tekster } from "./helpers/tekster";
import { RAA_DATO, RAA_TALL, VIST_BELOEP, VIST_DATO, VIST_DATO_EN, isoFraRaa, lesXlsx, type Ark } from "./helpers/xlsx";

const t = tekster.kontoutskrift;
const nb = oversett("nb");
const f = t.fil;
const side = (orgnr: string) => `/${orgnr}/kontoutskrift`;
const VANLIG = CLIENT_PARTIES.find((p) => p.scenario === "vanlig")!;

async function velgPeriode(page: Page, fra: string, til: string) {
  await page.getByRole("radio", { name: new RegExp(`^${t.skjema.hurtigvalgEgen}`) }).check();
  await page.getByRole("textbox", { name: t.skjema.fraOgMed }).fill(fra);
  await page.getByRole("textbox", { name: t.skjema.tilOgMed }).fill(til);
}

async function lastNed(page: Page, testInfo: TestInfo) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.skjema.lastNed }).click()]);
  const fil = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(fil);
  await expect(page.getByRole("status")).toContainText(nb("kontoutskrift.skjema.ferdig", { filnavn: download.suggestedFilename() }));
  return { navn: download.suggestedFilename(), ark: await lesXlsx(fil) };
}

/** Data rows: everything between the header and the sum row (or the "no rows" line). */
function data(ark: Ark, felt: "raa" | "vist" = "raa"): string[][] {
  return ark[felt].slice(1).filter((r) => r[0] !== f.sum && r[0] !== f.ingenRader && r.some((c) => c !== ""));
}
function sumRad(ark: Ark): string[] | undefined {
  return ark.raa.find((r) => r[0] === f.sum);
}
const naer = (a: string | undefined, b: number) => expect(Math.abs(Number(a) - b), `${a} ≈ ${b}`).toBeLessThan(0.005);

/** Checks every sheet of a statement against the stand-in's data for the same party and period. */
function sjekkMotData(ark: Map<string, Ark>, orgnr: string, periode: { fraOgMed: string; tilOgMed: string }) {
  const venter = forventet(standInData(orgnr, periode), periode);
  expect([...ark.keys()].sort()).toEqual([f.ark.gjelder, f.ark.krav, f.ark.motregning, f.ark.transaksjoner, f.ark.utbetalinger].sort());

  const krav = ark.get(f.ark.krav)!;
  expect(krav.raa[0]).toEqual([
    f.krav.aar, f.krav.periode, f.krav.kravgruppe, f.krav.kravbeskrivelse, f.krav.dato, f.krav.debetKredit,
    nb("kontoutskrift.fil.krav.restbeloep", { dato: formatDato(periode.tilOgMed) }), nb("kontoutskrift.fil.krav.renter", { dato: formatDato(periode.tilOgMed) }),
    f.krav.fastsettingsmaate, f.krav.innbetaltFra, f.krav.kid, f.krav.innbetaltTil, nb("kontoutskrift.fil.krav.restbeloepIDag", { dato: formatDato(iDag()) }),
  ]);
  const kravRader = data(krav);
  expect(kravRader).toHaveLength(venter.kravRader);
  const vist = data(krav, "vist");
  kravRader.forEach((r, i) => {
    expect(r[4], "Dato is a date cell").toMatch(RAA_DATO);
    expect(isoFraRaa(r[4]!) >= periode.fraOgMed && isoFraRaa(r[4]!) <= periode.tilOgMed, "in the period").toBe(true);
    expect(r[5], "Debet/Kredit is a number cell").toMatch(RAA_TALL);
    expect(r[6], "Restbeløp is a number cell").toMatch(RAA_TALL);
    if (r[10]) expect(r[10], "KID stays text, every digit").toMatch(/^\d{2,25}$/);
    expect(vist[i]![4], "shown dd.mm.yyyy").toMatch(VIST_DATO);
    expect(vist[i]![5], "shown with two decimals").toMatch(VIST_BELOEP);
  });
  const datoer = kravRader.map((r) => isoFraRaa(r[4]!));
  expect(datoer, "date order").toEqual([...datoer].sort());
  expect(kravRader.filter((r) => r[3]!.startsWith("Innbetaling")).every((r) => Number(r[5]) < 0), "payments are credits").toBe(true);
  naer(sumRad(krav)?.[5], venter.kravDebetKredit);

  const transaksjoner = ark.get(f.ark.transaksjoner)!;
  expect(data(transaksjoner)).toHaveLength(venter.transaksjonRader);
  naer(sumRad(transaksjoner)?.[7], venter.innbetalt);
  const utbetalinger = ark.get(f.ark.utbetalinger)!;
  expect(data(utbetalinger)).toHaveLength(venter.utbetalingRader);
  if (venter.utbetalingRader) naer(sumRad(utbetalinger)?.[4], venter.utbetalt);
  const motregning = ark.get(f.ark.motregning)!;
  expect(data(motregning)).toHaveLength(venter.motregningRader);
  if (venter.motregningRader) naer(sumRad(motregning)?.[8], venter.motregnet);
  return venter;
}

test.describe("kontoutskrift: download and read back", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the file is the same on every screen: downloaded and read once, on desktop");
    test.setTimeout(120_000);
  });

  test("Kari Nordmann downloads her firm's statement for 2019–2021: the seed's rows, every sheet matches the data", async ({ page }, testInfo) => {
    await loginAs(page, "Kari Nordmann", { returnTo: side(SEED_ORGNR) });
    await expect(page.getByRole("heading", { level: 1, name: t.side.tittel })).toBeVisible();
    await velgPeriode(page, "01.01.2019", "31.12.2021");
    const { navn, ark } = await lastNed(page, testInfo);
    expect(navn).toBe(`kontoutskrift-${SEED_ORGNR}-2019-01-01-2021-12-31.xlsx`);
    sjekkMotData(ark, SEED_ORGNR, { fraOgMed: "2019-01-01", tilOgMed: "2021-12-31" });

    // The seed's rows, as the seed shows them (dates and amounts as shown in the file).
    const krav = data(ark.get(f.ark.krav)!, "vist");
    const finn = (beskrivelse: string, dato: string) => krav.find((r) => r[3] === beskrivelse && r[4] === dato);
    expect(finn("Restskatt, person - 2018", "26.09.2019")?.slice(0, 6)).toEqual(["2018", "", "Skatt", "Restskatt, person - 2018", "26.09.2019", "14,607.00"]);
    expect(finn("Mva-melding", "10.02.2021")?.[1]).toBe("06");
    expect(finn("Mva-melding", "10.02.2021")?.[8]).toBe("EGENFASTSATT");
    const ocr = krav.find((r) => r[4] === "22.02.2021" && r[3]!.startsWith("Innbetaling"));
    expect(ocr?.[5]).toBe("-2,500.00");
    expect(ocr?.[9]).toMatch(/^[x*]{6}11111$/);
    expect(ocr?.[10]).toBe("1399848909419704");

    // Kontoutskrift gjelder: who, the period, by whom, and the totals as the overview has them.
    const gjelder = new Map(ark.get(f.ark.gjelder)!.raa.map((r) => [r[0], r[1]]));
    expect(gjelder.get(f.gjelder.virksomhet)).toBe("Nordmann Eplepress ENK");
    expect(gjelder.get(f.gjelder.orgnr)).toBe(SEED_ORGNR);
    expect(gjelder.get(f.gjelder.fraOgMed)).toBe("01/01/2019");
    expect(gjelder.get(f.gjelder.lagetAv)).toBe("Kari Nordmann");
    const total = standInData(SEED_ORGNR, { fraOgMed: "2019-01-01", tilOgMed: "2021-12-31" }).aapne.totalOversikt;
    naer(gjelder.get(f.gjelder.forfalt), total.sumForfalteKrav);
    naer(gjelder.get(f.gjelder.saldo), total.saldo);
    expect(total.sumForfalteKrav, "the seed's overdue forskuddsskatt").toBeGreaterThanOrEqual(448_600);
  });

  test("Rita Regnskap downloads two years for a client with the quick choice and the keyboard", async ({ page }, testInfo) => {
    await loginAs(page, "Rita Regnskap", { returnTo: side(VANLIG.orgnr) });
    await expect(page.getByRole("main").getByText(VANLIG.name)).toBeVisible();
    await velgPeriode(page, "01.01.2024", "31.12.2025");
    await page.getByRole("textbox", { name: t.skjema.tilOgMed }).focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("checkbox", { name: t.arkValg.krav })).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.skjema.lastNed }).press("Enter")]);
    const fil = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(fil);
    expect(download.suggestedFilename()).toBe(`kontoutskrift-${VANLIG.orgnr}-2024-01-01-2025-12-31.xlsx`);
    const venter = sjekkMotData(await lesXlsx(fil), VANLIG.orgnr, { fraOgMed: "2024-01-01", tilOgMed: "2025-12-31" });
    expect(venter.kravRader, "two years of an ordinary firm").toBeGreaterThan(20);
  });

  test("only the sheets asked for", async ({ page }, testInfo) => {
    await loginAs(page, "Kari Nordmann", { returnTo: side(SEED_ORGNR) });
    await page.getByRole("radio", { name: new RegExp(`^${t.skjema.iFjor}`) }).check();
    await page.getByRole("checkbox", { name: t.arkValg.krav }).uncheck();
    await page.getByRole("checkbox", { name: t.arkValg.transaksjoner }).uncheck();
    const { navn, ark } = await lastNed(page, testInfo);
    const iFjor = hurtigvalg(iDag()).iFjor;
    expect(navn).toBe(`kontoutskrift-${SEED_ORGNR}-${iFjor.fraOgMed}-${iFjor.tilOgMed}.xlsx`);
    expect([...ark.keys()].sort()).toEqual([f.ark.gjelder, f.ark.motregning, f.ark.utbetalinger].sort());
  });
});

test.describe("kontoutskrift: the form", () => {
  test("the button shows progress and stays usable: pressing it again starts over, and one file comes", async ({ page }) => {
    await loginAs(page, "Kari Nordmann", { returnTo: side(SEED_ORGNR) });
    let foerste = true;
    await page.route("**/api/part/*/kontoutskrift?*", async (route) => {
      const res = await route.fetch();
      if (foerste) {
        foerste = false;
        await new Promise((r) => setTimeout(r, 2000)); // the first attempt is slow
      }
      await route.fulfill({ response: res }).catch(() => undefined); // aborted by the second press
    });
    const nedlastinger: string[] = [];
    page.on("download", (d) => nedlastinger.push(d.suggestedFilename()));
    await page.getByRole("button", { name: t.skjema.lastNed }).click();
    const underveis = page.getByRole("button", { name: t.skjema.lager });
    await expect(underveis).toBeEnabled();
    await expect(page.getByRole("status")).toHaveText(t.skjema.lagerHjelp);
    await underveis.click();
    await expect(page.getByRole("status")).toContainText(nb("kontoutskrift.skjema.ferdig", { filnavn: "" }), { timeout: 15_000 });
    await page.waitForTimeout(2500);
    expect(nedlastinger).toHaveLength(1);
    await expect(page.getByRole("button", { name: t.skjema.lastNed })).toBeEnabled();
  });

  test("has no accessibility violations and fits a 320 px screen", async ({ page }) => {
    await loginAs(page, "Kari Nordmann", { returnTo: side(SEED_ORGNR) });
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(page.getByRole("heading", { level: 1, name: t.side.tittel })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling").toBeLessThanOrEqual(320);
    await expectNoA11yViolations(page);
  });

  test("refuses a bad period in the form, with a summary that leads to the field", async ({ page }) => {
    await loginAs(page, "Kari Nordmann", { returnTo: side(SEED_ORGNR) });
    let kall = 0;
    page.on("request", (r) => void (r.url().includes("/api/part/") && kall++));
    await velgPeriode(page, "01.06.2024", "01.05.2024");
    await page.getByRole("button", { name: t.skjema.lastNed }).click();
    await expect(page.locator(":focus"), "focus moves to the error summary").toContainText(t.feil.oppsummering);
    await expect(page.getByRole("link", { name: t.feil.fraEtterTil })).toBeVisible();
    await page.getByRole("link", { name: t.feil.fraEtterTil }).click();
    await expect(page.getByRole("textbox", { name: t.skjema.fraOgMed })).toBeFocused();

    await velgPeriode(page, "01.01.2017", "31.12.2017");
    await page.getByRole("button", { name: t.skjema.lastNed }).click();
    await expect(page.getByText(nb("kontoutskrift.feil.foerTidligste", { dato: "01.01.2018" })).first()).toBeVisible();
    await velgPeriode(page, "01.01.2024", "31.12.2099");
    await page.getByRole("button", { name: t.skjema.lastNed }).click();
    await expect(page.getByText(t.feil.iFremtiden).first()).toBeVisible();
    expect(kall, "nothing sent").toBe(0);
    await expectNoA11yViolations(page);
  });

  test("an upstream failure shows what happened and the korrelasjonsid, and the button works again", async ({ page }) => {
    const feilende = FAILING_PARTIES.find((p) => p.scenario === "feil-kb002")!;
    await loginAs(page, "Rita Regnskap", { returnTo: side(feilende.orgnr) });
    await page.getByRole("button", { name: t.skjema.lastNed }).click();
    const alert = page.getByRole("alert").filter({ hasText: t.feil.tittel });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText(t.feil.ikkeDinFeil);
    await expect(alert.getByTestId("korrelasjonsid")).toHaveText(/^[0-9a-f-]{36}$/);
    await expect(page.getByRole("button", { name: t.skjema.lastNed })).toBeEnabled();
  });
});

/** The page and the file in the language chosen in the header (the cookie), after logging in in bokmål. */
async function velgSpraak(page: Page, spraak: Spraak, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "spraak", value: spraak, url: baseURL! }]);
}

test.describe("kontoutskrift: nynorsk and English", () => {
  for (const spraak of ["nn", "en"] as const) {
    test(`the form in ${spraak}: texts, dates as the language writes them, a refused period, and no axe violations`, async ({ page, baseURL }) => {
      const tekst = meldinger[spraak].kontoutskrift;
      const tr = oversett(spraak);
      await loginAs(page, "Kari Nordmann");
      await velgSpraak(page, spraak, baseURL);
      await page.goto(side(SEED_ORGNR));
      await expect(page.locator("html")).toHaveAttribute("lang", spraak);
      await expect(page).toHaveTitle(new RegExp(tekst.side.tittel));
      await expect(page.getByRole("heading", { level: 1, name: tekst.side.tittel })).toBeVisible();
      await expect(page.getByRole("link", { name: tekst.side.tilbake })).toBeVisible();
      await expect(page.getByRole("checkbox", { name: tekst.arkValg.transaksjoner })).toBeChecked();
      // The quick choices and the date fields in the language's date format.
      const iFjor = hurtigvalg(iDag()).iFjor;
      await expect(page.getByRole("radio", { name: new RegExp(`^${tekst.skjema.iFjor}`) })).toBeVisible();
      await expect(page.getByText(`${formatDato(iFjor.fraOgMed, spraak)}–${formatDato(iFjor.tilOgMed, spraak)}`)).toBeVisible();
      await page.getByRole("radio", { name: new RegExp(`^${tekst.skjema.iFjor}`) }).check();
      await expect(page.getByRole("textbox", { name: tekst.skjema.fraOgMed })).toHaveValue(formatDato(iFjor.fraOgMed, spraak));
      await expect(page.getByRole("button", { name: tekst.skjema.lastNed })).toBeVisible();
      await expectNoA11yViolations(page);

      // A period before the first data: the message names the date in the language's format.
      await page.getByRole("radio", { name: new RegExp(`^${tekst.skjema.hurtigvalgEgen}`) }).check();
      await page.getByRole("textbox", { name: tekst.skjema.fraOgMed }).fill(formatDato("2017-01-01", spraak));
      await page.getByRole("textbox", { name: tekst.skjema.tilOgMed }).fill(formatDato("2017-12-31", spraak));
      await page.getByRole("button", { name: tekst.skjema.lastNed }).click();
      await expect(page.locator(":focus")).toContainText(tekst.feil.oppsummering);
      await expect(page.getByRole("link", { name: tr("kontoutskrift.feil.foerTidligste", { dato: formatDato("2018-01-01", spraak) }) })).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }

  test("an English statement: downloaded from the English form, its sheets, headers and notes are English", async ({ page, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the file is the same on every screen: downloaded and read once, on desktop");
    test.setTimeout(120_000);
    const en = meldinger.en.kontoutskrift;
    const tr = oversett("en");
    await loginAs(page, "Kari Nordmann");
    await velgSpraak(page, "en", baseURL);
    await page.goto(side(SEED_ORGNR));
    await page.getByRole("radio", { name: new RegExp(`^${en.skjema.hurtigvalgEgen}`) }).check();
    await page.getByRole("textbox", { name: en.skjema.fraOgMed }).fill("01/01/2019");
    await page.getByRole("textbox", { name: en.skjema.tilOgMed }).fill("31/12/2021");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: en.skjema.lastNed }).click()]);
    const navn = download.suggestedFilename();
    expect(navn).toBe(`account-statement-${SEED_ORGNR}-2019-01-01-2021-12-31.xlsx`);
    await expect(page.getByRole("status")).toContainText(tr("kontoutskrift.skjema.ferdig", { filnavn: navn }));
    const fil = testInfo.outputPath(navn);
    await download.saveAs(fil);
    const ark = await lesXlsx(fil);

    expect([...ark.keys()].sort()).toEqual(["About this statement", "Claims", "Payouts", "Set-off", "Transactions"].sort());
    const krav = ark.get("Claims")!;
    expect(krav.raa[0]).toEqual([
      "Year", "Period", "Claim group", "Claim description", "Date", "Debit (+)/Credit (-)",
      "Remaining amount as of 31/12/2021", "Accrued interest as of 31/12/2021", "Assessment method", "Paid from", "KID", "Paid to",
      `Remaining amount today (${formatDato(iDag(), "en")})`,
    ]);
    expect(ark.get("Transactions")!.raa[0]!.slice(0, 3)).toEqual([en.fil.transaksjoner.innbetalingsdato, en.fil.transaksjoner.transaksjon, en.fil.transaksjoner.beskrivelse]);
    expect(ark.get("Payouts")!.raa[0]![0]).toBe(en.fil.utbetalinger.utbetaltdato);
    expect(ark.get("Set-off")!.raa[0]!.at(-1)).toBe(en.fil.motregning.beloep);
    // The rows: date cells shown dd/mm/yyyy, amounts as numbers, the payments and the sum row in English.
    const rader = krav.raa.slice(1).filter((r) => r[0] !== en.fil.sum && r.some((c) => c !== ""));
    const vist = krav.vist.slice(1, rader.length + 1);
    expect(rader.length).toBe(forventet(standInData(SEED_ORGNR, { fraOgMed: "2019-01-01", tilOgMed: "2021-12-31" }), { fraOgMed: "2019-01-01", tilOgMed: "2021-12-31" }).kravRader);
    for (const [i, r] of rader.entries()) {
      expect(r[4]).toMatch(RAA_DATO);
      expect(vist[i]![4], "shown dd/mm/yyyy").toMatch(VIST_DATO_EN);
      expect(r[5]).toMatch(RAA_TALL);
    }
    expect(rader.some((r) => r[3]!.startsWith(en.fil.krav.innbetaling)), "payment rows say Payment").toBe(true);
    expect(krav.raa.some((r) => r.includes(en.fil.sum))).toBe(true);
    const gjelder = new Map(ark.get("About this statement")!.raa.map((r) => [r[0], r[1]]));
    expect(gjelder.get(en.fil.gjelder.virksomhet)).toBe("Nordmann Eplepress ENK");
    expect(gjelder.get(en.fil.gjelder.lagetAv)).toBe("Kari Nordmann");
    expect(gjelder.has(tr("kontoutskrift.fil.gjelder.summerOverskrift", { dato: formatDato(iDag(), "en") }))).toBe(true);
    expect(gjelder.get(en.fil.ark.krav)).toBe(en.fil.gjelder.innhold.krav);
    const gjelderVist = new Map(ark.get("About this statement")!.vist.map((r) => [r[0], r[1]]));
    expect(gjelderVist.get(en.fil.gjelder.fraOgMed)).toBe("01/01/2019");
  });
});
