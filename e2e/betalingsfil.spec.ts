import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { PUBLISERT_ORGNR, SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { standardUtfoerelsesdato } from "../lib/betal/betalingsfil-skjema";
import { formatDato, iDag } from "../lib/dato";
import { formatKroner } from "../lib/format";
import type { AapneKrav } from "../lib/kravogbetalinger/model";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";
import { standinAapneKrav } from "./helpers/oversikt-data";
import { publisertAapneKrav } from "./helpers/publisert";
import { oversett, tekster } from "./helpers/tekster";

/**
 * The bank payment file (ISO 20022 pain.001.001.03) downloaded from the pay page, validated with
 * xmllint against the published schema (dev/iso20022, a copy of shared/contract/iso20022) and
 * read back: every transfer's amount and KID against the stand-in's data (computed here, not by
 * lib/betal) and against what the page shows. The seed party (Kari Nordmann) and the large one
 * (Storvik, 5 200 appealed vektårsavgift lines, taken in with «Ta med … utsatt»).
 */

const t = tekster.betalingsfil;
const nb = oversett("nb");
const XSD = join(process.cwd(), "dev", "iso20022", "pain.001.001.03.xsd");
/** A valid account number (mod 11) to pay from; the same with its last digit changed fails. */
const FRA_KONTO = "1503 20 80119";
const FEIL_KONTO = "1503 20 80118";

type Fil = { xml: string; beloep: number[]; kid: string[]; nbOfTxs: string[]; ctrlSum: string[]; reqdExctnDt: string; dbtrKonto: string };

function lesFil(path: string): Fil {
  const xml = readFileSync(path, "utf8");
  // the real validator: throws (and fails the test) with xmllint's complaint when the file is not valid
  execFileSync("xmllint", ["--noout", "--schema", XSD, path], { stdio: "pipe" });
  const alle = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((m) => m[1]!);
  return {
    xml,
    beloep: alle("InstdAmt").map((b) => Math.round(Number(b) * 100)),
    kid: alle("Ref"),
    nbOfTxs: alle("NbOfTxs"),
    ctrlSum: alle("CtrlSum"),
    reqdExctnDt: alle("ReqdExctnDt")[0]!,
    dbtrKonto: /<DbtrAcct><Id><Othr><Id>(\d+)<\/Id>/.exec(xml)?.[1] ?? "",
  };
}

/** øre per KID, from the file's transfers. */
function perKid(fil: Fil): Map<string, number> {
  const m = new Map<string, number>();
  fil.kid.forEach((k, i) => m.set(k, (m.get(k) ?? 0) + fil.beloep[i]!));
  return m;
}

/** The open due dates a selection covers, from the stand-in's data: øre per KID and the count. */
function forventet(a: AapneKrav, medUtsatte: boolean, idag = iDag()) {
  const forfall = a.krav.flatMap((k) => k.forfall).filter((f) => f.gjenstaaendeBeloep > 0 && f.forfallsdato < idag && (medUtsatte || !f.utsattIverksettelse) && f.betalingsinformasjon?.kid);
  const kid = new Map<string, number>();
  for (const f of forfall) kid.set(f.betalingsinformasjon!.kid!, (kid.get(f.betalingsinformasjon!.kid!) ?? 0) + Math.round(f.gjenstaaendeBeloep * 100));
  return { antall: forfall.length, kid, sumOere: [...kid.values()].reduce((s, v) => s + v, 0) };
}

async function lastNed(page: Page, testInfo: TestInfo): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("last-ned-betalingsfil").click()]);
  expect(download.suggestedFilename()).toMatch(/^betalingsfil-\d{9}-\d{4}-\d{2}-\d{2}\.xml$/);
  const fil = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(fil);
  return fil;
}

const xmlSum = (oere: number) => `${Math.floor(oere / 100)}.${String(oere % 100).padStart(2, "0")}`;

