import { readFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { bankdagFraOgMed } from "../lib/betal/bankdag";
import { harXmllint, validerPain001 } from "../lib/betal/pain001-xsd";
import { formatDato, iDag } from "../lib/dato";
import { formatKroner } from "../lib/format";
import type { AapneKrav } from "../lib/kravogbetalinger/model";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";
import { standinAapneKrav } from "./helpers/oversikt-data";
import { tekster } from "./helpers/tekster";

const t = tekster.betalingsfil;
/** Bjørkely Rådgivning ENK: screened, no KIDs. */
const SKJERMET = "310478717";
const FRA_KONTO = "1234 56 78903";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the file is the same on every screen: downloaded and read once, on desktop");
  test.skip(!harXmllint, "xmllint (libxml2-utils) is not installed");
});

/** What the file must hold, from the stand-in's data independently of lib/betal: one transfer per overdue unpaid due date. */
function forventet(a: AapneKrav, idag = iDag()) {
  const linjer = a.krav.flatMap((k) => k.forfall.filter((f) => f.gjenstaaendeBeloep > 0 && f.forfallsdato < idag && f.betalingsinformasjon?.kid));
  return {
    antall: linjer.length,
    oere: linjer.reduce((s, f) => s + Math.round(f.gjenstaaendeBeloep * 100), 0),
    par: linjer.map((f) => `${f.betalingsinformasjon!.kid}|${Math.round(f.gjenstaaendeBeloep * 100)}|${f.betalingsinformasjon!.kontonummer}`).sort(),
  };
}

/** The file read back: counts and sums in both headers, and every transfer's KID, amount and account. */
function lesFil(xml: string) {
  const alle = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]!);
  const tx = xml.split("<CdtTrfTxInf>").slice(1);
  return {
    nbOfTxs: alle(/<NbOfTxs>([^<]*)<\/NbOfTxs>/g),
    ctrlSum: alle(/<CtrlSum>([^<]*)<\/CtrlSum>/g),
    dbtrAcct: /<DbtrAcct>\s*<Id>\s*<Othr>\s*<Id>(\d+)</.exec(xml)?.[1],
    reqdExctnDt: /<ReqdExctnDt>([^<]*)</.exec(xml)?.[1],
    msgId: /<MsgId>([^<]*)</.exec(xml)?.[1],
    dbtrNm: /<Dbtr>\s*<Nm>([^<]*)</.exec(xml)?.[1],
    par: tx
      .map((x) => {
        const kid = /<CdtrRefInf>\s*<Tp>\s*<CdOrPrtry>\s*<Cd>SCOR<\/Cd>\s*<\/CdOrPrtry>\s*<\/Tp>\s*<Ref>([^<]*)</.exec(x)?.[1];
        const beloep = /<InstdAmt Ccy="NOK">(\d+)\.(\d{2})</.exec(x);
        const konto = /<CdtrAcct>\s*<Id>\s*<Othr>\s*<Id>(\d+)</.exec(x)?.[1];
        return `${kid}|${Number(beloep![1]) * 100 + Number(beloep![2])}|${konto}`;
      })
      .sort(),
  };
}

async function lastNedFil(page: Page, testInfo: TestInfo): Promise<{ fil: string; xml: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("last-ned-betalingsfil").click()]);
  expect(download.suggestedFilename()).toMatch(/^betalingsfil-\d{9}-\d{4}-\d{2}-\d{2}\.xml$/);
  const fil = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(fil);
  return { fil, xml: readFileSync(fil, "utf8") };
}

const tilKroner = (oere: number) => `${Math.trunc(oere / 100)}.${String(oere % 100).padStart(2, "0")}`;

