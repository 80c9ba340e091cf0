import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import type http from "node:http";
import { createLogger } from "../log";
import { createMaskinportenClient } from "../maskinporten";
import { json, PRIVATE_JWK_FILE, startTestServer, startTokenServer, type Recorded, type TestServer, type TokenServer } from "../maskinporten/testing";
import { createMemoryCache } from "./cache";
import { lagBegrenser, plasserIProsess } from "./begrenser";
import { createKravOgBetalingerClient, type KravOgBetalingerConfig, type UpstreamCall } from "./client";
import { KravOgBetalingerError } from "./errors";
import { medForespoersel } from "./forespoersel";

/**
 * The API client against small real HTTP servers: a Maskinporten token endpoint and an API
 * whose answer each test sets. Backoff is 1 ms so retries are quick.
 */

const ORGNR = "313367002";
const KORR = "6f1c1d7e-3c1f-4a8e-9d55-0a4a0c3b2f11";

let tokens: TokenServer;
let api: TestServer;
let handler: (req: Recorded, res: http.ServerResponse) => void | Promise<void>;
const silent = createLogger(undefined, "silent");

before(async () => {
  tokens = await startTokenServer();
  api = await startTestServer((req, res) => handler(req, res));
});
after(async () => {
  await api.close();
  await tokens.close();
});

function client(extra: Partial<KravOgBetalingerConfig> = {}) {
  api.requests.length = 0;
  return createKravOgBetalingerClient({
    baseUrl: `${api.url}/v1/`,
    tokens: createMaskinportenClient({
      wellKnownUrl: tokens.wellKnownUrl,
      clientId: "test",
      clientJwk: PRIVATE_JWK_FILE,
      scopes: "skatteetaten:kravogbetalinger",
      logger: silent,
    }),
    timeoutMs: 1000,
    retryDelayMs: 1,
    logger: silent,
    ...extra,
  });
}

const tekst = (nb: string) => ({ spraakTekst: [{ tekst: nb, spraak: "nb" }, { tekst: `${nb} (en)`, spraak: "en" }] });

function kravDto(id: string, forfallsdato: string, beloep = 1000) {
  return {
    kravidentifikator: id,
    kravtype: "RESTSKATT",
    kravgruppe: "Skatt",
    kravbeskrivelse: tekst(`Krav ${id}`),
    kravperiode: { periodeBeskrivelse: tekst(forfallsdato.slice(0, 4)), aar: Number(forfallsdato.slice(0, 4)) },
    opprinneligBeloep: beloep,
    gjenstaaendeBeloep: 0,
    kravforfall: [{ kravforfallsIdentifikator: `${id}-F`, forfallsdato, opprinneligBeloep: beloep, gjenstaaendeBeloep: 0 }],
    someNewField: { ignored: true },
  };
}

/** An API that answers every period endpoint with one item dated in the middle of the window. */
function windowedApi(delayMs = 0) {
  return async (req: Recorded, res: http.ServerResponse) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    const endepunkt = req.url.pathname.split("/").at(-1);
    const fra = req.url.searchParams.get("fraOgMed")!;
    const til = req.url.searchParams.get("tilOgMed")!;
    const periode = { fraOgMed: fra, tilOgMed: til };
    const dato = `${fra.slice(0, 4)}-06-15`;
    if (endepunkt === "krav") return json(res, 200, { partIdentifikator: ORGNR, periode, krav: [kravDto(`K${fra.slice(0, 4)}`, dato)] });
    if (endepunkt === "innbetalinger") {
      return json(res, 200, {
        partIdentifikator: ORGNR,
        periode,
        innbetaling: [{ innbetalingsidentifikator: `I${fra.slice(0, 4)}`, innbetalingsdato: dato, innbetaltBeloep: 10, uplassertBeloep: 0 }],
      });
    }
    if (endepunkt === "utbetalinger") {
      return json(res, 200, {
        partIdentifikator: ORGNR,
        periode,
        utbetaling: [{ utbetalingsidentifikator: `U${fra.slice(0, 4)}`, utbetaltdato: dato, utbetaltBeloep: 5 }],
      });
    }
    return json(res, 404, { kode: "KB-003", melding: "Ukjent URL", korrelasjonsid: KORR });
  };
}

