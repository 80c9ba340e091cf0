import { expect, test } from "@playwright/test";
import { NO_REDIS_MESSAGE, redisServerBinary, startRedisServer } from "../dev/redis";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { findTestPerson } from "../dev/testdata/persons";
import { loginAs } from "./helpers/login";
import { NO_NGINX_MESSAGE, nginxBinary, startNginx } from "./helpers/nginx";
import { Processes, waitForOk } from "./helpers/processes";
import { tekster } from "./helpers/tekster";

/**
 * Scale-out: two app instances share Redis behind a round-robin nginx. A login made through
 * the proxy is honoured by both instances, a front-channel logout sent to one ends the session
 * on both, under load the two together never make more than 5 calls at once to the API (the
 * stand-in counts), and when one instance dies the other keeps serving.
 */
const offset = Number(process.env.TEST_APP_PORT ?? 3100) - 3100;
const proxyPort = 3160 + offset;
const appPorts = [3161 + offset, 3162 + offset];
const standInBase = 4600 + offset;
const redisPort = 6399 + offset;
const proxyUrl = `http://localhost:${proxyPort}`;
const idporten = `http://localhost:${standInBase + 1}`;

test.use({ baseURL: proxyUrl });
test.describe.configure({ mode: "serial", timeout: 120_000 });

const processes = new Processes();
let stopRedis: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  expect(redisServerBinary(), NO_REDIS_MESSAGE).not.toBeNull();
  expect(nginxBinary, NO_NGINX_MESSAGE).toBeTruthy();

  const redis = await startRedisServer(redisPort);
  stopRedis = redis.stop;
  const common = {
    PATH: process.env.PATH,
    NEXT_TELEMETRY_DISABLED: "1",
    STANDIN_PORT_BASE: String(standInBase),
    NEXTAUTH_URL: proxyUrl,
    LOG_LEVEL: "warn",
    // A realistic latency, so that calls overlap and the limit is what holds them back.
    STANDIN_API_DELAY_MS: "60",
  };
  processes.start("stand-ins", process.execPath, ["--import", "tsx", "dev/index.ts"], common);
  await waitForOk(`http://localhost:${standInBase}/health`, () => processes.output("stand-ins"));
  for (const [i, port] of appPorts.entries()) {
    processes.start(`app${i + 1}`, process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
      ...common,
      APP_ENV: "test",
      PORT: String(port),
      REDIS_URL: redis.url,
      KRAVOGBETALINGER_TIMEOUT_MS: "2000",
    });
  }

  startNginx(processes, { port: proxyPort, upstreamPorts: appPorts });
  for (const [i, port] of appPorts.entries()) {
    await waitForOk(`http://localhost:${port}/api/internal/isready`, () => processes.output(`app${i + 1}`));
  }
  await waitForOk(`${proxyUrl}/api/internal/isalive`, () => processes.output("nginx"));
});

test.afterAll(async () => {
  await processes.stopAll();
  await stopRedis?.();
});

const dataPath = `/api/part/${SEED_ORGNR}/aapnekrav`;

test("the proxy spreads requests over both instances, and each reports Redis ready", async ({ request }) => {
  const upstreams = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const res = await request.get("/api/internal/isready");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.checks).toContainEqual(expect.objectContaining({ name: "redis", ok: true }));
    upstreams.add(res.headers()["x-upstream"] ?? "");
  }
  expect([...upstreams].sort()).toEqual(appPorts.map((p) => `127.0.0.1:${p}`).sort());
});

test("a login through the proxy is honoured by both instances; a front-channel logout on one ends it on both", async ({ page, playwright }) => {
  await loginAs(page, "Kari Nordmann");
  await expect(page).toHaveURL(new RegExp(`/${SEED_ORGNR}`));

  // Read data straight from each instance with the same browser session (cookies are per host, not port).
  for (const port of appPorts) {
    const res = await page.request.get(`http://localhost:${port}${dataPath}`);
    expect(res.status(), `instance on ${port}`).toBe(200);
  }

  // ID-porten's "logged out elsewhere": catch the front-channel URL it frames, then send it to instance 1 only.
  let frontchannel: URL | undefined;
  await page.route("**/api/auth/frontchannel-logout**", (route) => {
    frontchannel = new URL(route.request().url());
    return route.abort();
  });
  await page.goto(`${idporten}/logout-elsewhere`);
  await expect.poll(() => frontchannel).toBeTruthy();
  await page.unroute("**/api/auth/frontchannel-logout**");
  const cookieless = await playwright.request.newContext();
  const res = await cookieless.get(`http://localhost:${appPorts[0]}${frontchannel!.pathname}${frontchannel!.search}`);
  expect(res.status()).toBe(200);
  await cookieless.dispose();

  for (const port of appPorts) {
    const after = await page.request.get(`http://localhost:${port}${dataPath}`);
    expect(after.status(), `instance on ${port} after logout`).toBe(401);
  }
});

