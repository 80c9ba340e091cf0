import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { formatDato, formatMaaned, iDag } from "../lib/dato";
import { formatBeloep, formatKontonummer, formatKroner } from "../lib/format";
import type { AapneKrav } from "../lib/kravogbetalinger/model";
import type { Spraak } from "../lib/i18n/spraak";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";
import { standinAapneKrav } from "./helpers/oversikt-data";
import { PUBLISERT_ORGNR, publisertAapneKrav } from "./helpers/publisert";
import { fangKopiering, kopiert } from "./helpers/kopiering";
import { oversett, tekster } from "./helpers/tekster";

const t = tekster.betal;
const knapp = tekster.betalKnapp;
const nb = oversett("nb");

/** Fjellbekk Bakeri AS: a "vanlig" party of Ola Flerfirma with future due dates. */
const VANLIG = "311851381";

/** As the PDF writes them: plain spaces where the screen has non-breaking ones. */
const pdfTekst = (s: string) => s.replace(/\u00a0/g, " ");


async function lastNed(page: Page, testInfo: TestInfo, klikk: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), klikk()]);
  const fil = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(fil);
  return fil;
}

/** Overdue per claim, computed from the stand-in's data independently of lib/betal. */
function forfalteLinjer(a: AapneKrav, idag = iDag()) {
  return a.krav
    .map((k) => ({ aapne: k.forfall.filter((f) => f.gjenstaaendeBeloep > 0 && f.forfallsdato < idag && !f.utsattIverksettelse) }))
    .filter((x) => x.aapne.length > 0)
    .map(({ aapne }) => ({
      beloep: aapne.reduce((s, f) => s + Math.round(f.gjenstaaendeBeloep * 100), 0) / 100,
      kid: aapne[0]!.betalingsinformasjon!.kid!,
      kontonummer: aapne[0]!.betalingsinformasjon!.kontonummer!,
      forfallsdato: aapne.map((f) => f.forfallsdato).sort()[0]!,
    }));
}

