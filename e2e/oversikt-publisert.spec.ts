import { expect, test } from "@playwright/test";
import { formatKroner } from "../lib/format";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";
import { PUBLISERT_ORGNR, publisertAapneKrav, publisertInnbetalinger2022, publisertKrav2022 } from "./helpers/publisert";
import { t as tt, tekster } from "./helpers/tekster";

/**
 * The party whose answers are Skatteetaten's published example responses, verbatim: what a user
 * comes for must be there (the KID, what a payment covered, the signs), and the person's number
 * mixed into an AS's answer is never shown.
 */

const t = tekster.oversikt;
const kr = (n: number) => formatKroner(n);

test.beforeEach(async ({ page }) => {
  await loginAs(page, "Ola Flerfirma", { returnTo: `/${PUBLISERT_ORGNR}` });
});

test("the overview: every published open claim, the KID from betalingsinformasjon.kidnummer in the claim's payment details, no person's number", async ({ page }) => {
  const data = publisertAapneKrav();
  await expect(page.getByRole("tab", { name: tt("oversikt.faner.ubetalte", { n: data.krav.length }) })).toBeVisible();
  await expect(page.getByTestId("ubetalt-krav")).toHaveCount(data.krav.length);
  const rad = page.getByTestId("ubetalt-krav").filter({ hasText: "Mva-melding" }).first();
  await rad.getByRole("button", { expanded: false }).click();
  await expect(page.getByTestId("betalingsinformasjon")).toContainText("18719784330100322000006");
  await expect(page.getByTestId("kravdetaljer")).toContainText(tt("kravdata.periode", { fra: "01.01.2022", til: "28.02.2022" }));
  await expect(page.getByRole("main")).not.toContainText("13114614453");
  await expect(page.getByRole("main")).not.toContainText("131146 14453");
  await expectNoA11yViolations(page);
});

test("Innbetalinger 2022: what each payment covered (plassertKrav), money in positive, the payer's KID", async ({ page }) => {
  const betaling = publisertInnbetalinger2022().find((i) => i.innbetalingsidentifikator === "FORF-91264797")!;
  expect(betaling.plasseringer).toHaveLength(2);
  await page.goto(`/${PUBLISERT_ORGNR}?fane=betalte&visning=innbetalinger&aar=2022`);
  const rad = page.getByTestId("innbetaling").filter({ hasText: kr(51_433) });
  await expect(rad).toContainText("17.01.2022");
  await expect(rad).not.toContainText(kr(-51_433));
  await rad.getByRole("button", { expanded: false }).click();
  const detaljer = page.getByTestId("innbetaling-detaljer");
  await expect(detaljer.getByRole("heading", { level: 3 })).toHaveText(t.innbetaling.dekket);
  await expect(detaljer.locator("tbody tr")).toHaveCount(2);
  await expect(detaljer.locator("tbody tr").nth(0)).toContainText("Mva-melding");
  await expect(detaljer.locator("tbody tr").nth(0)).toContainText("10.12.2021");
  await expect(detaljer.locator("tbody tr").nth(0)).toContainText(kr(51_321));
  await expect(detaljer.locator("tbody tr").nth(1)).toContainText("Forsinkelsesrenter");
  await expect(detaljer.locator("tbody tr").nth(1)).toContainText(kr(439));
  await expect(detaljer.locator("tbody tr").nth(1)).toContainText(kr(112));
  await expect(detaljer.getByTestId("innbetaling-kid")).toHaveText(tt("kravdata.kid", { kid: "578235678799882" }));
  await expect(detaljer).toContainText(tt("kravdata.melding", { melding: "5026009575526338" }));
  await expectNoA11yViolations(page);
});

test("Betalte krav 2022: the interest claim names its principal and shows the payment and the offset that covered it", async ({ page }) => {
  const rente = publisertKrav2022().find((k) => k.kravidentifikator === "KRAV-33243589")!;
  expect(rente.hovedstolKravidentifikator).toBe("KRAV-33158653");
  await page.goto(`/${PUBLISERT_ORGNR}?fane=betalte&aar=2022`);
  const rad = page.getByTestId("betalt-krav").filter({ hasText: rente.beskrivelse });
  await rad.getByRole("button", { expanded: false }).click();
  const detaljer = page.getByTestId("betalt-krav-detaljer");
  await expect(detaljer.getByTestId("hovedstol")).toHaveText(tt("kravdata.renterAv", { kravidentifikator: "KRAV-33158653" }));
  const dekninger = detaljer.getByTestId("dekninger").locator("tbody tr");
  await expect(dekninger).toHaveCount(2);
  await expect(dekninger.nth(0)).toContainText(t.detaljer.innbetaling);
  await expect(dekninger.nth(0)).toContainText(kr(51_433));
  await expect(dekninger.nth(0)).toContainText(kr(112));
  await expect(dekninger.nth(0).getByTestId("dekning-kid")).toHaveText(tt("kravdata.kid", { kid: "578235678799882" }));
  await expect(dekninger.nth(1)).toContainText(kr(10));
});
