import { expect, test } from "@playwright/test";
import { CLIENT_PARTIES, FAILING_PARTIES, SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { formatKroner } from "../lib/format";
import { t as tt, tekster } from "./helpers/tekster";
import { loginAs } from "./helpers/login";
import { antallForfalte, forfaltUtenUtsatte, standinAapneKrav, standinKrav } from "./helpers/oversikt-data";

/** The states a user meets: empty, screened, upstream errors, loading, many claims, and sums that match the stand-in. */

const t = tekster.oversikt;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const kr = (n: number) => formatKroner(n);
const feilende = (scenario: string) => FAILING_PARTIES.find((p) => p.scenario === scenario)!.orgnr;

test("an empty party gets calm sentences, not empty tables", async ({ page }) => {
  await loginAs(page, "Ola Flerfirma", { returnTo: "/314055403" });
  await expect(page.getByRole("heading", { level: 1, name: t.side.overskrift })).toBeVisible();
  await expect(page.getByTestId("kort-forfalte")).toContainText(kr(0));
  await expect(page.getByTestId("kort-forfalte")).toHaveAttribute("data-advarsel", "false");
  await expect(page.getByTestId("tom-liste")).toHaveText(t.ubetalte.tom);
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("tab", { name: t.faner.betalte, exact: true }).click();
  await page.getByLabel(t.aar.label, { exact: true }).selectOption("2023");
  await expect(page.getByTestId("tom-liste")).toHaveText(tt("oversikt.betalte.kravTom", { aar: 2023 }));
  await page.getByRole("tab", { name: t.faner.utbetalinger }).click();
  await expect(page.getByTestId("tom-liste")).toHaveText(tt("oversikt.utbetalinger.utbetalingerTom", { aar: 2023 }));
});

test.describe("Rita Regnskap's clients", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, "Rita Regnskap");
  });

  test("the cards, the tab count and the totals per kravgruppe equal the stand-in's data for several parties", async ({ page }) => {
    test.setTimeout(90_000);
    for (const orgnr of [SEED_ORGNR, "314961900", STOR_ORGNR, CLIENT_PARTIES[0]!.orgnr]) {
      const data = standinAapneKrav(orgnr);
      const antall = antallForfalte(data);
      await page.goto(`/${orgnr}`);
      const forfalte = page.getByTestId("kort-forfalte");
      await expect(forfalte, orgnr).toContainText(kr(forfaltUtenUtsatte(data)));
      await expect(forfalte, orgnr).toContainText(tt("oversikt.kort.antall", { n: antall.forfalte }));
      await expect(page.getByTestId("kort-fremtidige"), orgnr).toContainText(kr(data.totalOversikt.sumIkkeForfalteKrav));
      await expect(page.getByTestId("kort-fremtidige"), orgnr).toContainText(tt("oversikt.kort.antall", { n: antall.fremtidige }));
      await expect(page.getByTestId("kort-renter"), orgnr).toContainText(kr(data.totalOversikt.sumStipulerteRenter));
      await expect(page.getByTestId("kort-saldo"), orgnr).toContainText(kr(data.totalOversikt.saldo));
      // appealed claims (the large party has thousands): a line of their own, not in Forfalte krav
      const utsattSum = data.krav.flatMap((k) => k.forfall).filter((f) => f.utsattIverksettelse).reduce((s, f) => s + Math.round(f.gjenstaaendeBeloep * 100), 0) / 100;
      if (antall.utsatte > 0) await expect(page.getByTestId("utsatte-krav"), orgnr).toHaveText(tt("kravdata.utsatte", { antall: antall.utsatte, sum: kr(utsattSum) }));
      else await expect(page.getByTestId("utsatte-krav"), orgnr).toHaveCount(0);
      await expect(page.getByRole("tab", { name: tt("oversikt.faner.ubetalte", { n: data.krav.length }) }), orgnr).toBeVisible();
      const grupper = page.getByTestId("kravgrupper").locator("tbody tr");
      await expect(grupper, orgnr).toHaveCount(data.oversiktPerKravgruppe.length);
      for (const [i, g] of data.oversiktPerKravgruppe.entries()) {
        await expect(grupper.nth(i), orgnr).toContainText(g.kravgruppe);
        await expect(grupper.nth(i), orgnr).toContainText(kr(g.saldo));
      }
      if (data.totalOversikt.sumUplasserteInnbetalinger > 0) {
        await expect(page.getByTestId("uplasserte"), orgnr).toContainText(kr(data.totalOversikt.sumUplasserteInnbetalinger));
      } else {
        await expect(page.getByTestId("uplasserte"), orgnr).toHaveCount(0);
      }
    }
  });

  test("the large party pages its thousands of open claims and filters them by text", async ({ page }) => {
    const data = standinAapneKrav(STOR_ORGNR);
    expect(data.krav.length).toBeGreaterThanOrEqual(5000);
    await page.goto(`/${STOR_ORGNR}`);
    await expect(page.getByTestId("ubetalt-krav")).toHaveCount(25);
    await expect(page.getByText(tt("oversikt.tabell.visning", { fra: 1, til: 25, treff: data.krav.length }))).toBeVisible();
    await page.getByRole("button", { name: "2", exact: true }).click();
    await expect(page).toHaveURL(/side=2/);
    await expect(page.getByText(tt("oversikt.tabell.visning", { fra: 26, til: 50, treff: data.krav.length }))).toBeFocused();

    const kid = data.krav[100]!.forfall[0]!.betalingsinformasjon!.kid!;
    const medKid = data.krav.filter((k) => k.forfall.some((f) => f.betalingsinformasjon?.kid === kid)).length;
    await page.getByLabel(t.ubetalte.sok).fill(kid);
    await expect(page).toHaveURL(/sok=/);
    await expect(page.getByTestId("ubetalt-krav")).toHaveCount(Math.min(25, medKid));
    await page.getByLabel(t.ubetalte.sok).fill("ingen krav heter dette");
    await expect(page.getByTestId("tom-liste")).toHaveText(tt("oversikt.ubetalte.ingenTreff", { q: "ingen krav heter dette" }));
  });

  test("a fully screened party (only the call's parameters and skjermet: true): the notice with 'no details', no sums, never an error page", async ({ page }) => {
    const data = standinAapneKrav("310478717");
    expect([data.skjermet, data.harSummer, data.krav.length]).toEqual([true, false, 0]);
    await page.goto("/310478717");
    await expect(page.getByTestId("skjermet")).toContainText(t.skjermet.overskrift);
    await expect(page.getByTestId("skjermet-ingen-detaljer")).toHaveText(tekster.kravdata.ingenDetaljer);
    await expect(page.getByTestId("kort-forfalte")).toHaveCount(0);
    await expect(page.getByTestId("korrelasjonsid")).toHaveCount(0);
    await expect(page.getByTestId("tom-liste")).toBeVisible();
    await page.getByRole("tab", { name: t.faner.betalte, exact: true }).click();
    await expect(page.getByTestId("tom-liste")).toBeVisible();
    await expect(page.getByTestId("korrelasjonsid")).toHaveCount(0);
  });

  for (const scenario of ["feil-kb002", "feil-das003", "feil-ugyldig"]) {
    test(`upstream failure (${scenario}): what failed, not your fault, the reference to quote, and a retry`, async ({ page }) => {
      await page.goto(`/${feilende(scenario)}`);
      const alert = page.getByRole("alert").filter({ hasText: tt("oversikt.feil.overskrift", { hva: t.feil.hva.aapnekrav }) });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(t.feil.ikkeDinFeil);
      await expect(page.getByRole("heading", { level: 1, name: t.side.overskrift })).toBeVisible();
      const ref = alert.getByTestId("korrelasjonsid");
      await expect(ref).toHaveText(/^[0-9a-f-]{36}$/);
      const foer = await ref.innerText();
      await alert.getByRole("button", { name: t.feil.proevIgjen }).click();
      await expect(ref).not.toHaveText(foer);
      await expect(page.locator("body")).not.toContainText(/at \w+ \(|Error:|stack/i);
    });
  }

  test("an upstream that never answers: the page says Skatteetaten did not answer in time, with a reference and a retry", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${feilende("feil-timeout")}`);
    const alert = page.getByRole("alert").filter({ hasText: tt("oversikt.feil.overskrift", { hva: t.feil.hva.aapnekrav }) });
    // The first visit waits out the time budget; within the breaker's window (another spec may
    // just have opened it) the answer is at once: "Skatteetaten svarer ikke akkurat nå".
    const tidsavbrudd = new RegExp(`${escapeRegExp(t.feil.tidsavbrudd)}|${escapeRegExp(tekster.oppstroems.svarerIkke)}`);
    await expect(alert).toContainText(tidsavbrudd, { timeout: 60_000 });
    await expect(alert.getByTestId("korrelasjonsid")).toHaveText(/^KOB-[0-9A-F]{12}$/);
    await expect(alert.getByRole("button", { name: t.feil.proevIgjen })).toBeVisible();
  });

  test("an unstable upstream that fails every other call still shows the data (the client retries)", async ({ page }) => {
    await page.goto(`/${feilende("feil-ustabil")}`);
    await expect(page.getByTestId("kort-forfalte")).toBeVisible();
  });
});

test("a year's list shows a skeleton while loading, and a failed fetch offers a retry that works", async ({ page }) => {
  await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}?fane=betalte&aar=2023` });
  await expect(page.getByTestId("betalt-krav").first()).toBeVisible();
  let feil = true;
  await page.route("**/api/part/*/krav?*aar=2022*", async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    if (feil) {
      const body = { feil: { type: "upstream", status: 500, kode: "KB-001", korrelasjonsid: "3f2b8c1e-0000-4000-8000-000000000001", kanProevesIgjen: true, ingenData: false } };
      return route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify(body) });
    }
    return route.continue();
  });
  await page.getByLabel(t.aar.label, { exact: true }).selectOption("2022");
  await expect(page.getByTestId("skjelett")).toBeVisible();
  const alert = page.getByRole("alert").filter({ hasText: tt("oversikt.feil.overskrift", { hva: tt("oversikt.feil.hva.krav", { aar: 2022 }) }) });
  await expect(alert).toContainText("3f2b8c1e-0000-4000-8000-000000000001");
  feil = false;
  await alert.getByRole("button", { name: t.feil.proevIgjen }).click();
  const betalte2022 = standinKrav(SEED_ORGNR, 2022).filter((k) => k.gjenstaaendeBeloep === 0 && k.opprinneligBeloep > 0);
  await expect(page.getByTestId("betalt-krav")).toHaveCount(Math.min(25, betalte2022.length));
});
