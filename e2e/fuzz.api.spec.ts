import { expect, test, type APIRequestContext } from "@playwright/test";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { ACCESS_MATRIX } from "./access-matrix";
import { loginAs } from "./helpers/login";

/**
 * Generated hostile input against every route: path segments, query parameters and the headers
 * a crafted request can carry (Next-Router-State-Tree, x-request-id, a planted next-auth
 * callback-url cookie), with and without a login. Whatever comes in, the answer is never a 500
 * and no body shows a stack trace. The values come from a seeded PRNG: a failure prints the seed
 * and the request, and FUZZ_SEED=<seed> replays the same run.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const STACK = /\n\s+at |TypeError|ReferenceError|Internal Server Error|Application error|ByteString/;
const CONCURRENCY = 4;

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [
  "😀", "👨‍👩‍👧", "٣١٣٣٦٧٠٠٢", "۱۲۳", "\u0000", "\r\n", "\n", "\t", " ", "", "%", "%E0%A4%A", "%00", "%0d%0a", "%ZZ",
  "../", "..%2F..%2F", "//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "<script>alert(1)</script>",
  "'\"`;--", "${7*7}", "{{7*7}}", "__proto__", "constructor", "null", "undefined", "NaN", "-1", "0", "1e309", "9".repeat(40),
  "[]", "{}", '{"a":', "[[[[[[", "true", "313367002", "313 367 002", "000000000", "2024-13-45", "2024-02-30", "0000-01-01",
  "x".repeat(3000), "\u202e", "\ufeff", "\ud800", "æøå", "ÆØÅ", "ﬁ", "İ", "%F0%9F%98%80", "+", "&", "=", "#", "?", ";",
];
const ALPHABET = ["a", "Z", "0", "9", "-", "_", ".", "~", "%", "/", "\\", " ", "\u0000", "\n", "😀", "٣", "æ", "'", '"', "<", ">", "&", "=", "?", "#", "+", "[", "]", "{", "}", ","];

function values(random: () => number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.45) out.push(SEEDS[Math.floor(random() * SEEDS.length)]!);
    else if (r < 0.75) {
      const length = 1 + Math.floor(random() * 24);
      let v = "";
      for (let j = 0; j < length; j++) v += ALPHABET[Math.floor(random() * ALPHABET.length)]!;
      out.push(v);
    } else if (r < 0.9) {
      // A seed value with a random prefix or suffix.
      out.push(`${SEEDS[Math.floor(random() * SEEDS.length)]!}${ALPHABET[Math.floor(random() * ALPHABET.length)]!}`);
    } else out.push(String(Math.floor((random() - 0.5) * 1e6)));
  }
  return out;
}

/** encodeURIComponent, with a lone surrogate sent as the (invalid UTF-8) bytes it would be. */
function enc(value: string): string {
  return Array.from(value)
    .map((c) => (/^[\ud800-\udfff]$/.test(c) ? "%ED%A0%80" : encodeURIComponent(c)))
    .join("");
}

