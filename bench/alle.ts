import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { machineLoad, type BenchRow } from "./helpers/results";
import { benchPorts } from "./helpers/stack";

/**
 * `npm run bench`: every bench in turn (api, oversikt, kontoutskrift, betalingsfil, load, lighthouse), each
 * printing as it goes, then one table: figure, goal, met? Builds first when there is no
 * production build (BENCH_BUILD=1 builds anyway). Benches assert nothing: a missed goal shows in
 * the table; the exit code is non-zero only when a bench could not run at all.
 * BENCH_BARE=load,lighthouse runs only those.
 */

type Bench = { script: string; parse: (out: string) => BenchRow[] };

/** nb-NO numbers: "1 234" with a no-break space, "−12" with a real minus sign. */
const num = (s: string) => Number(s.replace(/[\s\u00a0\u202f]/g, "").replace("\u2212", "-").replace(",", "."));

function parseApi(out: string): BenchRow[] {
  const rows: BenchRow[] = [];
  const kald = out.match(/aapnekrav, kald \(med token\):\s*([\d\s\u00a0]+ ms)/);
  if (kald) rows.push({ figure: "api: aapnekrav stor part, kald", value: kald[1]!.trim(), goal: "", met: null });
  const full = out.match(/8 år [\d-]+\.\.[\d-]+, kald:\s*([\d\s\u00a0]+ ms)/);
  if (full) rows.push({ figure: "api: 8 år krav+inn+ut stor part, kald", value: full[1]!.trim(), goal: "", met: null });
  const kall = out.match(/kall oppstrøms: (\d+) \(mål (\d+): 3 per år\), høyst (\d+) samtidig/);
  if (kall) {
    rows.push({ figure: "api: kall oppstrøms, 8 år", value: kall[1]!, goal: `${kall[2]} (3 per år)`, met: Number(kall[1]) <= Number(kall[2]) });
    rows.push({ figure: "api: kall samtidig", value: kall[3]!, goal: "≤ 4", met: Number(kall[3]) <= 4 });
  }
  return rows;
}

function parseOversikt(out: string): BenchRow[] {
  const rows: BenchRow[] = [];
  const js = out.match(/Første last JS for \/\[orgnr\]: (\d+) kB gzip/);
  if (js) rows.push({ figure: "oversikt: første last JS", value: `${js[1]} kB gzip`, goal: "≤ 220 kB", met: Number(js[1]) <= 220 });
  for (const m of out.matchAll(/ {2}(\d{9}): median .*? over oppstrøms\s+([−\-\d\s\u00a0]+) ms \(mål ≤ (\d+) ms\)/g)) {
    const over = num(m[2]!);
    rows.push({ figure: `oversikt: /${m[1]} over oppstrøms (median)`, value: `${over} ms`, goal: `≤ ${m[3]} ms`, met: over <= Number(m[3]) });
  }
  return rows;
}

function parseKontoutskrift(out: string): BenchRow[] {
  return [...out.matchAll(/^(OK {2}|BOMMET) (.*?) \((.*)\)$/gm)].map((m) => {
    const goal = m[2]!.match(/<=\s*\d+(\s*(ms|MB))?/)?.[0] ?? "";
    return { figure: `kontoutskrift: ${m[2]!.replace(goal, "").trim()}`, value: m[3]!, goal: goal.replace("<=", "≤"), met: m[1] === "BOMMET" ? false : true };
  });
}

const benches: Bench[] = [
  { script: "bench:api", parse: parseApi },
  { script: "bench:oversikt", parse: parseOversikt },
  { script: "bench:kontoutskrift", parse: parseKontoutskrift },
  // its rows come through BENCH_RESULTS_FILE
  { script: "bench:betalingsfil", parse: () => [] },
  { script: "bench:load", parse: () => [] },
  { script: "bench:lighthouse", parse: () => [] },
];

function run(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      process.stdout.write(d);
    });
    child.on("exit", (code) => resolve({ code, out }));
  });
}

function table(rows: BenchRow[]): string {
  const met = (m: boolean | null) => (m === null ? "" : m ? "ja" : "NEI");
  const cols = [
    ["tall", ...rows.map((r) => r.figure)],
    ["verdi", ...rows.map((r) => r.value)],
    ["mål", ...rows.map((r) => r.goal)],
    ["nådd?", ...rows.map((r) => met(r.met))],
  ];
  const widths = cols.map((c) => Math.max(...c.map((s) => s.length)));
  return cols[0]!.map((_, i) => cols.map((c, j) => c[i]!.padEnd(widths[j]!)).join("  ").trimEnd()).join("\n");
}

async function main() {
  const only = process.env.BENCH_BARE?.split(",").map((s) => `bench:${s.trim()}`);
  const chosen = only ? benches.filter((b) => only.includes(b.script)) : benches;
  if (process.env.BENCH_BUILD === "1" || !existsSync(".next/BUILD_ID")) {
    console.log("Bygger (npm run build) ...");
    const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build feilet");
  }
  const dir = mkdtempSync(join(tmpdir(), "kob-bench-"));
  const env = {
    ...process.env,
    // The earlier benches' own port settings, pointed at the same range as the new ones (they run one at a time).
    BENCH_STANDIN_PORT_BASE: String(benchPorts.standInBase),
    BENCH_APP_PORT: String(benchPorts.app),
  };
  const rows: BenchRow[] = [];
  const failed: string[] = [];
  const started = Date.now();
  try {
    for (const b of chosen) {
      console.log(`\n=== npm run ${b.script} ===`);
      const file = join(dir, `${b.script.replace(":", "-")}.jsonl`);
      const { code, out } = await run(b.script, { ...env, BENCH_RESULTS_FILE: file });
      const own = existsSync(file)
        ? readFileSync(file, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l) as BenchRow)
        : [];
      const parsed = [...b.parse(out), ...own];
      // bench:kontoutskrift exits 1 on a missed goal; that is a figure, not a failure to run.
      if (parsed.length === 0) failed.push(`${b.script} (kode ${code})`);
      rows.push(...parsed);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n=== Sammendrag (${Math.round((Date.now() - started) / 1000)} s; ${machineLoad()}) ===\n`);
  console.log(table(rows));
  if (failed.length) {
    console.log(`\nGa ingen tall: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
