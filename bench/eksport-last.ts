import autocannon from "autocannon";
import { SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { iDag } from "../lib/dato";
import { sessionCookie } from "./helpers/login";
import { machineLoad, report, type BenchRow } from "./helpers/results";
import { startStack } from "./helpers/stack";

/**
 * `npm run bench:eksport-last` (after `npm run build`): do big exports share the server? One app
 * instance (next start) and the stand-ins; Rita Regnskap (accountant, 200+ clients) logged in.
 * The overview page /313367002 is loaded with BENCH_TILKOBLINGER connections (4) for
 * BENCH_SEKUNDER seconds (12): first alone, then while exports run one after another the whole
 * time, the big party's kontoutskrift (8 years, ~100 000 rows) and the klientoversikt export.
 * Prints the page's p50/p99 and the server's longest event-loop pause in each phase (the app's
 * own kob_nodejs_eventloop_lag_max_seconds, which prom-client resets at every scrape).
 * Goal (issue #17 item 6): no pause over 50 ms while an export is built.
 */

const connections = Number(process.env.BENCH_TILKOBLINGER ?? 4);
const duration = Number(process.env.BENCH_SEKUNDER ?? 12);
const PAUSE_GOAL_MS = 50;

type Phase = { name: string; exports: number; exportMs: number[]; p50: number; p99: number; max: number; rps: number; errors: number; loopMaxMs: number };

async function loopMaxMs(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/api/internal/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("kob_nodejs_eventloop_lag_max_seconds "));
  return line ? Number(line.split(" ")[1]) * 1000 : NaN;
}

async function phase(baseUrl: string, cookie: string, name: string, exportPath: string | null): Promise<Phase> {
  let running = true;
  const exportMs: number[] = [];
  const exporter = (async () => {
    while (exportPath && running) {
      const start = performance.now();
      const res = await fetch(`${baseUrl}${exportPath}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${exportPath} svarte ${res.status}: ${(await res.text()).slice(0, 200)}`);
      await res.arrayBuffer();
      exportMs.push(performance.now() - start);
    }
  })();
  await loopMaxMs(baseUrl); // resets the app's histogram
  // Let the first export get past its upstream calls and into building before the pages are timed.
  if (exportPath) await new Promise((r) => setTimeout(r, 500));
  const r = await autocannon({ url: `${baseUrl}/${SEED_ORGNR}`, connections, duration, timeout: 10, headers: { cookie } });
  const loop = await loopMaxMs(baseUrl);
  running = false;
  await exporter;
  return { name, exports: exportMs.length, exportMs, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, rps: r.requests.average, errors: r.errors + r.non2xx, loopMaxMs: loop };
}

async function main() {
  console.log(`Sider mens store eksporter lages. ${machineLoad()}`);
  const stack = await startStack({ instances: 1 });
  const rows: BenchRow[] = [];
  try {
    const cookie = await sessionCookie(stack.baseUrl, "Rita Regnskap");
    const aar = Number(iDag().slice(0, 4));
    const kontoutskrift = `/api/part/${STOR_ORGNR}/kontoutskrift?fraOgMed=${aar - 7}-01-01&tilOgMed=${iDag()}`;
    const klientoversikt = "/api/klienter/eksport";
    // Warm-up: the first page and each export once (compiles, caches, the upstream's first answers).
    for (const path of [`/${SEED_ORGNR}`, kontoutskrift, klientoversikt]) {
      const res = await fetch(`${stack.baseUrl}${path}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path} svarte ${res.status} før målingen, ventet 200`);
      await res.arrayBuffer();
    }
    const phases = [
      await phase(stack.baseUrl, cookie, "bare sider", null),
      await phase(stack.baseUrl, cookie, "sider + kontoutskrift", kontoutskrift),
      await phase(stack.baseUrl, cookie, "sider + klientoversikt", klientoversikt),
    ];
    console.log(`\n/${SEED_ORGNR}, ${connections} tilkoblinger i ${duration} s per fase (1 instans):`);
    console.log("fase                        sider/s   p50 ms   p99 ms  maks ms  feil  eksporter (snitt ms)  lengste løkkepause ms");
    for (const p of phases) {
      const snitt = p.exportMs.length ? p.exportMs.reduce((a, b) => a + b, 0) / p.exportMs.length : 0;
      console.log(
        `${p.name.padEnd(26)}${p.rps.toFixed(0).padStart(9)}${String(p.p50).padStart(9)}${String(p.p99).padStart(9)}${String(p.max).padStart(9)}${String(p.errors).padStart(6)}` +
          `${`${p.exports}${p.exports ? ` (${snitt.toFixed(0)})` : ""}`.padStart(22)}${p.loopMaxMs.toFixed(1).padStart(23)}`,
      );
      rows.push({ figure: `eksport-last ${p.name}: side p50 / p99`, value: `${p.p50} / ${p.p99} ms`, goal: "", met: null });
      const goal = p.exports > 0;
      rows.push({ figure: `eksport-last ${p.name}: lengste løkkepause`, value: `${p.loopMaxMs.toFixed(1)} ms`, goal: goal ? `<= ${PAUSE_GOAL_MS} ms` : "", met: goal ? p.loopMaxMs <= PAUSE_GOAL_MS : null });
    }
    for (const p of phases.filter((x) => x.exports > 0)) {
      console.log(`${p.loopMaxMs <= PAUSE_GOAL_MS ? "OK    " : "BOMMET"} løkka aldri blokkert > ${PAUSE_GOAL_MS} ms under ${p.name} (${p.loopMaxMs.toFixed(1)} ms)`);
    }
  } finally {
    await stack.stop();
  }
  console.log(`\n${machineLoad()}. Lastgeneratoren, stand-ins og appen deler de samme kjernene.`);
  report(rows);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
