import autocannon from "autocannon";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { sessionCookie } from "./helpers/login";
import { machineLoad, report, type BenchRow } from "./helpers/results";
import { startStack } from "./helpers/stack";

/**
 * `npm run bench:load` (after `npm run build`): load on the seed party's overview for a
 * logged-in person (Kari Nordmann), with autocannon: BENCH_TILKOBLINGER connections (50) for
 * BENCH_SEKUNDER seconds (30) per target, against the page /313367002 and its JSON
 * /api/part/313367002/aapnekrav, first on one instance (sessions in memory), then on one with
 * Redis, then on two behind nginx round-robin with sessions in Redis. Localhost only; each run stops by itself.
 * Prints requests/s, p50/p99 latency and errors; asserts nothing.
 * Goal (issue #8): 0 errors and p99 < 1 s on one instance with 2 cores.
 */

const connections = Number(process.env.BENCH_TILKOBLINGER ?? 50);
const duration = Number(process.env.BENCH_SEKUNDER ?? 30);
const P99_GOAL_MS = 1000;

const targets = [
  { name: "side", path: `/${SEED_ORGNR}` },
  { name: "json", path: `/api/part/${SEED_ORGNR}/aapnekrav` },
];

type Figures = { rps: number; p50: number; p99: number; max: number; ok: number; errors: number; timeouts: number; non2xx: number; codes: string };

async function load(url: string, cookie: string): Promise<Figures> {
  const r = await autocannon({ url, connections, duration, timeout: 10, headers: { cookie } });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    ok: r["2xx"],
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    // Which statuses the non-2xx answers had, e.g. "503 × 9".
    codes: Object.entries(r.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, s]) => `${code} × ${s.count ?? 0}`)
      .join(", "),
  };
}

async function scenario(instances: 1 | 2, redis = false): Promise<BenchRow[]> {
  const stack = await startStack({ instances, redis });
  const label = instances === 2 ? "2 instanser bak nginx, Redis" : redis ? "1 instans, Redis" : "1 instans";
  const rows: BenchRow[] = [];
  try {
    const cookie = await sessionCookie(stack.baseUrl);
    console.log(`\n${label} (${stack.baseUrl}), ${connections} tilkoblinger i ${duration} s per mål:`);
    for (const t of targets) {
      const url = `${stack.baseUrl}${t.path}`;
      // One request first: a run against a login redirect or an error page would measure nothing useful.
      const probe = await fetch(url, { headers: { cookie }, redirect: "manual" });
      if (probe.status !== 200) throw new Error(`${t.path} svarte ${probe.status} før lasten, ventet 200`);
      await probe.arrayBuffer();
      const f = await load(url, cookie);
      const errors = f.errors + f.non2xx;
      console.log(
        `  ${t.path.padEnd(34)} ${f.rps.toFixed(0).padStart(5)} req/s  p50 ${String(f.p50).padStart(5)} ms  p99 ${String(f.p99).padStart(5)} ms  ` +
          `maks ${f.max} ms  ${f.ok} × 2xx, feil ${errors} (${f.errors} tilkobling/tidsavbrudd, ${f.non2xx} ikke-2xx${f.codes ? `: ${f.codes}` : ""})`,
      );
      if (errors > 0) {
        // What the app said about them (LOG_LEVEL=warn: errors and warnings only).
        const said = stack.appLogs().split("\n").filter((l) => /"level":"(error|fatal)"|Error/.test(l));
        for (const l of said.slice(-5)) console.log(`     app: ${l.slice(0, 400)}`);
      }
      const where = `last ${t.name}, ${label}`;
      const goalApplies = instances === 1 && !redis;
      rows.push({ figure: `${where}: req/s`, value: f.rps.toFixed(0), goal: "", met: null });
      rows.push({ figure: `${where}: p50 / p99`, value: `${f.p50} / ${f.p99} ms`, goal: goalApplies ? `p99 < ${P99_GOAL_MS} ms` : "", met: goalApplies ? f.p99 < P99_GOAL_MS : null });
      rows.push({ figure: `${where}: feil`, value: String(errors), goal: "0", met: errors === 0 });
    }
  } finally {
    await stack.stop();
  }
  return rows;
}

async function main() {
  console.log(`Last mot oversikten for ${SEED_ORGNR}, innlogget (autocannon). ${machineLoad()}`);
  const rows: BenchRow[] = [];
  rows.push(...(await scenario(1)));
  // The same one instance with Redis: what the shared store costs, apart from a second process on the same cores.
  rows.push(...(await scenario(1, true)));
  rows.push(...(await scenario(2)));
  console.log(`\n${machineLoad()}. Lastgeneratoren, stand-ins og appen deler de samme kjernene.`);
  report(rows);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
