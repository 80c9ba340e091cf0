import { expect, test, type Page } from "@playwright/test";

export type TestPersonName = "Kari Nordmann" | "Ola Flerfirma" | "Rita Regnskap" | "Per Utentilgang" | "Tove Tidsavbrudd";
export type Acr = "idporten-loa-substantial" | "idporten-loa-high";

/** Where the app sends a browser to log in; `tilbake` is the app path to return to. */
export const LOGIN_PATH = "/api/auth/logg-inn";

/**
 * Logs in through the real ID-porten stand-in in the browser: the app sends the browser to the
 * stand-in's authorize endpoint, the stand-in's TestID page is filled in like a tester would,
 * and the function returns once the browser is back in the app (at `returnTo`, default "/",
 * or wherever the app sends this person, e.g. an error page for a too-low acr).
 */
/** The language chosen on the TestID page, which ID-porten returns as the id_token's `locale`. */
export type IdportenLocale = "Bokmål" | "Nynorsk" | "English" | "Sámegiella";

export async function loginAs(page: Page, person: TestPersonName, opts: { acr?: Acr; returnTo?: string; locale?: IdportenLocale } = {}): Promise<void> {
  const response = await page.goto(`${LOGIN_PATH}?tilbake=${encodeURIComponent(opts.returnTo ?? "/")}`);
  // The app's origin is where the first request of that redirect chain went (the test's baseURL,
  // which a spec may override with test.use).
  let first = response?.request() ?? null;
  while (first?.redirectedFrom()) first = first.redirectedFrom();
  const appOrigin = new URL(first?.url() ?? String(test.info().project.use.baseURL)).origin;
  await expect(page, "the app should send the browser to the ID-porten stand-in").not.toHaveURL((url) => url.origin === appOrigin);
  await page.getByRole("radio", { name: new RegExp(`^${person}\\b`) }).check();
  await page.getByRole("radio", { name: new RegExp(opts.acr ?? "idporten-loa-high") }).check();
  if (opts.locale) await page.getByRole("radio", { name: opts.locale, exact: true }).check();
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  // "commit", then the load state: a same-document navigation after load (Next replacing the
  // history entry) must not leave us waiting for a load event that never comes.
  await page.waitForURL((url) => url.origin === appOrigin && !url.pathname.startsWith("/api/auth/"), { waitUntil: "commit" });
  await page.waitForLoadState();
}
