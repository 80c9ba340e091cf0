import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/browser";

/**
 * E2E against a production build (`next build` first; `npm test` does it) and the stand-ins.
 * Test ports differ from dev ports so tests can run beside `npm run dev`.
 */
const appPort = Number(process.env.TEST_APP_PORT ?? 3100);
const standInBase = Number(process.env.TEST_STANDIN_PORT_BASE ?? 4500);
const baseURL = `http://localhost:${appPort}`;
const executablePath = findChromium();

const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const sharedEnv = {
  STANDIN_PORT_BASE: String(standInBase),
  NEXTAUTH_URL: baseURL,
  PORT: String(appPort),
  NEXT_TELEMETRY_DISABLED: "1",
};

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
  },
  projects: [
    // mobil.spec.ts sets its own phone widths (320/360/414) on a phone: the mobil project only.
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /mobil\.spec\.ts$/ },
    // Specs named *.api.spec.ts test the server, *.once.spec.ts the deployment: once is enough.
    // The klientoversikt, the overview's states and its languages do not change with the width
    // beyond what mobil.spec.ts checks on a phone (Rita's 209 clients, every list as cards), so
    // they run on the desktop only: the whole `npm test` must stay within 15 minutes on 2 cores.
    {
      name: "mobil",
      use: { ...devices["Pixel 7"], launchOptions },
      testIgnore: [/\.(api|once)\.spec\.ts$/, /klientoversikt\.spec\.ts$/, /oversikt-tilstander\.spec\.ts$/, /oversikt-spraak\.spec\.ts$/],
    },
  ],
  webServer: [
    {
      command: "node --import tsx dev/index.ts",
      url: `http://localhost:${standInBase}/health`,
      env: sharedEnv,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The standalone server with its static files, as the container image runs it.
      command: "node scripts/start.mjs",
      url: `${baseURL}/api/internal/isready`,
      // The default timeout per try (10 s) and time budget per request (8 s): the budget is what
      // bounds the hanging test party (e2e/budsjett.api.spec.ts), and the breaker then answers at once.
      // A short breaker window, so one spec's visit to the hanging party barely touches another's.
      env: { ...sharedEnv, APP_ENV: "test", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", KRAVOGBETALINGER_BREAKER_MS: "3000" },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
