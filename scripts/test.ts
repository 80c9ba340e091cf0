import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findChromium, NO_BROWSER_MESSAGE } from "./browser";

/**
 * `npm test`: lint, type check, unit tests, production build, then Playwright e2e against
 * `next start` (APP_ENV=test) and the stand-ins. Ends with one line: "N passed, N failed".
 * `npm test -- --unit` stops after the unit tests.
 */

type Step = { name: string; passed: number; failed: number; skipped: number };
const steps: Step[] = [];
const args = new Set(process.argv.slice(2));

function run(command: string, argv: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const node = process.execPath;
const bin = (name: string) => `node_modules/${name}`;

async function check(name: string, command: string, argv: string[], env?: Record<string, string>) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, argv, env);
  steps.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
  return code === 0;
}

function countTap(file: string): Omit<Step, "name"> {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const tap = readFileSync(file, "utf8");
  const num = (key: string) => Number(tap.match(new RegExp(`^# ${key} (\\d+)`, "m"))?.[1] ?? 0);
  return { passed: num("pass"), failed: num("fail") + num("cancelled"), skipped: num("skipped") + num("todo") };
}

/** Unit tests live beside the code: every *.test.ts under the source folders (Node 20 has no --test globs). */
function findTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : findTests(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

async function unit() {
  console.log("\n▶ unit tests (node:test)");
  mkdirSync("test-results", { recursive: true });
  const tapFile = "test-results/unit.tap";
  rmSync(tapFile, { force: true });
  const files = ["lib", "dev", "components", "app", "scripts"].flatMap((dir) => findTests(dir));
  if (existsSync("proxy.test.ts")) files.push("proxy.test.ts");
  const code = await run(node, [
    "--conditions=react-server",
    "--import",
    "tsx",
    "--test",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ]);
  const counts = countTap(tapFile);
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  steps.push({ name: "unit", ...counts });
}

async function e2e() {
  if (!findChromium()) {
    try {
      const { chromium } = await import("@playwright/test");
      if (!existsSync(chromium.executablePath())) throw new Error("missing");
    } catch {
      console.error(`\n${NO_BROWSER_MESSAGE}`);
      steps.push({ name: "e2e", passed: 0, failed: 1, skipped: 0 });
      return;
    }
  }
  if (!(await check("next build", node, [bin("next/dist/bin/next"), "build"]))) {
    steps.push({ name: "e2e", passed: 0, failed: 1, skipped: 0 });
    return;
  }
  console.log("\n▶ e2e (Playwright)");
  const resultFile = "test-results/e2e-results.json";
  rmSync(resultFile, { force: true });
  const code = await run(node, [bin("@playwright/test/cli.js"), "test"]);
  let counts = { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 };
  if (existsSync(resultFile)) {
    const stats = JSON.parse(readFileSync(resultFile, "utf8")).stats ?? {};
    counts = {
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: stats.unexpected ?? 0,
      skipped: stats.skipped ?? 0,
    };
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
  }
  steps.push({ name: "e2e", ...counts });
}

async function main() {
  const started = Date.now();
  await check("lint", node, [bin("eslint/bin/eslint.js"), ".", "--max-warnings=0"]);
  await check("typecheck", node, [bin("typescript/bin/tsc"), "--noEmit"]);
  await unit();
  if (!args.has("--unit")) await e2e();

  const total = steps.reduce((a, s) => ({ passed: a.passed + s.passed, failed: a.failed + s.failed, skipped: a.skipped + s.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  console.log("\nSammendrag:");
  for (const s of steps) console.log(`  ${s.name.padEnd(12)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}`);
  console.log(`  (${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed > 0 ? 1 : 0);
}

void main();