test("Kari: a wrong account is refused in words; the file is XSD-valid with every overdue due date's KID and amount, as the page shows", async ({ page }, testInfo) => {
  const venter = forventet(standinAapneKrav(SEED_ORGNR));
  expect(venter.antall).toBeGreaterThan(0);
  await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}/betal?utvalg=forfalte` });
  const skjema = page.getByTestId("betalingsfil");
  await expect(skjema.getByRole("heading", { level: 2 })).toHaveText(t.skjema.overskrift);
  await expect(page.getByLabel(t.skjema.betalingsdato)).toHaveValue(formatDato(bankdagFraOgMed(iDag())));

  await page.getByLabel(t.skjema.fraKonto).fill("1234 56 78904");
  await page.getByTestId("last-ned-betalingsfil").click();
  await expect(page.getByRole("link", { name: t.feil.kontoKontrollsiffer })).toBeVisible();
  await page.getByLabel(t.skjema.betalingsdato).fill("01.01.2020");
  await page.getByTestId("last-ned-betalingsfil").click();
  await expect(page.getByRole("link", { name: t.feil.datoPassert })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel(t.skjema.fraKonto).fill(FRA_KONTO);
  await page.getByLabel(t.skjema.betalingsdato).fill(formatDato(bankdagFraOgMed(iDag())));
  const { fil, xml } = await lastNedFil(page, testInfo);
  expect(validerPain001(fil)).toBeNull();
  const r = lesFil(xml);
  expect(r.nbOfTxs).toEqual([String(venter.antall), String(venter.antall)]);
  expect(r.ctrlSum).toEqual([tilKroner(venter.oere), tilKroner(venter.oere)]);
  expect(r.par).toEqual(venter.par);
  expect(r.dbtrAcct).toBe("12345678903");
  expect(r.dbtrNm).toBe("Nordmann Eplepress ENK");
  expect(r.reqdExctnDt).toBe(bankdagFraOgMed(iDag()));
  expect(r.msgId!.length).toBeLessThanOrEqual(35);
  // What the page shows: its sum (or its one line) is the file's CtrlSum.
  const sumPaaSiden = venter.antall > 1 && (await page.getByTestId("betal-sum").count()) > 0 ? page.getByTestId("betal-sum") : page.getByTestId("linje-beloep").first();
  await expect(sumPaaSiden).toContainText(formatKroner(venter.oere / 100));
  for (const kid of new Set(venter.par.map((p) => p.split("|")[0]!))) await expect(page.getByTestId("linje-kid").filter({ hasText: kid })).not.toHaveCount(0);

  // A second file has another MsgId.
  const andre = lesFil((await lastNedFil(page, testInfo)).xml);
  expect(andre.msgId).not.toBe(r.msgId);
});

test("Storvik: more than 5 000 overdue lines; the page suggests the file; the file holds them all, XSD-valid", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const venter = forventet(standinAapneKrav(STOR_ORGNR));
  expect(venter.antall).toBeGreaterThan(5000);
  await loginAs(page, "Rita Regnskap", { returnTo: `/${STOR_ORGNR}/betal?utvalg=forfalte` });
  await expect(page.getByTestId("betal-mange")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("betalingsfil-antall")).toContainText(formatKroner(venter.oere / 100));
  await page.getByLabel(t.skjema.fraKonto).fill(FRA_KONTO);
  const { fil, xml } = await lastNedFil(page, testInfo);
  expect(validerPain001(fil)).toBeNull();
  const r = lesFil(xml);
  expect(r.nbOfTxs).toEqual([String(venter.antall), String(venter.antall)]);
  expect(r.ctrlSum).toEqual([tilKroner(venter.oere), tilKroner(venter.oere)]);
  expect(r.par).toEqual(venter.par);
  await expect(page.getByTestId("betal-sum")).toContainText(formatKroner(venter.oere / 100));
});

test("the screened party: no file, its claims listed apart with the reason", async ({ page }) => {
  await loginAs(page, "Rita Regnskap", { returnTo: `/${SKJERMET}/betal?utvalg=fremtidige` });
  const boks = page.getByTestId("betalingsfil");
  await expect(boks).toBeVisible();
  await expect(boks.getByTestId("betalingsfil-ingenting")).toHaveText(t.ingenting);
  await expect(boks.getByTestId("last-ned-betalingsfil")).toHaveCount(0);
  await expect(boks.getByTestId("utelatt-linje").first()).toContainText(t.utelatt.grunn.skjermet);
  const svar = await page.request.post(`/api/part/${SKJERMET}/betalingsfil?utvalg=fremtidige`, { form: { fraKonto: "12345678903" }, failOnStatusCode: false });
  expect(svar.status()).toBe(404);
  expect((await svar.json()).melding).toBe(t.ingenting);
});

test("without JavaScript: the form posts, the file comes; bad input is a 400 page in words, never a 500", async ({ page, browser, baseURL }, testInfo) => {
  await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}` });
  const utenJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL, acceptDownloads: true });
  const side = await utenJs.newPage();
  await side.goto(`/${SEED_ORGNR}/betal?utvalg=forfalte`);
  await side.getByLabel(t.skjema.fraKonto).fill(FRA_KONTO);
  const { fil } = await lastNedFil(side, testInfo);
  expect(validerPain001(fil)).toBeNull();

  await side.getByLabel(t.skjema.fraKonto).fill("12345");
  const [svar] = await Promise.all([side.waitForResponse((r) => r.url().includes("/betalingsfil")), side.getByTestId("last-ned-betalingsfil").click()]);
  expect(svar.status()).toBe(400);
  await expect(side.getByRole("alert")).toContainText(t.feil.kontoFormat);
  await side.getByRole("link", { name: t.api.tilbake }).click();
  await expect(side).toHaveURL(new RegExp(`/${SEED_ORGNR}/betal\\?utvalg=forfalte$`));
  await utenJs.close();

  const json = await page.request.post(`/api/part/${SEED_ORGNR}/betalingsfil?utvalg=forfalte`, { form: { fraKonto: "12345678904", betalingsdato: "2020-01-01" }, failOnStatusCode: false });
  expect(json.status()).toBe(400);
  const body = await json.json();
  expect(body.kode).toBe("UGYLDIG_SKJEMA");
  expect(body.melding).toContain(t.feil.kontoKontrollsiffer);
  expect(body.melding).toContain(t.feil.datoPassert);
  const utvalg = await page.request.post(`/api/part/${SEED_ORGNR}/betalingsfil?utvalg=alt`, { form: { fraKonto: "12345678903" }, failOnStatusCode: false });
  expect(utvalg.status()).toBe(400);
  const get = await page.request.get(`/api/part/${SEED_ORGNR}/betalingsfil?utvalg=forfalte`, { failOnStatusCode: false });
  expect(get.status()).toBe(405);
});
