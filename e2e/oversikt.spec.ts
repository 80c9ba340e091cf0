import { expect, test, type Locator, type Page } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { formatDato, iDag } from "../lib/dato";
import { formatKontoMaskert, formatKontonummer, formatKroner } from "../lib/format";
import { estimerRenter } from "../lib/renter";
import { t as tt, tekster } from "./helpers/tekster";
import { loginAs } from "./helpers/login";
import { standinAapneKrav, standinInnbetalinger, standinKrav } from "./helpers/oversikt-data";
import { fangKopiering, kopiert } from "./helpers/kopiering";

/** Kari Nordmann and Nordmann Eplepress ENK: the launch presentation's story, end to end. */

const t = tekster.oversikt;
const kr = (n: number) => formatKroner(n);

async function aapneFoersteRad(page: Page, testid: string): Promise<Locator> {
  const rad = page.getByTestId(testid).first();
  await rad.getByRole("button", { expanded: false }).click();
  return rad;
}

test.beforeEach(async ({ page }) => {
  await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}` });
});

test("the overview tells the seed's story: 448 600,00 overdue, forskuddsskatt 1 av 4 from 15.03.2024, interest so far", async ({ page }) => {
  const data = standinAapneKrav(SEED_ORGNR);
  const krav = data.krav[0]!;
  await expect(page.getByRole("heading", { level: 1, name: t.side.overskrift })).toBeVisible();
  await expect(page.getByTestId("partnavn")).toHaveText("Nordmann Eplepress ENK");
  // An ENK: the intro says that restskatt and forskuddsskatt are on the owner as a person too.
  await expect(page.getByText(`${tt("regnskap.side.ingress")} ${tt("regnskap.side.enk")}`)).toBeVisible();
  await expect(page.getByText(t.side.oppdatering)).toBeVisible();

  const forfalte = page.getByTestId("kort-forfalte");
  await expect(forfalte).toContainText(kr(448_600));
  await expect(forfalte).toContainText(tt("oversikt.kort.antall", { n: 1 }));
  await expect(forfalte).toHaveAttribute("data-advarsel", "true");
  await expect(page.getByTestId("kort-renter")).toContainText(kr(data.totalOversikt.sumStipulerteRenter));
  await expect(page.getByTestId("kort-saldo")).toContainText(kr(data.totalOversikt.saldo));

  await expect(page.getByRole("tab", { name: tt("oversikt.faner.ubetalte", { n: 1 }), selected: true })).toBeVisible();
  await expect(page.getByRole("link", { name: t.faner.kontoutskrift })).toHaveAttribute("href", `/${SEED_ORGNR}/kontoutskrift`);
  const rad = page.getByTestId("ubetalt-krav");
  await expect(rad).toHaveCount(1);
  await expect(rad).toContainText("15.03.2024");
  await expect(rad).toContainText(`(${tt("oversikt.ubetalte.forfallsdatoAv", { n: 1, av: 4 })})`);
  await expect(rad).toContainText(t.ubetalte.fristenErForfalt);
  await expect(rad).toContainText(kr(448_600));
  await expect(rad).toContainText(`${t.ubetalte.renterHittil}: ${kr(krav.stipulerteRenter)}`);
});

test("opening the claim shows its four terms, how to pay with copy buttons, and an interest estimate for a chosen date", async ({ page }) => {
  const krav = standinAapneKrav(SEED_ORGNR).krav[0]!;
  const info = krav.forfall[0]!.betalingsinformasjon!;
  await fangKopiering(page);
  await page.reload(); // the recorder is installed on the next load
  await aapneFoersteRad(page, "ubetalt-krav");
  const detaljer = page.getByTestId("kravdetaljer");
  await expect(detaljer.getByRole("heading", { level: 3 })).toHaveText(tt("oversikt.detaljer.overskrift", { beskrivelse: krav.beskrivelse }));
  await expect(detaljer.getByText(tt("regnskap.detaljer.forskuddsskatt", { n: 4 }), { exact: false })).toBeVisible();
  const terminer = detaljer.getByTestId("forfallstabell").locator("tbody tr");
  await expect(terminer).toHaveCount(4);
  for (const [i, f] of krav.forfall.entries()) await expect(terminer.nth(i)).toContainText(formatDato(f.forfallsdato));

  const betaling = detaljer.getByTestId("betalingsinformasjon");
  await expect(betaling).toContainText(`${t.betaling.forfallsdato} (${tt("oversikt.ubetalte.forfallsdatoAv", { n: 1, av: 4 })})`);
  await expect(betaling).toContainText(formatKontonummer(info.kontonummer!));
  await expect(betaling).toContainText(info.kid!);
  await expect(betaling).toContainText(t.betaling.utland);

  await betaling.getByRole("button", { name: tt("oversikt.betaling.kopier", { hva: t.betaling.kid }) }).click();
  await expect(betaling.getByRole("button", { name: t.betaling.kopiert })).toBeVisible();
  expect(await kopiert(page)).toEqual([info.kid]);

  // The estimate for paying 30 days from now, by the rules in lib/renter (unit-tested on product.md's example).
  const om30 = new Date(`${iDag()}T12:00:00`);
  om30.setDate(om30.getDate() + 30);
  const dato = om30.toISOString().slice(0, 10);
  const forventet = estimerRenter({ forfall: krav.forfall, stipulerteRenter: krav.stipulerteRenter, iDag: iDag(), betalingsdato: dato });
  const estimat = page.getByTestId("renteestimat");
  const felt = estimat.getByLabel(t.renter.dato);
  await felt.fill(formatDato(dato));
  await felt.blur();
  await expect(estimat.getByTestId("estimerte-renter")).toHaveText(kr(forventet.estimerteRenter));
  // One amount to pay: the claim; the interest is labelled as a later claim of its own, never added in.
  await expect(estimat.getByTestId("aa-betale-naa")).toHaveText(kr(forventet.restbeloep));
  await expect(estimat).toContainText(tt("regnskap.renter.estimerteEgetKrav"));
  await expect(estimat.getByTestId("renter-eget-krav")).toHaveText(tt("regnskap.renter.egetKrav"));
  await expect(estimat).not.toContainText(kr(forventet.totaltAaBetale));
  await expect(estimat).toContainText(t.renter.estimat);
  expect(forventet.estimerteRenter).toBeGreaterThan(krav.stipulerteRenter);
});

test("the payment date field says what is wrong, in words (WCAG 3.3.1)", async ({ page }) => {
  await aapneFoersteRad(page, "ubetalt-krav");
  const estimat = page.getByTestId("renteestimat");
  const felt = estimat.getByLabel(t.renter.dato);
  await felt.fill("31.02.2026");
  await felt.blur();
  await expect(estimat.getByText(t.renter.ugyldig)).toBeVisible();
  await expect(felt).toHaveAttribute("aria-invalid", "true");
  await expect(estimat.getByTestId("renteestimat-resultat")).toHaveCount(0);

  await felt.fill("01.01.2020");
  await felt.blur();
  await expect(estimat.getByText(tt("oversikt.renter.foerIDag", { dato: formatDato(iDag()) }))).toBeVisible();
});

test("Betalte krav 2023: forsinkelsesrente 2022 on 2 434,00, paid from the 315 000,00 payment with Benyttet beløp 2 434,00", async ({ page }) => {
  const rente = standinKrav(SEED_ORGNR, 2023).find((k) => k.beskrivelse === "Forsinkelsesrente")!;
  const brukt = rente.forfall[0]!.innbetalinger[0]!;
  await page.getByRole("tab", { name: t.faner.betalte, exact: true }).click();
  await page.getByLabel(t.aar.label, { exact: true }).selectOption("2023");
  await expect(page).toHaveURL(/fane=betalte/);
  await expect(page).toHaveURL(/aar=2023/);
  const rad = page.getByTestId("betalt-krav").filter({ hasText: "Forsinkelsesrente" });
  await expect(rad).toContainText("2022");
  await expect(rad).toContainText(kr(2_434));
  await expect(rad).toContainText(formatDato(rente.forfall[0]!.forfallsdato));
  await rad.getByRole("button", { expanded: false }).click();
  const dekning = page.getByTestId("betalt-krav-detaljer").getByTestId("dekninger").locator("tbody tr").first();
  await expect(dekning).toContainText(t.detaljer.innbetaling);
  await expect(dekning).toContainText("18.10.2023");
  await expect(dekning).toContainText(kr(315_000));
  await expect(dekning, "money in is shown as the model has it: positive, never flipped").not.toContainText(kr(-315_000));
  await expect(dekning).toContainText(kr(2_434));
  await expect(dekning).toContainText(formatKontoMaskert(brukt.innbetaltFraKonto!));
});

test("Innbetalinger 2023: the 315 000,00 payment lists the claims it covered", async ({ page }) => {
  const betaling = standinInnbetalinger(SEED_ORGNR, 2023).find((i) => i.innbetaltBeloep === 315_000)!;
  await page.goto(`/${SEED_ORGNR}?fane=betalte&visning=innbetalinger&aar=2023`);
  await expect(page.getByRole("radio", { name: t.betalte.visInnbetalinger })).toBeChecked();
  const rad = page.getByTestId("innbetaling").filter({ hasText: kr(315_000) });
  await expect(rad).toContainText("18.10.2023");
  await rad.getByRole("button", { expanded: false }).click();
  const dekket = page.getByTestId("innbetaling-detaljer").locator("tbody tr");
  await expect(dekket).toHaveCount(betaling.plasseringer.length);
  await expect(page.getByTestId("innbetaling-detaljer")).toContainText("Forsinkelsesrente");
  await expect(page.getByTestId("innbetaling-detaljer")).toContainText(kr(2_434));
});

test("tab, year, view and sort live in the URL: reload, back and forward restore them", async ({ page }) => {
  const betalte = standinKrav(SEED_ORGNR, 2023).filter((k) => k.gjenstaaendeBeloep === 0 && k.opprinneligBeloep > 0);
  await page.goto(`/${SEED_ORGNR}?fane=betalte&aar=2023&sorter=opprinneligBeloep`);
  await expect(page.getByRole("tab", { name: t.faner.betalte, exact: true, selected: true })).toBeVisible();
  await expect(page.getByLabel(t.aar.label, { exact: true })).toHaveValue("2023");
  // On a phone the cell is a card's line that names its column (components/Kortliste): the amount is what follows.
  const beloep = async () => (await page.getByTestId("betalt-krav").locator("td:nth-child(4)").allInnerTexts()).map((s) => s.replace(t.tabell.opprinneligBeloep, "").trim());
  const stigende = [...betalte].sort((a, b) => a.opprinneligBeloep - b.opprinneligBeloep).map((k) => kr(k.opprinneligBeloep));
  await expect.poll(beloep).toEqual(stigende);

  await page.getByRole("button", { name: t.tabell.opprinneligBeloep }).click();
  await expect(page).toHaveURL(/retning=synkende/);
  await expect.poll(beloep).toEqual([...stigende].reverse());

  await page.reload();
  await expect.poll(beloep).toEqual([...stigende].reverse());

  await page.getByRole("tab", { name: t.faner.utbetalinger }).click();
  await expect(page).toHaveURL(/fane=utbetalinger/);
  // The choice lives in the URL: under load the radio shows it once the URL has changed.
  await page.getByRole("radio", { name: t.utbetalinger.visTilgode }).click();
  await expect(page).toHaveURL(/visning=tilgode/);
  await expect(page.getByRole("radio", { name: t.utbetalinger.visTilgode })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole("radio", { name: t.utbetalinger.visUtbetalinger })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole("tab", { name: t.faner.betalte, exact: true, selected: true })).toBeVisible();
  await expect.poll(beloep).toEqual([...stigende].reverse());
  await page.goForward();
  await expect(page.getByRole("tab", { name: t.faner.utbetalinger, selected: true })).toBeVisible();
});

test("a year the URL names but we do not offer is reported on the year field, not a blank page", async ({ page }) => {
  await page.goto(`/${SEED_ORGNR}?fane=betalte&aar=1999`);
  const aar = page.getByLabel(t.aar.label, { exact: true });
  await expect(aar).toHaveAttribute("aria-invalid", "true");
  const fra = Number(iDag().slice(0, 4));
  await expect(page.getByText(tt("oversikt.aar.feil", { fra: fra - 9, til: fra }))).toBeVisible();
  await aar.selectOption("2023");
  await expect(aar).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("betalt-krav").first()).toBeVisible();
});

test("keyboard only: switch tabs with arrows, sort, open a claim and copy its account number", async ({ page }) => {
  await fangKopiering(page);
  await page.reload(); // the recorder is installed on the next load
  const tab = page.getByRole("tab", { name: tt("oversikt.faner.ubetalte", { n: 1 }) });
  await tab.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: t.faner.betalte, exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/fane=betalte/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tab", { name: tt("oversikt.faner.ubetalte", { n: 1 }), selected: true })).toBeFocused();

  const sorter = page.getByRole("button", { name: t.tabell.beskrivelse });
  await sorter.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sorter=beskrivelse/);

  const utvid = page.getByTestId("ubetalt-krav").getByRole("button", { expanded: false });
  await utvid.focus();
  await page.keyboard.press("Enter");
  const kopier = page.getByRole("button", { name: tt("oversikt.betaling.kopier", { hva: t.betaling.kontonummer }) });
  await expect(kopier).toBeVisible();
  await kopier.focus();
  await page.keyboard.press("Enter");
  const konto = standinAapneKrav(SEED_ORGNR).krav[0]!.forfall[0]!.betalingsinformasjon!.kontonummer!;
  expect(await kopiert(page)).toEqual([konto]);
});