test.describe("seed party: from the overdue card to paying in the bank", () => {
  test.beforeEach(async ({ page }) => {
    await fangKopiering(page);
    await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}` });
  });

  test("the overdue card's Betal leads to the payment page: amount, account, KID, due date, copy KID, PDF with the same", async ({ page }, testInfo) => {
    const [linje] = forfalteLinjer(standinAapneKrav(SEED_ORGNR));
    expect(linje).toBeDefined();
    await page.getByTestId("kort-forfalte").getByRole("link", { name: knapp.betalAlleForfalte }).click();
    await expect(page).toHaveURL(new RegExp(`/${SEED_ORGNR}/betal\\?utvalg=forfalte$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.side.overskrift);
    const kort = page.getByTestId("betalingslinje");
    await expect(kort).toHaveCount(1);
    await expect(kort.getByTestId("linje-beloep")).toHaveText(formatKroner(linje!.beloep));
    await expect(kort.getByTestId("linje-kontonummer")).toHaveText(formatKontonummer(linje!.kontonummer));
    await expect(kort.getByTestId("linje-kid")).toHaveText(linje!.kid);
    await expect(kort.getByTestId("linje-forfallsdato")).toHaveText(formatDato(linje!.forfallsdato));
    await expect(page.getByText(t.side.merknad)).toBeVisible();

    await kort.getByRole("button", { name: nb("betal.linje.kopier", { hva: t.linje.kid }) }).click();
    await expect(kort.getByRole("button", { name: t.linje.kopiert })).toBeVisible();
    expect(await kopiert(page)).toEqual([linje!.kid]);

    await page.getByRole("button", { name: t.utland.overskrift }).click();
    await expect(page.getByTestId("betal-utland")).toContainText("DNBANOKKXXX");
    await expect(page.getByTestId("betal-renter")).toBeVisible();

    if (testInfo.project.name === "desktop") {
      const fil = await lastNed(page, testInfo, () => page.getByTestId("last-ned-pdf").click());
      expect(readFileSync(fil).subarray(0, 5).toString()).toBe("%PDF-");
      const tekst = execFileSync("pdftotext", ["-layout", fil, "-"], { encoding: "utf8" });
      expect(tekst).toContain("Nordmann Eplepress ENK");
      expect(tekst).toContain("313 367 002");
      expect(tekst).toContain(pdfTekst(formatKroner(linje!.beloep)));
      expect(tekst).toContain(pdfTekst(formatKontonummer(linje!.kontonummer)));
      expect(tekst).toContain(linje!.kid);
    }

    await page.getByRole("link", { name: t.side.tilbake }).last().click();
    await expect(page).toHaveURL(new RegExp(`/${SEED_ORGNR}$`));
  });

  test("bad or stale links: the page says so in words, the PDF route answers 400/404 in JSON, never a 500", async ({ page }) => {
    await page.goto(`/${SEED_ORGNR}/betal?utvalg=alt`);
    await expect(page.getByTestId("betal-ugyldig")).toContainText(t.side.ugyldig);
    await page.goto(`/${SEED_ORGNR}/betal?krav=finnes-ikke`);
    await expect(page.getByTestId("betal-ingenting")).toContainText(t.side.ingenting);
    await expect(page.getByRole("link", { name: t.side.tilbake }).first()).toBeVisible();
    const ugyldig = await page.request.get(`/api/part/${SEED_ORGNR}/betal?utvalg=alt`);
    expect(ugyldig.status()).toBe(400);
    expect((await ugyldig.json()).melding).toBe(t.api.ugyldig);
    const ingenting = await page.request.get(`/api/part/${SEED_ORGNR}/betal?krav=finnes-ikke`);
    expect(ingenting.status()).toBe(404);
    expect((await ingenting.json()).kode).toBe("INGENTING_AA_BETALE");
  });

  test("the payment page has no axe violations and fits 320 px; the seed's chart (one month) is left out", async ({ page }) => {
    await page.goto(`/${SEED_ORGNR}/betal?utvalg=forfalte`);
    await page.getByRole("button", { name: t.utland.overskrift }).click();
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Fewer than two months with anything due: no chart (issue #17); the vanlig party's is below.
    await page.goto(`/${SEED_ORGNR}`);
    await expect(page.getByTestId("ubetalt-krav").first()).toBeVisible();
    await expect(page.getByTestId("forfallsgraf")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test("keyboard only: Tab to the row's Betal, Enter, Tab to Kopier KID, Enter", async ({ page }) => {
    const [linje] = forfalteLinjer(standinAapneKrav(SEED_ORGNR));
    const tabTil = async (navn: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        const fokus = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");
        if (fokus.trim() === navn) return;
      }
      throw new Error(`fant ikke ${navn} med Tab`);
    };
    const krav = standinAapneKrav(SEED_ORGNR).krav[0]!;
    await tabTil(nb("betalKnapp.betalKrav", { beskrivelse: `${krav.beskrivelse} ${krav.periode}` }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/betal\?krav=/);
    await expect(page.getByTestId("linje-kid")).toHaveText(linje!.kid);
    await tabTil(nb("betal.linje.kopier", { hva: t.linje.kid }));
    await page.keyboard.press("Enter");
    await expect.poll(() => kopiert(page)).toEqual([linje!.kid]);
  });
});

for (const spraak of ["nn", "en"] as const satisfies Spraak[]) {
  test.describe(`the payment page in ${spraak}`, () => {
    const tr = oversett(spraak);
    test.beforeEach(async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: "spraak", value: spraak, url: baseURL! }]);
      await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}/betal?utvalg=forfalte` });
    });

    test("texts, amounts and dates in the language, no axe violations", async ({ page }) => {
      const [linje] = forfalteLinjer(standinAapneKrav(SEED_ORGNR));
      await expect(page.locator("html")).toHaveAttribute("lang", spraak);
      await expect(page).toHaveTitle(new RegExp(`^${tr("betal.side.tittel", { navn: "Nordmann Eplepress ENK" })}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("betal.side.overskrift"));
      await expect(page.getByText(tr("betal.side.ingress"))).toBeVisible();
      const kort = page.getByTestId("betalingslinje");
      await expect(kort.getByTestId("linje-beloep")).toHaveText(formatKroner(linje!.beloep, spraak));
      await expect(kort.getByTestId("linje-forfallsdato")).toHaveText(formatDato(linje!.forfallsdato, spraak));
      await expect(kort.getByRole("term")).toHaveText([tr("betal.linje.beloep"), tr("betal.linje.kontonummer"), tr("betal.linje.kid"), tr("betal.linje.forfallsdato")]);
      await expect(kort.getByRole("button", { name: tr("betal.linje.kopier", { hva: tr("betal.linje.kid") }) })).toBeVisible();
      await expect(page.getByText(tr("betal.side.merknad"))).toBeVisible();
      await expect(page.getByTestId("last-ned-pdf")).toHaveText(tr("betal.side.lastNedPdf"));
      await expect(page.getByTestId("betal-renter").getByRole("heading", { level: 2 })).toHaveText(tr("betal.renter.overskrift"));
      await expect(page.getByRole("heading", { level: 2, name: tr("betal.kalender.lenke") })).toBeVisible();
      await expect(page.getByRole("link", { name: tr("betal.side.tilbake") }).first()).toBeVisible();
      await page.getByRole("button", { name: tr("betal.utland.overskrift") }).click();
      await expect(page.getByTestId("betal-utland")).toContainText(tr("betal.utland.forklaring"));
      await expectNoA11yViolations(page);
    });
  });
}