// 249 requests, at most 64 in flight from the client (a browser-like load, far above the limit of
// 5), spread by the proxy over both instances.
test("under load, the two instances together never make more than 5 calls at once to the API", async ({ page, request }) => {
  test.setTimeout(120_000);
  const samtidighet = `http://localhost:${standInBase + 4}/_standin/samtidighet`;
  await loginAs(page, "Rita Regnskap");
  expect((await request.delete(samtidighet)).status()).toBe(200);
  const klienter = findTestPerson("15828510085")!.parties.map((p) => p.orgnr);
  expect(klienter.length).toBeGreaterThan(200);
  // Every client's row (the klientoversikt's background fill) and each client's page data,
  // spread over both instances by the proxy.
  const stier = [...klienter.map((o) => `/api/klienter/${o}`), ...klienter.slice(0, 40).map((o) => `/api/part/${o}/krav?aar=2024`)];
  const svar: Awaited<ReturnType<typeof page.request.get>>[] = [];
  let neste = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (neste < stier.length) svar.push(await page.request.get(stier[neste++]!, { timeout: 60_000 }));
    }),
  );
  // nginx tries the other instance when one cannot be reached, so one answer may name both.
  const upstreams = new Set(svar.flatMap((r) => (r.headers()["x-upstream"] ?? "").split(/,\s*|\s+:\s+/).filter(Boolean)));
  expect([...upstreams].sort(), "both instances took part").toEqual(appPorts.map((p) => `127.0.0.1:${p}`).sort());
  // Never a 500 (with the instances' logs when there is one); what is not 200 is a failing client's
  // own answer or the time budget running out under this overload (504), each with a reference.
  const femhundre = svar.filter((r) => r.status() === 500);
  expect(femhundre.length, `500 from ${femhundre.map((r) => r.url()).join(" ")}: ${await femhundre[0]?.text()}\n${processes.output("app1").slice(-3000)}\n${processes.output("app2").slice(-3000)}`).toBe(0);
  const statuser = svar.reduce<Record<number, number>>((a, r) => ({ ...a, [r.status()]: (a[r.status()] ?? 0) + 1 }), {});
  expect(Object.keys(statuser).map(Number).filter((st) => ![200, 404, 502, 503, 504].includes(st)), JSON.stringify(statuser)).toEqual([]);
  expect(statuser[200] ?? 0, `answers by status: ${JSON.stringify(statuser)}`).toBeGreaterThan(svar.length / 2);
  const { maks, naa } = (await (await request.get(samtidighet)).json()) as { maks: number; naa: number };
  expect(maks, "most API requests at once, as the stand-in saw them").toBeLessThanOrEqual(5);
  expect(maks, "the load did reach the limit").toBeGreaterThanOrEqual(4);
  expect(naa).toBeLessThanOrEqual(5);
});

test("when one instance dies mid-session, the other keeps serving through the proxy", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  expect((await page.request.get(dataPath)).status()).toBe(200);
  await processes.stop("app1", "SIGKILL");
  for (let i = 0; i < 4; i++) {
    const res = await page.request.get(dataPath);
    expect(res.status()).toBe(200);
    expect(res.headers()["x-upstream"]).toContain(String(appPorts[1]));
  }
  await page.goto(`/${SEED_ORGNR}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("with Redis down the instance stays ready but says so, and a logout by sid is a clear 503", async ({ request }) => {
  await stopRedis?.();
  stopRedis = undefined;
  const instance = `http://localhost:${appPorts[1]}`;
  const ready = await request.get(`${instance}/api/internal/isready`);
  expect(ready.status()).toBe(200);
  expect((await ready.json()).checks).toContainEqual(expect.objectContaining({ name: "redis", ok: false }));
  const res = await request.get(`${instance}/api/auth/frontchannel-logout?iss=${encodeURIComponent(idporten)}&sid=some-sid`);
  expect(res.status()).toBe(503);
  expect(await res.text()).toContain(tekster.feilsvar.utloggingUtilgjengelig.tekst);
});