/** As it goes into a URL: mostly encoded, sometimes raw (a broken percent sign, a dot segment). */
function inUrl(random: () => number, value: string): string {
  const raw = /^[\x21-\x7e]*$/.test(value) && !/[?#]/.test(value);
  return raw && random() < 0.3 ? value : enc(value);
}

/** As a header value: what a client can send at all (Latin-1, no line breaks). */
function inHeader(random: () => number, value: string): string {
  return /^[\x20-\x7e]*$/.test(value) && random() < 0.5 ? value : enc(value);
}

const PARAMS = ["aar", "side", "sorter", "retning", "sok", "fraOgMed", "tilOgMed", "utvalg", "format", "orgnr", "error", "arsak", "tilbake", "callbackUrl", "status", "kravId", "spraak"];

/** Pages and routes outside the access matrix (which covers everything under [orgnr]). */
const OTHER_ROUTES = ["/", "/velg-virksomhet", "/klienter", "/innlogging-feil", "/logget-ut", "/ugyldig-organisasjonsnummer", "/api/klienter/eksport", "/api/internal/isalive", "/api/auth/error", "/api/auth/signin"];
/** Routes that end or start a login: only without a session (they would log the fuzzer out). */
const ANONYMOUS_ONLY = ["/api/auth/logg-inn", "/api/auth/logg-ut", "/api/auth/frontchannel-logout", "/api/auth/callback/idporten"];

type Probe = { path: string; headers?: Record<string, string> };
type Finding = { probe: Probe; status: number; snippet: string };

function queryFor(random: () => number, base: string | undefined, vals: string[]): string {
  const params = new URLSearchParams((base ?? "").replace(/^\?/, ""));
  const pairs = [...params.entries()].map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  const name = PARAMS[Math.floor(random() * PARAMS.length)]!;
  const replaced = pairs.filter((p) => !p.startsWith(`${name}=`));
  for (const v of vals) replaced.push(`${name}=${inUrl(random, v)}`);
  return `?${replaced.join("&")}`;
}

function probesFor(random: () => number, orgnr: string, loggedIn: boolean, perRoute: number): Probe[] {
  const probes: Probe[] = [];
  const routes = [
    ...ACCESS_MATRIX.map((e) => ({ route: e.route, query: e.query })),
    ...OTHER_ROUTES.map((route) => ({ route, query: undefined })),
    ...(loggedIn ? [] : ANONYMOUS_ONLY.map((route) => ({ route, query: undefined }))),
  ];
  for (const { route, query } of routes) {
    const path = route.replace("[orgnr]", orgnr);
    for (const v of values(random, perRoute)) {
      // A query parameter, one or twice.
      probes.push({ path: `${path}${queryFor(random, query, random() < 0.2 ? [v, v] : [v])}` });
    }
    if (route.includes("[orgnr]")) {
      for (const v of values(random, Math.ceil(perRoute / 2))) probes.push({ path: `${route.replace("[orgnr]", inUrl(random, v))}${query ?? ""}` });
    } else {
      // An extra path segment, where Next answers 404 (or the route its own answer).
      for (const v of values(random, Math.ceil(perRoute / 4))) probes.push({ path: `${path.replace(/\/$/, "")}/${inUrl(random, v)}` });
    }
  }
  return probes;
}

/** A client-router request with a generated state tree, and the _rsc value Next expects for it. */
async function routerStateProbes(random: () => number, paths: string[], count: number): Promise<Probe[]> {
  const trees = [
    ...values(random, count - 6),
    '["",{"children":["__PAGE__",{}]},null,null,true]',
    '["",{"children":[["orgnr","313367002","d"],{}]}]',
    "[1,2,3]",
    '{"children":["",{}]}',
    "[".repeat(500),
    '["",{"children":["x",{}]}]'.repeat(3),
  ];
  const probes: Probe[] = [];
  for (const tree of trees) {
    const header = inHeader(random, tree);
    const rsc = await computeCacheBustingSearchParam(undefined, undefined, header, undefined);
    const path = paths[Math.floor(random() * paths.length)]!;
    probes.push({ path: `${path}${path.includes("?") ? "&" : "?"}_rsc=${rsc}`, headers: { rsc: "1", "next-router-state-tree": header } });
  }
  return probes;
}

async function run(request: APIRequestContext, probes: Probe[]): Promise<{ statuses: Map<number, number>; findings: Finding[]; sent: number }> {
  const statuses = new Map<number, number>();
  const findings: Finding[] = [];
  // Absolute, so that a path starting "//" stays on the app and is not read as another host.
  const origin = String(test.info().project.use.baseURL);
  let next = 0;
  let sent = 0;
  async function worker() {
    while (next < probes.length) {
      const probe = probes[next++]!;
      let res;
      try {
        res = await request.get(`${origin}${probe.path}`, { headers: probe.headers, maxRedirects: 0, timeout: 20_000 });
      } catch (error) {
        // A value no HTTP client can put on the wire is no finding; anything else is.
        if (/Invalid (URL|header|character)|TypeError: Invalid/i.test(String(error))) continue;
        throw error;
      }
      sent++;
      const body = await res.text();
      statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
      if (res.status() >= 500 && res.status() !== 502 && res.status() !== 503 && res.status() !== 504) findings.push({ probe, status: res.status(), snippet: body.slice(0, 200) });
      else if (STACK.test(body)) findings.push({ probe, status: res.status(), snippet: body.slice(body.search(STACK), body.search(STACK) + 200) });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { statuses, findings, sent };
}

function report(label: string, result: { statuses: Map<number, number>; findings: Finding[]; sent: number }) {
  const counts = [...result.statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
  console.log(`fuzz ${label} (seed ${SEED}): ${result.sent} requests: ${counts}`);
  for (const f of result.findings.slice(0, 20)) console.log(`  ${f.status} ${f.probe.path.slice(0, 160)} ${JSON.stringify(f.probe.headers ?? {})}\n    ${JSON.stringify(f.snippet)}`);
}

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test("without a login: no generated path, parameter, router-state header, request id or callback cookie gives a 500 or a stack", async ({ request }) => {
  const random = prng(SEED);
  const probes = probesFor(random, SEED_ORGNR, false, 28);
  // next-auth's error action with emoji, Arabic digits, NUL and line breaks in ?error=.
  for (const v of [...values(random, 60), "😀", "٣", "\u0000", "\r\n", "%0D%0A"]) probes.push({ path: `/api/auth/error?error=${inUrl(random, v)}` });
  probes.push(...(await routerStateProbes(random, ["/", "/logget-ut", `/${SEED_ORGNR}`, "/innlogging-feil"], 80)));
  // A planted callback-url cookie on the callback, with a code that is no longer (or never was) valid.
  for (const v of values(random, 40)) {
    probes.push({ path: `/api/auth/callback/idporten?code=${inUrl(random, v)}&state=${inUrl(random, v)}`, headers: { cookie: `next-auth.callback-url=${inHeader(random, v)}` } });
  }
  probes.push({ path: "/api/auth/callback/idporten?code=brukt&state=x", headers: { cookie: "next-auth.callback-url=https%3A%2F%2Fevil.example%2F" } });
  for (const v of values(random, 40)) probes.push({ path: "/api/internal/isalive", headers: { "x-request-id": inHeader(random, v) } });
  const result = await run(request, probes);
  report("anonymous", result);
  expect(result.sent).toBeGreaterThanOrEqual(1000);
  expect(result.findings, "responses with a 500 or a stack trace").toEqual([]);
});

test("logged in: generated parameters and segments on every route of a party the person may see give no 500 or stack", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  const random = prng(SEED + 1);
  const probes = probesFor(random, SEED_ORGNR, true, 20);
  probes.push(...(await routerStateProbes(random, [`/${SEED_ORGNR}`, `/${SEED_ORGNR}/betal`, "/velg-virksomhet"], 30)));
  const result = await run(page.request, probes);
  report("logged in", result);
  expect(result.sent).toBeGreaterThanOrEqual(500);
  expect(result.findings, "responses with a 500 or a stack trace").toEqual([]);
  // The session survived the run: the fuzz did not merely test the login page.
  expect((await page.request.get(`/api/part/${SEED_ORGNR}/aapnekrav`)).status()).toBe(200);
});

test("a malformed Next-Router-State-Tree header is a 400 with a message, not Next's bare 500", async ({ request }) => {
  const header = "%5Bgarbage";
  const rsc = await computeCacheBustingSearchParam(undefined, undefined, header, undefined);
  const res = await request.get(`/logget-ut?_rsc=${rsc}`, { headers: { rsc: "1", "next-router-state-tree": header }, maxRedirects: 0 });
  expect(res.status()).toBe(400);
  expect(await res.text()).toMatch(/ugyldige verdier/);
});

test("the error action answers the error page for any ?error=, and a planted callback cookie is cleared", async ({ request }) => {
  for (const v of ["😀", "٣", "%00", "%0D%0A", "OAuthCallback"]) {
    const res = await request.get(`/api/auth/error?error=${v}`, { maxRedirects: 0 });
    expect(res.status(), v).toBe(302);
    expect(res.headers()["location"], v).toMatch(/^\/innlogging-feil\?error=(Default|OAuthCallback)$/);
  }
  const res = await request.get("/api/auth/callback/idporten?code=brukt&state=x", { headers: { cookie: "next-auth.callback-url=https%3A%2F%2Fevil.example%2F" }, maxRedirects: 0 });
  expect(res.status()).toBeLessThan(500);
  expect(res.headers()["set-cookie"] ?? "").toMatch(/next-auth\.callback-url=;.*Max-Age=0/i);
});

test("static files and /favicon.ico carry the security headers, and a client's request id is kept only when it is a safe token", async ({ request }) => {
  const page = await request.get("/logget-ut");
  const asset = (await page.text()).match(/\/_next\/static\/[^"']+\.(?:js|css)/)?.[0];
  expect(asset, "a static asset on the page").toBeTruthy();
  for (const path of ["/favicon.ico", asset!]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["referrer-policy"], path).toBe("no-referrer");
  }
  expect((await request.get("/api/internal/isalive", { headers: { "x-request-id": "lb-7f3a.01" } })).headers()["x-request-id"]).toBe("lb-7f3a.01");
  for (const forged of ["x".repeat(200), "a b", "<script>", "id%0Aforged=1"]) {
    const id = (await request.get("/api/internal/isalive", { headers: { "x-request-id": forged } })).headers()["x-request-id"];
    expect(id, forged).not.toBe(forged);
    expect(id, forged).toMatch(/^[0-9a-f-]{36}$/);
  }
});