const aapnekravBody = {
  partIdentifikator: ORGNR,
  skjermet: false,
  aapentKravMedGjenstaaendeBeloep: [kravDto("K1", "2024-03-15")],
  totalOversikt: { sumStipulerteRenter: 0, sumForfalteKrav: 1000, sumIkkeForfalteKrav: 0, sumUplasserteInnbetalinger: 0, saldo: 1000 },
  oversiktPerKravgruppe: [{ kravgruppe: "Skatt", sumStipulerteRenter: 0, sumForfalteKrav: 1000, sumIkkeForfalteKrav: 0, saldo: 1000 }],
};

async function feilen(promise: Promise<unknown>): Promise<KravOgBetalingerError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof KravOgBetalingerError, `expected KravOgBetalingerError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected an error");
}

test("a call goes to /{rettighetspakke}/{orgnr}/{endepunkt} with Accept JSON and a Maskinporten bearer token", async () => {
  handler = (_req, res) => json(res, 200, aapnekravBody);
  const result = await client().hentAapnekrav(ORGNR, { spraak: "en" });
  const [req] = api.requests;
  assert.equal(req!.url.pathname, `/v1/regnskapssystem/${ORGNR}/aapnekrav`);
  assert.equal(req!.url.search, "");
  assert.equal(req!.headers.accept, "application/json");
  assert.match(String(req!.headers.authorization), /^Bearer token-\d+$/);
  assert.equal(tokens.assertions.at(-1)!.payload.authorization_details instanceof Array, true);
  assert.deepEqual((tokens.assertions.at(-1)!.payload.authorization_details as { systemuser_org: { ID: string } }[])[0]!.systemuser_org.ID, `0192:${ORGNR}`);
  assert.equal(result.krav[0]!.beskrivelse, "Krav K1 (en)");
  assert.equal(result.totalOversikt.saldo, 1000);
});

test("a long period is split into one-year windows and merged in date order into one result", async () => {
  handler = windowedApi();
  const c = client({ rettighetspakke: "finans" });
  const result = await c.hentKrav(ORGNR, { fraOgMed: "2019-01-01", tilOgMed: "2024-12-31" });
  const asked = api.requests.map((r) => [r.url.searchParams.get("fraOgMed"), r.url.searchParams.get("tilOgMed")]).sort();
  assert.deepEqual(asked, [
    ["2019-01-01", "2019-12-31"],
    ["2020-01-01", "2020-12-31"],
    ["2021-01-01", "2021-12-31"],
    ["2022-01-01", "2022-12-31"],
    ["2023-01-01", "2023-12-31"],
    ["2024-01-01", "2024-12-31"],
  ]);
  assert.ok(api.requests.every((r) => r.url.pathname === `/v1/finans/${ORGNR}/krav`));
  assert.deepEqual(result.periode, { fraOgMed: "2019-01-01", tilOgMed: "2024-12-31" });
  assert.equal(result.partIdentifikator, ORGNR);
  assert.deepEqual(
    result.krav.map((k) => k.kravidentifikator),
    ["K2019", "K2020", "K2021", "K2022", "K2023", "K2024"],
  );
});

test("an item that two windows both return appears once", async () => {
  handler = (req, res) => {
    const fra = req.url.searchParams.get("fraOgMed")!;
    const innbetaling = [
      { innbetalingsidentifikator: "DOBBEL", innbetalingsdato: "2020-01-02", innbetaltBeloep: 1 },
      { innbetalingsidentifikator: `I${fra}`, innbetalingsdato: fra, innbetaltBeloep: 1 },
    ];
    json(res, 200, { partIdentifikator: ORGNR, innbetaling });
  };
  const result = await client().hentInnbetalinger(ORGNR, { fraOgMed: "2019-01-01", tilOgMed: "2020-12-31" });
  assert.deepEqual(
    result.innbetalinger.map((i) => i.innbetalingsidentifikator),
    ["I2019-01-01", "I2020-01-01", "DOBBEL"],
  );
});

test("an 8-year fetch of krav, innbetalinger and utbetalinger makes 3 calls a year, at most 5 at once (the service's limit)", async () => {
  handler = windowedApi(20);
  const calls: UpstreamCall[] = [];
  const c = client({ onUpstreamCall: (call) => calls.push(call) });
  const periode = { fraOgMed: "2019-01-01", tilOgMed: "2026-12-31" };
  const [krav, inn, ut] = await Promise.all([c.hentKrav(ORGNR, periode), c.hentInnbetalinger(ORGNR, periode), c.hentUtbetalinger(ORGNR, periode)]);
  assert.equal(api.requests.length, 24);
  assert.equal(calls.length, 24);
  assert.equal(api.maxActive(), 5);
  assert.equal(krav.krav.length, 8);
  assert.deepEqual(
    inn.innbetalinger.map((i) => i.innbetalingsdato.slice(0, 4)),
    ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"],
  );
  assert.equal(ut.utbetalinger.length, 8);
});

const feilkoder: [kode: string, status: number, requests: number][] = [
  ["KB-001", 500, 3],
  ["KB-002", 500, 3],
  ["KB-003", 404, 1],
  ["KB-005", 403, 1],
  ["KB-006", 400, 1],
  ["KB-008", 406, 1],
  ["KB-009", 404, 1],
  ["DAS-001", 500, 3],
  ["DAS-003", 500, 3],
  ["DAS-008", 403, 1],
];

for (const [kode, status, requests] of feilkoder) {
  test(`${kode} (${status}) becomes a typed error with status, kode, melding and korrelasjonsid; ${requests} request(s)`, async () => {
    handler = (_req, res) => json(res, status, { kode, melding: `melding ${kode}`, korrelasjonsid: KORR });
    const error = await feilen(client().hentKrav(ORGNR, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" }));
    assert.equal(error.type, "upstream");
    assert.equal(error.status, status);
    assert.equal(error.kode, kode);
    assert.equal(error.melding, `melding ${kode}`);
    assert.equal(error.korrelasjonsid, KORR);
    assert.equal(error.ingenDataForPart, kode === "KB-009");
    assert.equal(api.requests.length, requests);
  });
}

test("KB-007 is an empty result, not an error, for every endpoint", async () => {
  handler = (_req, res) => json(res, 404, { kode: "KB-007", melding: "Ingen data", korrelasjonsid: KORR });
  const c = client();
  const periode = { fraOgMed: "2023-01-01", tilOgMed: "2024-12-31" };
  const aapne = await c.hentAapnekrav(ORGNR);
  assert.deepEqual(aapne.krav, []);
  assert.equal(aapne.totalOversikt.saldo, 0);
  assert.equal(aapne.partIdentifikator, ORGNR);
  assert.deepEqual((await c.hentKrav(ORGNR, periode)).krav, []);
  assert.deepEqual((await c.hentInnbetalinger(ORGNR, periode)).innbetalinger, []);
  assert.deepEqual((await c.hentUtbetalinger(ORGNR, periode)).utbetalinger, []);
  assert.equal(api.requests.length, 7, "no retries");
});

test("KB-007 in some windows and data in others gives the data", async () => {
  handler = (req, res) =>
    req.url.searchParams.get("fraOgMed") === "2024-01-01"
      ? windowedApi()(req, res)
      : json(res, 404, { kode: "KB-007", melding: "Ingen data", korrelasjonsid: KORR });
  const result = await client().hentUtbetalinger(ORGNR, { fraOgMed: "2022-01-01", tilOgMed: "2024-12-31" });
  assert.deepEqual(
    result.utbetalinger.map((u) => u.utbetalingsidentifikator),
    ["U2024"],
  );
});

test("KB-004 (401) fetches a new token once and retries; a second 401 is the error", async () => {
  const issuedBefore = tokens.issued.length;
  let first: string | undefined;
  handler = (req, res) => {
    first ??= req.headers.authorization;
    if (req.headers.authorization === first) return json(res, 401, { kode: "KB-004", melding: "Autentisering feilet", korrelasjonsid: KORR });
    return json(res, 200, aapnekravBody);
  };
  const c = client();
  assert.equal((await c.hentAapnekrav(ORGNR)).krav.length, 1);
  assert.equal(api.requests.length, 2);
  assert.notEqual(api.requests[0]!.headers.authorization, api.requests[1]!.headers.authorization);
  assert.equal(tokens.issued.length, issuedBefore + 2);

  handler = (_req, res) => json(res, 401, { kode: "KB-004", melding: "Autentisering feilet", korrelasjonsid: KORR });
  const error = await feilen(client().hentAapnekrav(ORGNR));
  assert.equal(error.status, 401);
  assert.equal(error.kode, "KB-004");
  assert.equal(api.requests.length, 2, "one new token, then give up");
});

test("a 5xx that clears up on retry gives the result", async () => {
  let n = 0;
  handler = (_req, res) => (++n === 1 ? json(res, 503, { kode: "DAS-003", melding: "Midlertidig utilgjengelig" }) : json(res, 200, aapnekravBody));
  assert.equal((await client().hentAapnekrav(ORGNR)).totalOversikt.saldo, 1000);
  assert.equal(api.requests.length, 2);
});

test("a 200 body that is not JSON is a schema error with the korrelasjonsid from the header, not retried", async () => {
  handler = (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", korrelasjonsid: KORR });
    res.end("<html>Vedlikehold</html>");
  };
  const error = await feilen(client().hentAapnekrav(ORGNR));
  assert.equal(error.type, "schema");
  assert.equal(error.korrelasjonsid, KORR);
  assert.match(error.message, /ikke JSON/);
  assert.equal(api.requests.length, 1);
});

test("a body missing a required field is one schema error naming the field, with the korrelasjonsid from the body", async () => {
  handler = (_req, res) => json(res, 200, { korrelasjonsid: KORR, krav: [kravDto("K1", "2024-03-15")] });
  const error = await feilen(client().hentKrav(ORGNR, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" }));
  assert.equal(error.type, "schema");
  assert.match(error.message, /partIdentifikator/);
  assert.equal(error.korrelasjonsid, KORR);
  assert.equal(error.kanProevesIgjen, false);
  assert.equal(api.requests.length, 1);
});

test("one unreadable item is dropped, counted and logged without personal data; odd optional fields get defaults; the rest is kept", async () => {
  const kid = "7904907195215180016";
  const fnr = "13114614453";
  const uleselig = { ...kravDto("K3", "2024-03-15"), partIdentifikator: fnr, kravforfall: [{ forfallsdato: "15.03.2024", opprinneligBeloep: 1, gjenstaaendeBeloep: 1, betalingsinformasjon: { kidnummer: kid } }] };
  const rar = {
    ...kravDto("K2", "2024-05-15"),
    kravgruppe: undefined,
    kravbeskrivelse: { spraakTekst: [{ tekst: "Rar", spraak: null }] },
    opprinneligBeloep: "1500.50",
    kravforfall: [
      {
        kravforfallsIdentifikator: "K2-F",
        forfallsdato: "2024-05-15T00:00:00+02:00",
        opprinneligBeloep: "1500.50",
        gjenstaaendeBeloep: 0,
        plassertInnbetaling: [{ innbetalingsIdentifikator: "I1", plassertBeloep: null, innbetaltBeloep: -1500.5 }],
      },
    ],
  };
  handler = (_req, res) => json(res, 200, { partIdentifikator: ORGNR, krav: [kravDto("K1", "2024-03-15"), rar, uleselig] });
  const lines: string[] = [];
  const logger = createLogger(new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }), "info");
  const dropped: { endepunkt: string; antall: number }[] = [];
  const svar = await client({ logger, onDroppedItems: (d) => dropped.push(d) }).hentKrav(ORGNR, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" });
  assert.deepEqual(svar.krav.map((k) => k.kravidentifikator), ["K1", "K2"]);
  assert.equal(svar.forkastet, 1);
  assert.deepEqual(dropped, [{ endepunkt: "krav", antall: 1 }]);
  const k2 = svar.krav[1]!;
  assert.equal(k2.kravgruppe, "Andre krav");
  assert.equal(k2.beskrivelse, "Rar");
  assert.equal(k2.opprinneligBeloep, 1500.5);
  assert.equal(k2.forfall[0]!.forfallsdato, "2024-05-15");
  assert.equal(k2.forfall[0]!.innbetalinger[0]!.benyttetBeloep, 0);
  assert.equal(k2.forfall[0]!.innbetalinger[0]!.innbetaltBeloep, 1500.5, "money in is positive in the model");
  const logg = lines.join("");
  assert.match(logg, /kravforfall\.0\.forfallsdato/, "the log says what was wrong");
  assert.ok(!logg.includes(kid) && !logg.includes(fnr) && !logg.includes(ORGNR), "no KID, no pid, no party in the log");
});

test("an error status without a JSON body (a gateway page) still becomes a typed error, with x-correlation-id", async () => {
  handler = (_req, res) => {
    res.writeHead(502, { "content-type": "text/html", "x-correlation-id": "gw-123" });
    res.end("<h1>Bad gateway</h1>");
  };
  const error = await feilen(client().hentAapnekrav(ORGNR));
  assert.equal(error.type, "upstream");
  assert.equal(error.status, 502);
  assert.equal(error.kode, null);
  assert.equal(error.korrelasjonsid, "gw-123");
  assert.equal(api.requests.length, 3, "5xx is retried twice");

  handler = (_req, res) => {
    res.writeHead(404);
    res.end();
  };
  const notFound = await feilen(client().hentAapnekrav(ORGNR));
  assert.equal(notFound.status, 404);
  assert.equal(api.requests.length, 1, "4xx is never retried");
});

test("a call with no answer within the timeout is a timeout error after two retries", async () => {
  handler = () => undefined; // never answers
  const calls: UpstreamCall[] = [];
  const started = performance.now();
  const error = await feilen(client({ timeoutMs: 150, bryterMs: 0, onUpstreamCall: (c) => calls.push(c) }).hentAapnekrav(ORGNR));
  assert.equal(error.type, "timeout");
  assert.equal(error.kanProevesIgjen, true);
  assert.match(String(error.korrelasjonsid), /^KOB-[0-9A-F]{12}$/, "a timeout has our own reference");
  assert.equal(api.requests.length, 3);
  assert.ok(calls.every((c) => c.durationMs >= 140 && c.durationMs < 1000), JSON.stringify(calls.map((c) => c.durationMs)));
  assert.ok(performance.now() - started < 2000);
});

test("the klientoversikt's background fill does not retry a timeout (a hanging client holds no place for three timeouts); a page request does", async () => {
  handler = () => undefined; // never answers
  const c = client({ timeoutMs: 100, bryterMs: 0 });
  const error = await feilen(medForespoersel({ prioritet: "bakgrunn", budsjettMs: 5000 }, () => c.hentAapnekrav(ORGNR)));
  assert.equal(error.type, "timeout");
  assert.equal(error.kanProevesIgjen, true, "the row can still be tried again by the user");
  assert.equal(api.requests.length, 1);
  api.requests.length = 0;
  await feilen(medForespoersel({ prioritet: "side", budsjettMs: 5000 }, () => c.hentAapnekrav(ORGNR)));
  assert.equal(api.requests.length, 3);
});

test("one budget for a request: a hanging API answers within it however the retries add up, and the breaker then answers at once", async () => {
  handler = () => undefined; // never answers
  const c = client({ timeoutMs: 10_000, budsjettMs: 400, retryDelayMs: 50 });
  const started = performance.now();
  const first = await feilen(c.hentAapnekrav(ORGNR));
  const firstMs = performance.now() - started;
  assert.equal(first.type, "timeout");
  assert.ok(firstMs >= 380 && firstMs < 900, `the first answered after ${Math.round(firstMs)} ms`);
  assert.ok(first.korrelasjonsid);
  assert.equal(api.requests.length, 1, "no retry can fit in what is left of the budget");

  const again = performance.now();
  const second = await feilen(c.hentAapnekrav(ORGNR));
  assert.ok(performance.now() - again < 50);
  assert.equal(second.type, "timeout");
  assert.equal(second.kode, "SVARER_IKKE");
  assert.match(String(second.korrelasjonsid), /^KOB-/);
  assert.equal(api.requests.length, 1, "the open breaker makes no call");
  // Another party is not refused because this one hangs.
  handler = (_req, res) => json(res, 200, aapnekravBody);
  await c.hentAapnekrav("974761076");
});

test("one limiter shared by clients: together they never exceed its limit", async () => {
  handler = windowedApi(20);
  const begrenser = lagBegrenser(plasserIProsess(5));
  const a = client({ begrenser });
  const b = client({ begrenser });
  const periode = { fraOgMed: "2019-01-01", tilOgMed: "2026-12-31" };
  await Promise.all([a.hentKrav(ORGNR, periode), b.hentInnbetalinger(ORGNR, periode), a.hentUtbetalinger("974761076", periode)]);
  assert.equal(api.maxActive(), 5);
});

test("a body that stops half-way is a timeout too", async () => {
  handler = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"partIdentifikator":');
  };
  const error = await feilen(client({ timeoutMs: 150, maxRetries: 0 }).hentAapnekrav(ORGNR));
  assert.equal(error.type, "timeout");
});

test("a refused connection is a network error, retried twice", async () => {
  const calls: UpstreamCall[] = [];
  const c = client({ baseUrl: "http://127.0.0.1:39999/v1", onUpstreamCall: (call) => calls.push(call) });
  const error = await feilen(c.hentAapnekrav(ORGNR));
  assert.equal(error.type, "network");
  assert.match(error.message, /ECONNREFUSED/);
  assert.equal(calls.length, 3);
});

test("no token means a token error and no API call", async () => {
  handler = (_req, res) => json(res, 200, aapnekravBody);
  tokens.failWith({ status: 401, error: "invalid_client" });
  try {
    const error = await feilen(client().hentAapnekrav(ORGNR));
    assert.equal(error.type, "token");
    assert.equal(api.requests.length, 0);
  } finally {
    tokens.failWith(null);
  }
});

test("bad input is refused before any request", async () => {
  const c = client();
  assert.equal((await feilen(c.hentAapnekrav("123456789"))).type, "input");
  assert.equal((await feilen(c.hentAapnekrav("../../admin"))).type, "input");
  const periode = await feilen(c.hentKrav(ORGNR, { fraOgMed: "2024-12-31", tilOgMed: "2024-01-01" }));
  assert.equal(periode.type, "input");
  assert.match(periode.message, /er etter/);
  assert.equal(api.requests.length, 0);
});

test("answers are cached per party, endpoint and window for the configured time; errors are not", async () => {
  let now = 0;
  handler = windowedApi();
  const c = client({ cache: createMemoryCache({ now: () => now }), cacheSeconds: 30 });
  const periode = { fraOgMed: "2023-01-01", tilOgMed: "2024-12-31" };
  await c.hentKrav(ORGNR, periode);
  await c.hentKrav(ORGNR, periode);
  assert.equal(api.requests.length, 2, "second call served from the cache");
  await c.hentKrav(ORGNR, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" });
  assert.equal(api.requests.length, 2, "a window already fetched is reused");
  await c.hentInnbetalinger(ORGNR, periode);
  await c.hentKrav("311851381", periode);
  assert.equal(api.requests.length, 6, "other endpoint and other party are separate");
  now = 30_000;
  await c.hentKrav(ORGNR, periode);
  assert.equal(api.requests.length, 8, "expired after 30 s");

  let fail = true;
  handler = (req, res) => (fail ? json(res, 400, { kode: "KB-006", melding: "Ugyldig", korrelasjonsid: KORR }) : json(res, 200, aapnekravBody));
  await feilen(c.hentAapnekrav(ORGNR));
  fail = false;
  assert.equal((await c.hentAapnekrav(ORGNR)).totalOversikt.saldo, 1000);
  assert.equal(api.requests.length, 10);
});

test("cacheSeconds 0 turns the cache off", async () => {
  handler = (_req, res) => json(res, 200, aapnekravBody);
  const c = client({ cacheSeconds: 0 });
  await c.hentAapnekrav(ORGNR);
  await c.hentAapnekrav(ORGNR);
  assert.equal(api.requests.length, 2);
});

test("identical concurrent calls share one upstream request", async () => {
  handler = async (_req, res) => {
    await new Promise((r) => setTimeout(r, 30));
    json(res, 200, aapnekravBody);
  };
  const c = client({ cacheSeconds: 0 });
  const results = await Promise.all([c.hentAapnekrav(ORGNR), c.hentAapnekrav(ORGNR, { spraak: "en" }), c.hentAapnekrav(ORGNR)]);
  assert.equal(api.requests.length, 1);
  assert.equal(results[0]!.krav[0]!.beskrivelse, "Krav K1");
  assert.equal(results[1]!.krav[0]!.beskrivelse, "Krav K1 (en)", "language applied after the shared request");
});

test("old and new documented shapes both parse, unknown fields are ignored", async () => {
  const gammel = {
    partIdentifikator: ORGNR,
    innbetaling: [
      {
        innbetalingsIdentifikator: "GAMMEL",
        innbetalingsdato: "2024-02-01",
        innbetaltBeloep: 500,
        betaltFra: { konto: { kontonummer: "******11111", kontoeiersNavn: "Ola" } },
        betaltTilKonto: { kontonummer: "63450618820" },
        plassertInnbetalingMotKrav: [{ plassertBeloep: -500, plasseringsdato: "2024-02-02", kravbeskrivelse: "Restskatt", kravperiode: "2023" }],
        ukjentFelt: 42,
      },
    ],
  };
  handler = (_req, res) => json(res, 200, gammel);
  const [inn] = (await client().hentInnbetalinger(ORGNR, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" })).innbetalinger;
  assert.equal(inn!.innbetalingsidentifikator, "GAMMEL");
  assert.equal(inn!.innbetaltFraKonto, "******11111");
  assert.equal(inn!.mottakersKontonummer, "63450618820");
  assert.deepEqual(
    inn!.plasseringer.map((p) => [p.beskrivelse, p.periode, p.plassertDato, p.benyttetBeloep]),
    [["Restskatt", "2023", "2024-02-02", 500]],
  );
  assert.equal(inn!.uplassertBeloep, 0);
});

test("a screened party's answer without ids or accounts maps without crashing", async () => {
  const bare = { kravtype: "RESTSKATT", kravgruppe: "Skatt", kravbeskrivelse: "Restskatt", opprinneligBeloep: 10, gjenstaaendeBeloep: 10 };
  handler = (_req, res) =>
    json(res, 200, { partIdentifikator: ORGNR, skjermet: true, krav: [{ ...bare, kravforfall: [{ forfallsdato: "2024-01-01", opprinneligBeloep: 10, gjenstaaendeBeloep: 10 }] }, bare] });
  const result = await client().hentKrav(ORGNR, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" });
  assert.equal(result.skjermet, true);
  assert.equal(result.krav.length, 2);
  assert.notEqual(result.krav[0]!.kravidentifikator, result.krav[1]!.kravidentifikator);
});

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(stream, "debug"), lines };
}

test("logs: 5xx loudly, 4xx quietly, with orgnr, endpoint, status, kode, korrelasjonsid and duration; never the token", async () => {
  const { logger, lines } = captureLogs();
  handler = (req, res) =>
    req.url.pathname.endsWith("aapnekrav")
      ? json(res, 500, { kode: "KB-001", melding: "Uventet feil", korrelasjonsid: KORR })
      : json(res, 403, { kode: "KB-005", melding: "Samtykke", korrelasjonsid: KORR });
  const c = client({ logger });
  await feilen(c.hentAapnekrav(ORGNR));
  await feilen(c.hentKrav(ORGNR, { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" }));
  const loud = lines.filter((l) => l.endepunkt === "aapnekrav");
  assert.deepEqual(
    loud.map((l) => l.level),
    ["warn", "warn", "error"],
  );
  const last = loud.at(-1)!;
  for (const [k, v] of Object.entries({ orgnr: ORGNR, status: 500, kode: "KB-001", korrelasjonsid: KORR, attempt: 3 })) assert.equal(last[k], v, k);
  assert.equal(typeof last.durationMs, "number");
  const quiet = lines.filter((l) => l.endepunkt === "krav");
  assert.deepEqual(
    quiet.map((l) => [l.level, l.status, l.kode, l.fraOgMed]),
    [["info", 403, "KB-005", "2024-01-01"]],
  );
  const all = JSON.stringify(lines);
  for (const token of tokens.issued) assert.ok(!all.includes(token), `token ${token} in the log`);
  assert.ok(!all.includes("Bearer"));
});
