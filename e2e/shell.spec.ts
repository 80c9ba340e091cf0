import { expect, test } from "@playwright/test";
import { tekster } from "./helpers/tekster";
import { expectNoA11yViolations } from "./axe";

test("the front page shows the service in Norwegian with no accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1, name: tekster.felles.forside.overskrift })).toBeVisible();
  await expect(page.getByRole("banner").getByText(tekster.felles.tjeneste.navn)).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("the typeface is served by the app itself", async ({ page }) => {
  const fontHosts = new Set<string>();
  page.on("request", (request) => {
    if (request.resourceType() === "font") fontHosts.add(new URL(request.url()).host);
  });
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready);
  // The first family the body asks for is the webfont (next/font names it), and it has loaded.
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily.split(",")[0]!.trim());
  expect(family).not.toMatch(/arial|sans-serif/i);
  expect(await page.evaluate((f) => document.fonts.check(`16px ${f}`), family)).toBe(true);
  expect(await page.evaluate(() => [...document.fonts].some((f) => f.status === "loaded" && f.weight === "400"))).toBe(true);
  expect([...fontHosts].every((h) => h.startsWith("localhost"))).toBe(true);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: tekster.felles.skall.hoppTilInnhold });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("#maincontent")).toBeFocused();
});

test("health routes answer without login", async ({ request }) => {
  const alive = await request.get("/api/internal/isalive");
  expect(alive.status()).toBe(200);
  const ready = await request.get("/api/internal/isready");
  expect(ready.status()).toBe(200);
  const body = await ready.json();
  expect(body.ready).toBe(true);
  expect(body.checks.map((c: { name: string }) => c.name)).toEqual(["config", "idporten", "maskinporten"]);
});

test("an unknown page gets a Norwegian not-found page, not a blank one", async ({ page }) => {
  const response = await page.goto("/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: tekster.felles.feil.ikkeFunnet })).toBeVisible();
});
