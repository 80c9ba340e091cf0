import { expect, test, type Page } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { formatDato } from "../lib/dato";
import { formatKroner } from "../lib/format";
import type { Spraak } from "../lib/i18n/spraak";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";
import { standinAapneKrav, standinKrav, standinUtbetalinger } from "./helpers/oversikt-data";
import { oversett } from "./helpers/tekster";

/**
 * The overview in nynorsk and English: the app's texts, the API's texts (the stand-in has nn and
 * en) and amounts and dates in the language's format, with 0 axe violations on each screen.
 * A screenshot per language of the overview is attached to the report.
 */

const HAVBRIS = "314961900";

async function velgSpraak(page: Page, spraak: Spraak) {
  await page.context().addCookies([{ name: "spraak", value: spraak, url: String(test.info().project.use.baseURL) }]);
}

test.beforeEach(async ({ page }) => {
  await loginAs(page, "Rita Regnskap");
});

for (const spraak of ["nn", "en"] as const) {
  const t = oversett(spraak);
  const kr = (n: number) => formatKroner(n, spraak);

  test(`${spraak}: Ubetalte krav with a claim opened, in the language, its formats and the API's text`, async ({ page }, testInfo) => {
    await velgSpraak(page, spraak);
    const krav = standinAapneKrav(SEED_ORGNR, spraak).krav[0]!;
    const paaBokmaal = standinAapneKrav(SEED_ORGNR, "nb").krav[0]!;
    expect(krav.beskrivelse, "the stand-in has this claim's text in the language").not.toBe(paaBokmaal.beskrivelse);

    await page.goto(`/${SEED_ORGNR}`);
    await expect(page.locator("html")).toHaveAttribute("lang", spraak);
    await expect(page.getByRole("heading", { level: 1, name: t("oversikt.side.overskrift"), exact: true })).toBeVisible();
    await expect(page.getByTestId("kort-forfalte")).toContainText(kr(448_600));
    await expect(page.getByTestId("kort-forfalte")).toContainText(t("oversikt.kort.antall", { n: 1 }));
    await expect(page.getByRole("tab", { name: t("oversikt.faner.ubetalte", { n: 1 }), selected: true })).toBeVisible();
    await expect(page.getByRole("link", { name: t("oversikt.faner.kontoutskrift") })).toBeVisible();

    const rad = page.getByTestId("ubetalt-krav").first();
    await expect(rad).toContainText(krav.beskrivelse);
    await expect(rad).toContainText(formatDato("2024-03-15", spraak));
    await expect(rad).toContainText(t("oversikt.ubetalte.fristenErForfalt"));
    await expect(rad).toContainText(`${t("oversikt.ubetalte.renterHittil")}: ${kr(krav.stipulerteRenter)}`);
    await testInfo.attach(`oversikt-${spraak}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    await expectNoA11yViolations(page);

    await rad.getByRole("button", { expanded: false }).click();
    const detaljer = page.getByTestId("kravdetaljer");
    await expect(detaljer.getByRole("heading", { level: 3 })).toHaveText(t("oversikt.detaljer.overskrift", { beskrivelse: krav.beskrivelse }));
    await expect(detaljer.getByText(t("regnskap.detaljer.forskuddsskatt", { n: krav.forfall.length }), { exact: false })).toBeVisible();
    const terminer = detaljer.getByTestId("forfallstabell").locator("tbody tr");
    for (const [i, f] of krav.forfall.entries()) await expect(terminer.nth(i)).toContainText(formatDato(f.forfallsdato, spraak));
    const f0 = krav.forfall[0]!;
    await expect(terminer.first()).toContainText(t(f0.gjenstaaendeBeloep < f0.opprinneligBeloep ? "oversikt.detaljer.delvisBetaltForfalt" : "oversikt.detaljer.ikkeBetaltForfalt"));
    await expect(detaljer.getByTestId("betalingsinformasjon")).toContainText(t("oversikt.betaling.utland"));
    await expect(page.getByTestId("renteestimat")).toContainText(t("oversikt.renter.overskrift"));
    await expect(page.getByTestId("renteestimat").getByLabel(t("oversikt.renter.dato"))).toBeVisible();
    await expect(page.getByTestId("renteestimat-resultat")).toContainText(t("regnskap.renter.aaBetaleNaa"));
    await expect(page.getByTestId("renteestimat-resultat")).toContainText(t("regnskap.renter.egetKrav"));
    await expectNoA11yViolations(page);
  });

  test(`${spraak}: Betalte krav 2023, the late payment interest in the language, opened`, async ({ page }) => {
    await velgSpraak(page, spraak);
    const rente = standinKrav(SEED_ORGNR, 2023, spraak).find((k) => k.opprinneligBeloep === 2_434)!;
    expect(rente.beskrivelse).not.toBe(standinKrav(SEED_ORGNR, 2023, "nb").find((k) => k.kravidentifikator === rente.kravidentifikator)!.beskrivelse);

    await page.goto(`/${SEED_ORGNR}?fane=betalte&aar=2023`);
    await expect(page.getByRole("tab", { name: t("oversikt.faner.betalte"), exact: true, selected: true })).toBeVisible();
    await expect(page.getByRole("radio", { name: t("oversikt.betalte.visKrav") })).toBeChecked();
    await expect(page.getByLabel(t("oversikt.aar.label"), { exact: true })).toHaveValue("2023");
    await expect(page.getByRole("button", { name: t("oversikt.tabell.opprinneligBeloep") })).toBeVisible();
    const rad = page.getByTestId("betalt-krav").filter({ hasText: rente.beskrivelse });
    await expect(rad).toContainText(kr(2_434));
    await expect(rad).toContainText(formatDato(rente.forfall[0]!.forfallsdato, spraak));
    await expectNoA11yViolations(page);

    await rad.getByRole("button", { expanded: false }).click();
    const detaljer = page.getByTestId("betalt-krav-detaljer");
    await expect(detaljer.getByRole("heading", { level: 3 })).toHaveText(t("oversikt.detaljer.overskrift", { beskrivelse: rente.beskrivelse }));
    const dekning = detaljer.getByTestId("dekninger").locator("tbody tr").first();
    await expect(dekning).toContainText(t("oversikt.detaljer.innbetaling"));
    await expect(dekning).toContainText(formatDato("2023-10-18", spraak));
    await expect(dekning).toContainText(kr(315_000));
    await expectNoA11yViolations(page);
  });

  test(`${spraak}: Utbetalinger 2025, in the language and its formats, opened`, async ({ page }) => {
    await velgSpraak(page, spraak);
    const utbetalinger = standinUtbetalinger(HAVBRIS, 2025, spraak);
    const foerste = utbetalinger[0]!;

    await page.goto(`/${HAVBRIS}?fane=utbetalinger&aar=2025`);
    await expect(page.getByRole("tab", { name: t("oversikt.faner.utbetalinger"), selected: true })).toBeVisible();
    await expect(page.getByRole("button", { name: t("oversikt.utbetalinger.dato") })).toBeVisible();
    await expect(page.getByText(t("oversikt.utbetalinger.sumUtbetalt", { aar: 2025, sum: kr(utbetalinger.reduce((s, u) => s + u.utbetaltBeloep, 0)) }))).toBeVisible();
    const rad = page.getByTestId("utbetaling").filter({ hasText: formatDato(foerste.utbetaltdato, spraak) }).first();
    await expect(rad).toContainText(kr(foerste.utbetaltBeloep));
    await expect(rad).toContainText(t("oversikt.utbetalinger.statusNavn.bekreftet"));
    await expectNoA11yViolations(page);

    await rad.getByRole("button", { expanded: false }).click();
    const detaljer = page.getByTestId("utbetaling-detaljer");
    await expect(detaljer.getByRole("heading", { name: t("oversikt.utbetalinger.grunnlag") })).toBeVisible();
    const kreditt = foerste.kreditKrav[0]!;
    if (kreditt.beskrivelse) await expect(detaljer).toContainText(kreditt.beskrivelse);
    await expect(detaljer).toContainText(kr(kreditt.opprinneligBeloep));
    await expectNoA11yViolations(page);
  });
}
