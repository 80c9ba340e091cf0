import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import type { Spraak } from "../lib/i18n/spraak";
import { expectNoA11yViolations } from "./axe";
import { LOGIN_PATH, loginAs } from "./helpers/login";
import { oversett } from "./helpers/tekster";

/**
 * Bokmål, nynorsk and English: the header's choice, what the app tells ID-porten and takes back
 * from it, and the overview in each language (texts, number format, axe), with a screenshot per
 * language kept in test-results/skjermbilder/.
 */

async function velgSpraakICookie(page: Page, spraak: Spraak) {
  await page.context().addCookies([{ name: "spraak", value: spraak, url: String(test.info().project.use.baseURL) }]);
}

test("the header's language choice changes the page and <html lang>, and is remembered", async ({ page }) => {
  await page.goto("/logget-ut");
  const banner = page.getByRole("banner");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(banner.getByRole("button", { name: "Bokmål" })).toHaveAttribute("aria-pressed", "true");

  await banner.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/logget-ut$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(banner.getByText(oversett("en")("felles.tjeneste.navn"))).toBeVisible();
  await expect(banner.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveTitle(new RegExp(oversett("en")("felles.tjeneste.navn")));

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // By keyboard: Tab to "Nynorsk" and press Enter.
  await banner.getByRole("button", { name: "Nynorsk" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(banner.getByText(oversett("nn")("felles.tjeneste.navn"))).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "spraak");
  expect(cookie?.value).toBe("nn");
  expect(cookie?.httpOnly).toBe(true);
});

test("each language name is marked with its own language, and the choice has a name", async ({ page }) => {
  await page.goto("/");
  const gruppe = page.getByRole("group", { name: oversett("nb")("felles.spraak.velger") });
  await expect(gruppe.getByRole("button")).toHaveCount(3);
  for (const spraak of ["nb", "nn", "en"] as const) {
    await expect(gruppe.getByRole("button", { name: oversett(spraak)(`felles.spraak.${spraak}`) })).toHaveAttribute("lang", spraak);
  }
});

test("ID-porten is asked to speak the chosen language (ui_locales)", async ({ page }) => {
  await velgSpraakICookie(page, "nn");
  const authorize = page.waitForRequest((r) => new URL(r.url()).searchParams.has("ui_locales"));
  await page.goto(LOGIN_PATH);
  expect(new URL((await authorize).url()).searchParams.get("ui_locales")).toBe("nn");
  await expect(page.getByRole("radio", { name: "Nynorsk", exact: true })).toBeChecked();
});

test("on first login the app takes the language the person used in ID-porten", async ({ page }) => {
  await loginAs(page, "Kari Nordmann", { locale: "English", returnTo: `/${SEED_ORGNR}` });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner").getByText(oversett("en")("felles.tjeneste.navn"))).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === "spraak")?.value).toBe("en");
});

test("a language chosen here is kept when ID-porten was used in another", async ({ page }) => {
  await velgSpraakICookie(page, "nn");
  await loginAs(page, "Kari Nordmann", { locale: "English", returnTo: `/${SEED_ORGNR}` });
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
});

test("two logins as the same person at once each get the language chosen in that login", async ({ browser }) => {
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [sideA, sideB] = await Promise.all([a.newPage(), b.newPage()]);
  // A's choice reaches ID-porten first; its answer (and so A's token) waits until B has logged in.
  let slippA!: () => void;
  const aVenter = new Promise<void>((r) => (slippA = r));
  let aHoldt!: () => void;
  const aErHoldt = new Promise<void>((r) => (aHoldt = r));
  await sideA.route("**/interaction/*/login", async (route) => {
    const svar = await route.fetch({ maxRedirects: 0 });
    aHoldt();
    await aVenter;
    await route.fulfill({ response: svar });
  });
  const loginA = loginAs(sideA, "Kari Nordmann", { locale: "English", returnTo: `/${SEED_ORGNR}` });
  await aErHoldt;
  await loginAs(sideB, "Kari Nordmann", { locale: "Nynorsk", returnTo: `/${SEED_ORGNR}` });
  slippA();
  await loginA;
  await expect(sideA.locator("html")).toHaveAttribute("lang", "en");
  await expect(sideB.locator("html")).toHaveAttribute("lang", "nn");
  await Promise.all([a.close(), b.close()]);
});

const BELOEP: Record<Spraak, RegExp> = {
  nb: /\d\u00a0\d{3},\d{2}/,
  nn: /\d\u00a0\d{3},\d{2}/,
  en: /\d,\d{3}\.\d{2}/,
};

for (const spraak of ["nb", "nn", "en"] as const) {
  test(`the overview in ${spraak}: its texts, its number format, no axe violations, a screenshot`, async ({ page }, testInfo) => {
    const t = oversett(spraak);
    await velgSpraakICookie(page, spraak);
    await loginAs(page, "Kari Nordmann", { returnTo: `/${SEED_ORGNR}` });
    await expect(page.locator("html")).toHaveAttribute("lang", spraak);
    await expect(page.getByTestId("ubetalt-krav").first()).toBeVisible();
    await expect(page.getByRole("tab", { name: t("oversikt.faner.betalte"), exact: true })).toBeVisible();
    await expect(page.getByRole("tab", { name: t("oversikt.faner.utbetalinger"), exact: true })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(t("oversikt.kort.forfalte"));
    await expect(page.getByRole("main")).toContainText(BELOEP[spraak]);
    await expectNoA11yViolations(page);

    const fil = `test-results/skjermbilder/oversikt-${spraak}-${testInfo.project.name}.png`;
    mkdirSync("test-results/skjermbilder", { recursive: true });
    await page.screenshot({ path: fil, fullPage: true });
    await testInfo.attach(`oversikt-${spraak}`, { path: fil, contentType: "image/png" });
  });
}