test.describe("the seed party (Kari Nordmann): the payment file for all overdue", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}/betal?utvalg=forfalte` });
  });

  test("download with an account and a date: valid pain.001, one transfer per due date, amounts and KIDs as the page and the stand-in say", async ({ page }, testInfo) => {
    const f = forventet(standinAapneKrav(SEED_ORGNR), false);
    expect(f.antall, "the seed has overdue due dates with a KID").toBeGreaterThan(0);
    const seksjon = page.getByTestId("betalingsfil");
    await expect(seksjon.getByRole("heading", { level: 2 })).toHaveText(t.skjema.overskrift);
    await expect(page.getByTestId("betalingsfil-antall")).toHaveText(nb("betalingsfil.skjema.antall", { antall: f.antall, sum: formatKroner(f.sumOere / 100) }));
    const dato = standardUtfoerelsesdato(iDag());
    await expect(page.getByLabel(t.skjema.betalingsdato, { exact: true })).toHaveValue(formatDato(dato));
    await page.getByLabel(t.skjema.fraKonto).fill(FRA_KONTO);

    const fil = lesFil(await lastNed(page, testInfo));
    expect(fil.nbOfTxs).toEqual([String(f.antall), String(f.antall)]);
    expect(fil.ctrlSum).toEqual([xmlSum(f.sumOere), xmlSum(f.sumOere)]);
    expect(fil.beloep.reduce((s, b) => s + b, 0)).toBe(f.sumOere);
    expect(perKid(fil)).toEqual(f.kid);
    expect(fil.reqdExctnDt).toBe(dato);
    expect(fil.dbtrKonto).toBe("15032080119");
    expect(fil.xml).toContain("<Cd>SCOR</Cd>");

    // what the page shows: one card per claim and KID, with the same amount as the file's transfers for that KID
    const kort = page.getByTestId("betalingslinje");
    const kidPaaSiden = await kort.getByTestId("linje-kid").allTextContents();
    const beloepPaaSiden = await kort.getByTestId("linje-beloep").allTextContents();
    expect([...kidPaaSiden].sort()).toEqual([...perKid(fil).keys()].sort());
    for (const [i, kid] of kidPaaSiden.entries()) expect(beloepPaaSiden[i], kid).toBe(formatKroner(perKid(fil).get(kid)! / 100));

    // a second file has a new message id (banks refuse one they have seen)
    const igjen = lesFil(await lastNed(page, testInfo));
    const msgId = (x: string) => /<MsgId>([^<]+)<\/MsgId>/.exec(x)![1];
    expect(msgId(igjen.xml)).not.toBe(msgId(fil.xml));
  });

  test("a wrong account: refused in words at the field and in a summary that takes the focus, no file; the route answers 400 with the reason, never 500", async ({ page, baseURL }) => {
    let lastetNed = false;
    page.on("download", () => (lastetNed = true));
    const felt = page.getByLabel(t.skjema.fraKonto);
    await felt.fill(FEIL_KONTO);
    await page.getByTestId("last-ned-betalingsfil").click();
    const oppsummering = page.getByTestId("betalingsfil-feil");
    // Aksel's summary hands its focus on to its heading, so a screen reader reads it first
    await expect(oppsummering.getByRole("heading", { name: t.skjema.feiloppsummering })).toBeFocused();
    await expect(oppsummering).toContainText(t.feil.kontoKontrollsiffer);
    await expect(felt).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("betalingsfil")).toContainText(t.feil.kontoKontrollsiffer);
    await expectNoA11yViolations(page, '[data-testid="betalingsfil"]');
    // the summary's link leads to the field, by keyboard
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(felt).toBeFocused();
    await felt.fill("1503 20 8011");
    await page.keyboard.press("Enter");
    await expect(oppsummering).toContainText(t.feil.kontoLengde);
    expect(lastetNed).toBe(false);

    const url = `/api/part/${SEED_ORGNR}/betalingsfil?utvalg=forfalte`;
    const dato = formatDato(standardUtfoerelsesdato(iDag()));
    const feil = await page.request.post(url, { form: { fraKonto: FEIL_KONTO, betalingsdato: dato }, headers: { origin: baseURL! } });
    expect(feil.status()).toBe(400);
    const svar = await feil.json();
    expect(svar.kode).toBe("UGYLDIG_SKJEMA");
    expect(svar.feil).toEqual([{ felt: "fraKonto", kode: "kontoKontrollsiffer", melding: t.feil.kontoKontrollsiffer }]);
    const tom = await page.request.post(url, { headers: { origin: baseURL! } });
    expect(tom.status()).toBe(400);
    expect((await tom.json()).feil.map((x: { kode: string }) => x.kode)).toEqual(["kontoTom", "datoTom"]);
    const helg = await page.request.post(url, { form: { fraKonto: FRA_KONTO, betalingsdato: "01.01.2000" }, headers: { origin: baseURL! } });
    expect((await helg.json()).feil[0].kode).toBe("datoFoerIDag");
    // a browser posting the form itself (no JavaScript) gets a page with the reason and the way back
    const side = await page.request.post(url, { form: { fraKonto: FEIL_KONTO, betalingsdato: dato }, headers: { origin: baseURL!, accept: "text/html" } });
    expect(side.status()).toBe(400);
    const html = await side.text();
    expect(html).toContain(t.feil.kontoKontrollsiffer);
    expect(html).toContain(`href="/${SEED_ORGNR}/betal?utvalg=forfalte"`);
    // from another site: refused before anything is fetched
    const fremmed = await page.request.post(url, { form: { fraKonto: FRA_KONTO, betalingsdato: dato }, headers: { origin: "https://evil.example" } });
    expect(fremmed.status()).toBe(403);
    // the account and KIDs never appear in the URL
    expect(page.url()).not.toContain("15032080");
  });

  test("the pay page with the payment file has no axe violations", async ({ page }) => {
    await expect(page.getByTestId("betalingsfil")).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe("a chosen set (the published example's party, Ola Flerfirma)", () => {
  test("untick a claim: the count follows, and the file has only the ticked claims' KIDs", async ({ page }, testInfo) => {
    const f = forventet(publisertAapneKrav(), false);
    await loginAs(page, "Ola Flerfirma", { returnTo: `/${PUBLISERT_ORGNR}/betal?utvalg=forfalte` });
    const valg = page.getByTestId("betalingsfil-valg");
    await expect(valg).toHaveCount(f.kid.size);
    const foerste = valg.first();
    await expect(foerste).toBeChecked();
    await foerste.uncheck();
    const antallIgjen = await page.getByTestId("betalingsfil-antall").textContent();
    expect(antallIgjen).not.toBe(nb("betalingsfil.skjema.antall", { antall: f.antall, sum: formatKroner(f.sumOere / 100) }));
    await page.getByLabel(t.skjema.fraKonto).fill(FRA_KONTO);
    const fil = lesFil(await lastNed(page, testInfo));
    expect(fil.kid.length).toBeLessThan(f.antall);
    expect(new Set(fil.kid).size).toBe(f.kid.size - 1);
    for (const kid of fil.kid) expect(f.kid.has(kid)).toBe(true);

    await valg.nth(1).uncheck();
    for (let i = 2; i < f.kid.size; i++) await valg.nth(i).uncheck();
    await page.getByTestId("last-ned-betalingsfil").click();
    await expect(page.getByTestId("betalingsfil-feil")).toContainText(t.feil.ingenValgt);
  });
});

test.describe("the large party (Storvik, 5 200 appealed lines): a summary on the page and in the PDF, every line in the payment file", () => {
  test.beforeEach(async ({ page }) => {
    test.setTimeout(90_000);
    await loginAs(page, "Rita Regnskap", { returnTo: `/${STOR_ORGNR}/betal?utvalg=forfalte` });
  });

  test("appealed claims are out by default; ticked in: a summary table, a pointer to the file, and a valid file with all 5 200 transfers", async ({ page }, testInfo) => {
    const data = standinAapneKrav(STOR_ORGNR);
    const f = forventet(data, true);
    const utenUtsatte = forventet(data, false);
    expect(f.antall, "Storvik has more than 5 000 appealed due dates").toBeGreaterThan(5000);
    if (utenUtsatte.antall === 0) await expect(page.getByTestId("betal-ingenting")).toContainText(t.utvalg.utsatteUte);

    const velger = page.getByTestId("betal-utvalg");
    await velger.getByRole("checkbox", { name: t.utvalg.medUtsatte }).check();
    await velger.getByRole("button", { name: t.utvalg.knapp }).click();
    await expect(page).toHaveURL(/medUtsatte=1/);
    await expect(page.getByTestId("betal-mange")).toContainText(nb("betalingsfil.mange", { antall: f.kid.size }));
    await expect(page.getByTestId("betalingslinje")).toHaveCount(0);
    const sammendrag = page.getByTestId("betal-sammendrag");
    await expect(sammendrag.getByTestId("sammendrag-sum")).toHaveText(formatKroner(f.sumOere / 100));
    await expect(page.getByTestId("betalingsfil-antall")).toHaveText(nb("betalingsfil.skjema.antall", { antall: f.antall, sum: formatKroner(f.sumOere / 100) }));
    await expectNoA11yViolations(page);

    await page.getByLabel(t.skjema.fraKonto).fill(FRA_KONTO);
    const fil = lesFil(await lastNed(page, testInfo));
    expect(fil.nbOfTxs).toEqual([String(f.antall), String(f.antall)]);
    expect(fil.ctrlSum).toEqual([xmlSum(f.sumOere), xmlSum(f.sumOere)]);
    expect(fil.beloep.reduce((s, b) => s + b, 0)).toBe(f.sumOere);
    expect(perKid(fil)).toEqual(f.kid);
    // the page's table rows count the file's transfers
    const radAntall = await sammendrag.getByTestId("sammendrag-rad").locator("td:nth-child(2)").allTextContents();
    expect(radAntall.reduce((s, a) => s + Number(a.replace(/\D/g, "")), 0)).toBe(f.antall);

    if (testInfo.project.name === "desktop") {
      const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("last-ned-pdf").click()]);
      const sti = testInfo.outputPath("storvik.pdf");
      await pdf.saveAs(sti);
      const doc = await PDFDocument.load(readFileSync(sti));
      expect(doc.getPageCount(), "a summary of a few pages, not 867").toBeLessThanOrEqual(3);
      const tekst = execFileSync("pdftotext", ["-layout", sti, "-"], { encoding: "utf8" });
      expect(tekst).toContain(formatKroner(f.sumOere / 100).replace(/\u00a0/g, " "));
    }
  });
});

test.describe("everything due up to a date (Fjellbekk, Ola Flerfirma)", () => {
  test("the selection form leads to utvalg=innen; the appealed restskatt stays out unless ticked", async ({ page }) => {
    await loginAs(page, "Ola Flerfirma", { returnTo: "/311851381/betal?utvalg=forfalte" });
    const velger = page.getByTestId("betal-utvalg");
    await velger.getByRole("radio", { name: t.utvalg.innen }).check();
    const om30 = new Date(Date.now() + 30 * 86_400_000);
    await velger.getByLabel(t.utvalg.tilOgMed, { exact: true }).fill(formatDato(om30));
    await velger.getByRole("button", { name: t.utvalg.knapp }).click();
    await expect(page).toHaveURL(new RegExp(`utvalg=innen&tilOgMed=${formatDato(om30).replace(/\./g, "\\.")}`));
    await expect(velger.getByRole("radio", { name: t.utvalg.innen })).toBeChecked();
    await expect(page.getByTestId("betalingsfil")).toBeVisible();
    await velger.getByLabel(t.utvalg.tilOgMed, { exact: true }).fill("31.02.2026");
    await velger.getByRole("button", { name: t.utvalg.knapp }).click();
    await expect(velger).toContainText(t.utvalg.ugyldigDato);
  });
});

test.describe("in English", () => {
  test("the form and its errors in English, on the page and from the route", async ({ page, baseURL }) => {
    const en = oversett("en");
    await page.context().addCookies([{ name: "spraak", value: "en", url: baseURL! }]);
    await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}/betal?utvalg=forfalte` });
    const seksjon = page.getByTestId("betalingsfil");
    await expect(seksjon.getByRole("heading", { level: 2 })).toHaveText(en("betalingsfil.skjema.overskrift"));
    await page.getByLabel(en("betalingsfil.skjema.fraKonto")).fill(FEIL_KONTO);
    // Aksel's date field writes dd.mm.yyyy in every language; the route reads dd/mm/yyyy too
    await expect(page.getByLabel(en("betalingsfil.skjema.betalingsdato"), { exact: true })).toHaveValue(formatDato(standardUtfoerelsesdato(iDag())));
    await page.getByTestId("last-ned-betalingsfil").click();
    await expect(page.getByTestId("betalingsfil-feil")).toContainText(en("betalingsfil.feil.kontoKontrollsiffer"));
    const svar = await page.request.post(`/api/part/${SEED_ORGNR}/betalingsfil?utvalg=forfalte`, { form: { fraKonto: FEIL_KONTO, betalingsdato: formatDato(standardUtfoerelsesdato(iDag()), "en") }, headers: { origin: baseURL! } });
    expect(svar.status()).toBe(400);
    expect((await svar.json()).feil).toEqual([{ felt: "fraKonto", kode: "kontoKontrollsiffer", melding: en("betalingsfil.feil.kontoKontrollsiffer") }]);
    await expectNoA11yViolations(page, '[data-testid="betalingsfil"]');
  });
});
