import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium, type APIRequestContext } from "@playwright/test";
import { SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { startStandIns } from "../dev/index";
import { parseServerEnv } from "../lib/env";
import { createLogger } from "../lib/log";
import { createKravOgBetalingerClient, kravOgBetalingerConfigFromEnv } from "../lib/kravogbetalinger";
import { waitForOk } from "../e2e/helpers/processes";
import { findChromium } from "../scripts/browser";

/**
 * `npm run bench:oversikt` (after `next build`): how fast the overview answers and how much
 * JavaScript it sends. Prints figures; asserts nothing.
 *
 * - Upstream: the API client alone fetching `aapnekrav` from the stand-in (cache off).
 * - Server: GET /[orgnr] on `next start` for a logged-in person, with the app's answer cache
 *   off (every request goes upstream) and on (the default 30 s). "Over upstream" is the
 *   difference of the medians: what the app adds (session and access check, shaping, render).
 * - First-load JS of /[orgnr] from .next/diagnostics/route-bundle-stats.json, gzipped.
 * Goals (issue #5): ≤ 50 ms over upstream for the seed party, ≤ 300 ms for the large party,
 * first-load JS ≤ 220 kB gzipped.
 *
 * Ports: BENCH_STANDIN_PORT_BASE (default 4830) and BENCH_APP_PORT (default 3830).
 */

const standinBase = process.env.BENCH_STANDIN_PORT_BASE ?? "4830";
const appPort = Number(process.env.BENCH_APP_PORT ?? 3830);
const runder = Number(process.env.BENCH_RUNDER ?? 15);
const baseUrl = `http://localhost:${appPort}`;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

const ms = (n: number) => `${n.toLocaleString("nb-NO", { maximumFractionDigits: 0 })} ms`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))]!;

async function maal(fn: () => Promise<unknown>, n = runder): Promise<number[]> {
  await fn(); // one warm-up
  const tider: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    tider.push(performance.now() - start);
  }
  return tider;
}

function startApp(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["scripts/start.mjs"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
}


function stopp(app: ChildProcess) {
  if (app.pid) process.kill(-app.pid, "SIGTERM");
}

/** Logs in through the ID-porten stand-in like a tester, and returns a request context with the session. */
async function innlogget(): Promise<{ request: APIRequestContext; lukk: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/api/auth/logg-inn?tilbake=%2F`);
  await page.getByRole("radio", { name: /^Rita Regnskap\b/ }).check();
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await page.waitForURL((u) => u.origin === baseUrl && !u.pathname.startsWith("/api/auth/"));
  return { request: context.request, lukk: () => browser.close() };
}

async function sidetider(request: APIRequestContext, orgnr: string): Promise<number[]> {
  return maal(async () => {
    const res = await request.get(`${baseUrl}/${orgnr}`, { maxRedirects: 0 });
    if (res.status() !== 200) throw new Error(`/${orgnr} svarte ${res.status()}`);
    await res.body();
  });
}

function forsteLastJs(): string {
  const fil = `${distDir}/diagnostics/route-bundle-stats.json`;
  if (!existsSync(fil)) return "(fant ikke route-bundle-stats.json: kjør next build først)";
  const stats = JSON.parse(readFileSync(fil, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const rute = stats.find((s) => s.route === "/[orgnr]");
  if (!rute) return "(ingen /[orgnr] i route-bundle-stats.json)";
  let raa = 0;
  let gz = 0;
  for (const sti of rute.firstLoadChunkPaths) {
    const innhold = readFileSync(sti);
    raa += innhold.length;
    gz += gzipSync(innhold, { level: 9 }).length;
  }
  return `${Math.round(gz / 1024)} kB gzip (${Math.round(raa / 1024)} kB ukomprimert, ${rute.firstLoadChunkPaths.length} filer), mål ≤ 220 kB`;
}

async function main() {
  const env = {
    ...process.env,
    APP_ENV: "test",
    STANDIN_PORT_BASE: standinBase,
    PORT: String(appPort),
    NEXTAUTH_URL: baseUrl,
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(`Oversikten: serverens svartid og JavaScript (stand-ins på ${standinBase}, app på ${appPort}, ${runder} runder)\n`);
  console.log(`Første last JS for /[orgnr]: ${forsteLastJs()}\n`);

  const { stop } = await startStandIns(env);
  try {
    const klient = createKravOgBetalingerClient({ ...kravOgBetalingerConfigFromEnv(parseServerEnv(env)), cacheSeconds: 0, logger: createLogger(undefined, "warn") });
    const oppstroems: Record<string, number> = {};
    for (const orgnr of [SEED_ORGNR, STOR_ORGNR]) {
      const t = await maal(() => klient.hentAapnekrav(orgnr));
      oppstroems[orgnr] = median(t);
      console.log(`oppstrøms aapnekrav ${orgnr}:           median ${ms(median(t)).padStart(8)}  p90 ${ms(p90(t))}`);
    }

    for (const [navn, cacheSeconds] of [
      ["uten svarcache (hvert kall går oppstrøms)", "0"],
      ["med svarcache (30 s, standard)", "30"],
    ] as const) {
      const app = startApp({ ...env, KRAVOGBETALINGER_CACHE_SECONDS: cacheSeconds });
      try {
        await waitForOk(`${baseUrl}/api/internal/isready`, () => "appen startet ikke");
        const { request, lukk } = await innlogget();
        console.log(`\nGET /[orgnr], ${navn}:`);
        for (const [orgnr, maalMs] of [
          [SEED_ORGNR, 50],
          [STOR_ORGNR, 300],
        ] as const) {
          const t = await sidetider(request, orgnr);
          const over = cacheSeconds === "0" ? `over oppstrøms ${ms(median(t) - oppstroems[orgnr]!).padStart(7)} (mål ≤ ${maalMs} ms)` : "(oppstrøms svar fra cache)";
          console.log(`  ${orgnr}: median ${ms(median(t)).padStart(8)}  p90 ${ms(p90(t)).padStart(8)}  ${over}`);
        }
        const json = await maal(async () => (await request.get(`${baseUrl}/api/part/${STOR_ORGNR}/aapnekrav?side=2&sorter=gjenstaaendeBeloep`)).body());
        console.log(`  JSON-ruten, side 2 av ${STOR_ORGNR} sortert: median ${ms(median(json))}`);
        await lukk();
      } finally {
        stopp(app);
      }
    }
  } finally {
    await stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
