import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { tekster } from "./helpers/tekster";

/**
 * The container runs `node server.js` from the standalone output with the static files beside
 * it (see Dockerfile). This starts exactly that against the test stand-ins.
 */
const port = Number(process.env.TEST_APP_PORT ?? 3100) + 97;
const base = `http://127.0.0.1:${port}`;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
let server: ChildProcess | undefined;
test.describe.configure({ mode: "serial" });
let output = "";

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const standalone = resolve(distDir, "standalone");
  expect(existsSync(resolve(standalone, "server.js")), "next build must have made the standalone server").toBe(true);
  cpSync(resolve(distDir, "static"), resolve(standalone, distDir, "static"), { recursive: true });
  cpSync("public", resolve(standalone, "public"), { recursive: true });
  server = spawn(process.execPath, [resolve(standalone, "server.js")], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      APP_ENV: "test",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: base,
      STANDIN_PORT_BASE: process.env.TEST_STANDIN_PORT_BASE ?? "4500",
      MASKINPORTEN_CLIENT_JWK: `file:${resolve("dev/keys/maskinporten-client.private.jwk.json")}`,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    } as NodeJS.ProcessEnv,
  });
  server.stdout?.on("data", (d) => (output += d));
  server.stderr?.on("data", (d) => (output += d));
  for (let i = 0; i < 100; i++) {
    const ready = await fetch(`${base}/api/internal/isready`).catch(() => null);
    if (ready?.ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`standalone server did not become ready:\n${output}`);
});

test.afterAll(() => {
  server?.kill("SIGKILL");
});

test("the standalone server serves the page, its static files and metrics", async () => {
  const page = await fetch(`${base}/`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(tekster.felles.forside.overskrift);
  const css = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  expect(css, "the page links a stylesheet").toBeTruthy();
  expect((await fetch(`${base}${css}`)).status).toBe(200);

  const metrics = await fetch(`${base}/api/internal/metrics`);
  expect(metrics.status).toBe(200);
  expect(await metrics.text()).toContain("kob_process_cpu_seconds_total");
});

test("SIGTERM stops the standalone server cleanly", async () => {
  const exited = new Promise<number | null>((r) => server!.once("exit", (code) => r(code)));
  server!.kill("SIGTERM");
  const code = await Promise.race([exited, new Promise<"hung">((r) => setTimeout(() => r("hung"), 15_000))]);
  // Next closes the server, lets in-flight requests finish, then exits 0 or 128+SIGTERM.
  expect([0, 143], output).toContain(code);
  server = undefined;
});