for (const spraak of ["nn", "en"] as const satisfies Spraak[]) {
  test.describe(`the chart on the overview in ${spraak}`, () => {
    const tr = oversett(spraak);
    test.beforeEach(async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: "spraak", value: spraak, url: baseURL! }]);
      // The vanlig party's chart: the seed's due dates fall in one month, and it gets none (issue #17).
      await loginAs(page, "Ola Flerfirma", { returnTo: `/${VANLIG}` });
    });

    test("headings and month names in the language", async ({ page }) => {
      const graf = page.getByTestId("forfallsgraf");
      await expect(graf.getByRole("heading", { level: 2 })).toHaveText(tr("betal.graf.overskrift"));
      await graf.getByText(tr("betal.graf.visTabell")).click();
      const tabell = page.getByTestId("forfallsgraf-tabell");
      await expect(tabell.locator('tbody tr[data-noekkel="forfalt"] th')).toHaveText(tr("betal.graf.forfalt"));
      const idag = iDag();
      const maaned = new Date(Number(idag.slice(0, 4)), Number(idag.slice(5, 7)) - 1, 1);
      await expect(tabell.locator(`tbody tr[data-noekkel="${idag.slice(0, 7)}"] th`)).toHaveText(`${formatMaaned(maaned, spraak)} ${idag.slice(0, 4)}`);
      await expectNoA11yViolations(page, '[data-testid="forfallsgraf"]');
    });
  });
}

