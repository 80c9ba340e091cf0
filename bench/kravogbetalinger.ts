import { parseServerEnv } from "../lib/env";
import { createLogger } from "../lib/log";
import { createKravOgBetalingerClient, kravOgBetalingerConfigFromEnv, type UpstreamCall } from "../lib/kravogbetalinger";
import { STOR_ORGNR } from "../dev/testdata/parties";
import { startStandIns } from "../dev/index";

/**
 * `npm run bench:api`: times the API client against the local stand-ins (started here, on
 * BENCH_STANDIN_PORT_BASE, default 4810) for the large party: aapnekrav, and a full 8-year
 * krav + innbetalinger + utbetalinger fetch. Prints figures; asserts nothing. The stand-ins
 * run in this process, so their time to build answers is part of what is measured.
 * Goal: 3 upstream calls per year of period, at most 4 at once.
 */

const base = process.env.BENCH_STANDIN_PORT_BASE ?? "4810";
const thisYear = new Date().getFullYear();
const periode = { fraOgMed: `${thisYear - 7}-01-01`, tilOgMed: `${thisYear}-12-31` };

/** The most calls that were on the wire at the same moment. */
function maxAtOnce(calls: UpstreamCall[]): number {
  const edges = calls.flatMap((c) => [
    { t: c.startedAt, d: 1 },
    { t: c.endedAt, d: -1 },
  ]);
  edges.sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let max = 0;
  for (const e of edges) max = Math.max(max, (now += e.d));
  return max;
}

const ms = (n: number) => `${Math.round(n).toLocaleString("nb-NO")} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function main() {
  const env = { ...process.env, APP_ENV: "local", STANDIN_PORT_BASE: base, LOG_LEVEL: "warn" };
  const { stop } = await startStandIns(env);
  try {
    const calls: UpstreamCall[] = [];
    const client = createKravOgBetalingerClient({
      ...kravOgBetalingerConfigFromEnv(parseServerEnv(env)),
      logger: createLogger(undefined, "warn"),
      onUpstreamCall: (c) => calls.push(c),
    });
    console.log(`Krav og betalinger-klienten mot stand-ins (port ${base}), part ${STOR_ORGNR}\n`);

    // The stand-in builds the party's ledger on first use: a throwaway client pays for that.
    const [, tFirst] = await timed(() =>
      createKravOgBetalingerClient({ ...kravOgBetalingerConfigFromEnv(parseServerEnv(env)), logger: createLogger(undefined, "warn") }).hentAapnekrav(STOR_ORGNR),
    );
    console.log(`(stand-in bygger hovedboken:        ${ms(tFirst).padStart(9)})`);
    const [aapne, tAapne] = await timed(() => client.hentAapnekrav(STOR_ORGNR));
    console.log(`aapnekrav, kald (med token):        ${ms(tAapne).padStart(9)}  ${aapne.krav.length} åpne krav, ${calls.length} kall`);
    const [, tAapneCached] = await timed(() => client.hentAapnekrav(STOR_ORGNR));
    console.log(`aapnekrav, fra cache:               ${ms(tAapneCached).padStart(9)}`);

    calls.length = 0;
    const [[krav, inn, ut], tFull] = await timed(() =>
      Promise.all([client.hentKrav(STOR_ORGNR, periode), client.hentInnbetalinger(STOR_ORGNR, periode), client.hentUtbetalinger(STOR_ORGNR, periode)]),
    );
    const years = thisYear - (thisYear - 7) + 1;
    console.log(
      `8 år ${periode.fraOgMed}..${periode.tilOgMed}, kald: ${ms(tFull).padStart(9)}  ` +
        `${krav.krav.length} krav, ${inn.innbetalinger.length} innbetalinger, ${ut.utbetalinger.length} utbetalinger`,
    );
    console.log(`  kall oppstrøms: ${calls.length} (mål ${3 * years}: 3 per år), høyst ${maxAtOnce(calls)} samtidig (mål ≤ 4)`);
    for (const endepunkt of ["krav", "innbetalinger", "utbetalinger"] as const) {
      const mine = calls.filter((c) => c.endepunkt === endepunkt);
      const avg = mine.reduce((s, c) => s + c.durationMs, 0) / Math.max(1, mine.length);
      console.log(`  ${endepunkt.padEnd(14)} ${mine.length} kall, snitt ${ms(avg)}, lengste ${ms(Math.max(0, ...mine.map((c) => c.durationMs)))}`);
    }
    calls.length = 0;
    const [, tFullCached] = await timed(() =>
      Promise.all([client.hentKrav(STOR_ORGNR, periode), client.hentInnbetalinger(STOR_ORGNR, periode), client.hentUtbetalinger(STOR_ORGNR, periode)]),
    );
    console.log(`8 år, fra cache:                    ${ms(tFullCached).padStart(9)}  ${calls.length} kall`);
    const mem = process.memoryUsage();
    console.log(`\nminne: rss ${Math.round(mem.rss / 1e6)} MB, heap ${Math.round(mem.heapUsed / 1e6)} MB`);
  } finally {
    await stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
