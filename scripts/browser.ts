import { existsSync } from "node:fs";

/**
 * The browser for e2e tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's
 * own download. Returns undefined to let Playwright use its own, or throws a clear message.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (p): p is string => Boolean(p),
  );
  for (const path of candidates) if (existsSync(path)) return path;
  return undefined;
}

export const NO_BROWSER_MESSAGE =
  "Fant ingen nettleser for e2e-testene. Installer Debians Chromium (apt-get install -y chromium), " +
  "eller Playwrights egen (npx playwright install chromium), eller pek på en med CHROMIUM_PATH=/sti/til/chromium.";