test.describe("downloads in English", () => {
  const en = oversett("en");
  test.beforeEach(async ({ page, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the files are the same on every screen: downloaded and read once, on desktop");
    await page.context().addCookies([{ name: "spraak", value: "en", url: baseURL! }]);
  });

  test("the payment PDF is in English: texts, NOK amounts, dd/MM/yyyy dates", async ({ page }, testInfo) => {
    await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}/betal?utvalg=forfalte` });
    const [linje] = forfalteLinjer(standinAapneKrav(SEED_ORGNR));
    const fil = await lastNed(page, testInfo, () => page.getByTestId("last-ned-pdf").click());
    const tekst = execFileSync("pdftotext", ["-layout", fil, "-"], { encoding: "utf8" });
    expect(tekst).toContain(en("betal.side.overskrift"));
    expect(tekst).toContain(en("betal.pdf.part", { navn: "Nordmann Eplepress ENK", orgnr: "313 367 002" }));
    expect(tekst).toContain(en("betal.pdf.laget", { dato: formatDato(iDag(), "en") }));
    expect(tekst).toContain(en("betal.side.ingress"));
    expect(tekst).toMatch(new RegExp(`${en("betal.linje.beloep")} +${pdfTekst(formatKroner(linje!.beloep, "en")).replace(/\./g, "\\.")}`));
    expect(tekst).toMatch(new RegExp(`${en("betal.linje.forfallsdato")} +${formatDato(linje!.forfallsdato, "en")}`));
    expect(tekst).toContain(en("betal.linje.kontonummer"));
    expect(tekst).toContain(en("betal.utland.overskrift"));
    expect(tekst).not.toMatch(/kroner|Beløp|Forfallsdato|Betal i nettbanken/);
  });

  test("the calendar file is in English", async ({ page }, testInfo) => {
    await loginAs(page, "Ola Flerfirma", { returnTo: `/${VANLIG}/betal?utvalg=fremtidige` });
    const fil = await lastNed(page, testInfo, () => page.getByTestId("kalender-lenke").click());
    const raa = readFileSync(fil, "utf8").replace(/\r\n /g, "");
    expect(raa).toContain("X-WR-CALNAME:Due dates – Fjellbekk Bakeri AS");
    expect(raa).toMatch(/^SUMMARY:Due: .+\\, NOK [\d\\,]+\.\d\d\r$/m);
    expect(raa).toMatch(/^DESCRIPTION:Amount: NOK /m);
  });
});

test.describe("a vanlig party: the calendar and the chart", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, "Ola Flerfirma", { returnTo: `/${VANLIG}` });
  });

  test("the .ics has one VEVENT per coming due date with the right dates, amounts and KIDs", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "the file is the same on every screen: downloaded and read once, on desktop");
    const idag = iDag();
    const kommende = standinAapneKrav(VANLIG)
      .krav.flatMap((k) => k.forfall.filter((f) => f.gjenstaaendeBeloep > 0 && f.forfallsdato >= idag && !f.utsattIverksettelse))
      .sort((a, b) => a.forfallsdato.localeCompare(b.forfallsdato));
    expect(kommende.length, "the vanlig party should have future due dates").toBeGreaterThan(0);

    await page.goto(`/${VANLIG}/betal?utvalg=fremtidige`);
    const fil = await lastNed(page, testInfo, () => page.getByTestId("kalender-lenke").click());
    const raa = readFileSync(fil, "utf8");
    expect(raa.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const linjer = raa.replace(/\r\n /g, "").split("\r\n");
    const hendelser = raa.replace(/\r\n /g, "").split("BEGIN:VEVENT").slice(1);
    expect(hendelser).toHaveLength(kommende.length);
    expect(linjer.filter((l) => l.startsWith("DTSTART;VALUE=DATE:")).map((l) => l.slice(-8))).toEqual(kommende.map((f) => f.forfallsdato.replace(/-/g, "")));
    for (const [i, f] of kommende.entries()) {
      expect(hendelser[i]).toContain(`KID: ${f.betalingsinformasjon!.kid}`);
      expect(hendelser[i]).toContain(`${formatBeloep(f.gjenstaaendeBeloep).replace(/\u00a0/g, " ").replace(",", "\\,")} kroner`);
      expect(hendelser[i]).toContain(`/${VANLIG}/betal?krav=`);
    }
  });

  test("the chart and its table have no axe violations and fit 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const graf = page.getByTestId("forfallsgraf");
    await graf.getByText(t.graf.visTabell).click();
    await expectNoA11yViolations(page, '[data-testid="forfallsgraf"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test("the chart's table has the stand-in's amounts per month and kravgruppe, overdue apart", async ({ page }) => {
    const idag = iDag();
    const data = standinAapneKrav(VANLIG);
    const maaneder = Array.from({ length: 12 }, (_, i) => {
      const d = new Date(Date.UTC(Number(idag.slice(0, 4)), Number(idag.slice(5, 7)) - 1 + i, 1));
      return d.toISOString().slice(0, 7);
    });
    const forventet = new Map<string, Map<string, number>>();
    for (const k of data.krav)
      for (const f of k.forfall) {
        if (f.gjenstaaendeBeloep <= 0 || f.utsattIverksettelse) continue;
        const rad = f.forfallsdato < idag ? "forfalt" : f.forfallsdato.slice(0, 7);
        if (rad !== "forfalt" && !maaneder.includes(rad)) continue;
        const m = forventet.get(rad) ?? new Map<string, number>();
        m.set(k.kravgruppe, (m.get(k.kravgruppe) ?? 0) + Math.round(f.gjenstaaendeBeloep * 100));
        forventet.set(rad, m);
      }
    await expect(page.getByTestId("graf-kalender-lenke")).toHaveAttribute("href", `/api/part/${VANLIG}/kalender`);
    await page.getByTestId("forfallsgraf").getByText(t.graf.visTabell).click();
    const tabell = page.getByTestId("forfallsgraf-tabell");
    const grupper = (await tabell.locator("thead th").allTextContents()).slice(1, -1);
    const alleGrupper = new Set([...forventet.values()].flatMap((m) => [...m.keys()]));
    expect(new Set(grupper)).toEqual(alleGrupper);
    for (const noekkel of ["forfalt", ...maaneder]) {
      const celler = await tabell.locator(`tbody tr[data-noekkel="${noekkel}"] td`).allTextContents();
      const m = forventet.get(noekkel) ?? new Map<string, number>();
      const sum = [...m.values()].reduce((a, b) => a + b, 0);
      expect(celler, noekkel).toEqual([...grupper.map((g) => formatKroner((m.get(g) ?? 0) / 100)), formatKroner(sum / 100)]);
    }
  });
});

test.describe("the published example's party (871978433): the KID from kidnummer on the pay page and in the PDF", () => {
  test("pay all overdue: one line per claim and KID, each KID as Skatteetaten published it, the same in the PDF", async ({ page }, testInfo) => {
    const linjer = forfalteLinjer(publisertAapneKrav());
    expect(linjer.map((l) => l.kid)).toEqual(expect.arrayContaining(["18719784330100322000006", "4019008719784337", "0095755263306220219", "0095755263305220215", "7900011880501220017"]));
    await loginAs(page, "Ola Flerfirma", { returnTo: `/${PUBLISERT_ORGNR}/betal?utvalg=forfalte` });
    const kort = page.getByTestId("betalingslinje");
    await expect(kort).toHaveCount(linjer.length);
    expect((await kort.getByTestId("linje-kid").allTextContents()).sort()).toEqual(linjer.map((l) => l.kid).sort());
    await expect(page.getByRole("main")).not.toContainText("13114614453");
    if (testInfo.project.name === "desktop") {
      const fil = await lastNed(page, testInfo, () => page.getByTestId("last-ned-pdf").click());
      const tekst = execFileSync("pdftotext", ["-layout", fil, "-"], { encoding: "utf8" });
      for (const l of linjer) {
        expect(tekst).toContain(l.kid);
        expect(tekst).toContain(pdfTekst(formatKroner(l.beloep)));
      }
    }
  });
});

test.describe("appealed claims (utsattIverksettelse) of a vanlig party", () => {
  test("apart in the list and the summary, not 'Fristen er forfalt', not in Forfalte krav, left out of pay all overdue", async ({ page }) => {
    const idag = iDag();
    const data = standinAapneKrav(VANLIG);
    const klaget = data.krav.filter((k) => k.forfall.some((f) => f.utsattIverksettelse && f.gjenstaaendeBeloep > 0));
    expect(klaget.length, "Fjellbekk has an appealed restskatt (dev/testdata/README.md)").toBeGreaterThan(0);
    const utsattSum = klaget.flatMap((k) => k.forfall).filter((f) => f.utsattIverksettelse).reduce((s, f) => s + Math.round(f.gjenstaaendeBeloep * 100), 0) / 100;
    await loginAs(page, "Ola Flerfirma", { returnTo: `/${VANLIG}` });
    await expect(page.getByTestId("utsatte-krav")).toContainText(formatKroner(utsattSum));
    await page.goto(`/${VANLIG}?sok=${encodeURIComponent(klaget[0]!.beskrivelse)}`);
    const rad = page.locator('[data-testid="ubetalt-krav"][data-utsatt="true"]').first();
    await expect(rad.getByTestId("utsatt")).toHaveText(tekster.oversikt.detaljer.utsatt);
    await expect(rad).toHaveAttribute("data-forfalt", "false");
    await expect(rad).not.toContainText(tekster.oversikt.ubetalte.fristenErForfalt);

    await page.goto(`/${VANLIG}/betal?utvalg=forfalte`);
    const linjer = forfalteLinjer(data, idag);
    await expect(page.getByTestId("betalingslinje")).toHaveCount(linjer.length);
    for (const k of klaget) await expect(page.getByTestId("betalingslinje").filter({ hasText: k.forfall.find((f) => f.utsattIverksettelse)!.betalingsinformasjon!.kid! })).toHaveCount(0);
  });
});
