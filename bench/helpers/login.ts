import { chromium } from "@playwright/test";
import { findChromium, NO_BROWSER_MESSAGE } from "../../scripts/browser";

/**
 * Logs `person` in through the ID-porten stand-in's TestID page in headless Chromium, like a
 * tester would, and returns the session as a `Cookie` header value for the app at `baseUrl`
 * (cookies are per host, so it holds for every port on localhost).
 */
export async function sessionCookie(baseUrl: string, person = "Kari Nordmann"): Promise<string> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/api/auth/logg-inn?tilbake=%2F`);
    await page.getByRole("radio", { name: new RegExp(`^${person}\\b`) }).check();
    await page.getByRole("radio", { name: /idporten-loa-high/ }).check();
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    const origin = new URL(baseUrl).origin;
    await page.waitForURL((u) => u.origin === origin && !u.pathname.startsWith("/api/auth/"), { waitUntil: "commit" });
    const cookies = await context.cookies(baseUrl);
    if (cookies.length === 0) throw new Error(`Innloggingen ga ingen informasjonskapsler for ${baseUrl}`);
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
