import { randomUUID } from "node:crypto";
import type http from "node:http";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import { iDag } from "../../lib/dato";
import { erGyldigFnr, erGyldigOrgnr } from "../../lib/identifikator";
import { KRAVOGBETALINGER_SCOPE, SYSTEMUSER_TYPE } from "../maskinporten/server";
import { createServer, listen, close, sendJson, type StandIn } from "../http";
import { findTestParty, STOR_ORGNR } from "../testdata/parties";
import { dag } from "../testdata/krav/dager";
import { ledgerFor } from "../testdata/krav";
import { aapnekrav, innbetalingerIPeriode, kravIPeriode, utbetalingerIPeriode, type Periode } from "./visning";
import { ugyldigSvar } from "./ugyldig";
import { publisertSvar } from "./publisert";

/**
 * Krav og betalinger API stand-in: the four endpoints with the real paths
 * (`/v1/{regnskapssystem|finans}/{partIdentifikator}/{aapnekrav|krav|innbetalinger|utbetalinger}`),
 * the Maskinporten token check (signature against the Maskinporten stand-in's JWKS, expiry,
 * scope, Systembruker for the requested party) and the API's error bodies
 * `{kode, melding, korrelasjonsid}` (korrelasjonsid also as a response header).
 * Only JSON is served: an `Accept` without JSON (XML too) gets 406 KB-008.
 */

export type ApiOptions = {
  /** The Maskinporten stand-in whose tokens are accepted. Default: the one at port - 2 (dev/index.ts layout). */
  maskinporten?: { issuer: string; jwksUri: string };
  /** The clock: token expiry and "today" for overdue sums and interest. */
  now?: () => Date;
  /** How long "feil-timeout" parties hang before answering (ms). */
  hangMs?: number;
  /** Generate the large party's data right after start-up (in the background) so its first answer is quick. */
  prewarm?: boolean;
  /** A realistic latency: every API request waits this long first (ms; default 0, env STANDIN_API_DELAY_MS in dev/index.ts). */
  delayMs?: number;
};

const RETTIGHETSPAKKER = new Set(["regnskapssystem", "finans"]);
const ENDEPUNKTER = new Set(["aapnekrav", "krav", "innbetalinger", "utbetalinger"]);

const MELDING: Record<string, string> = {
  "KB-001": "Uventet feil på tjenesten.",
  "KB-002": "Uventet feil i et bakenforliggende system.",
  "KB-003": "Ukjent url benyttet.",
  "KB-004": "Feil i forbindelse med autentisering.",
  "KB-005": "Feil i forbindelse med samtykketoken.",
  "KB-006": "Feil i forbindelse med validering av inputdata.",
  "KB-007": "Fant ingen krav/betalinger på angitt identifikator og periode.",
  "KB-008": "Feil tilknyttet dataformat. Kun json eller xml er støttet.",
  "KB-009": "Ingen treff på oppgitt identifikator.",
  "DAS-003": "Tjenesten er midlertidig utilgjengelig. Prøv igjen senere.",
};

const STATUS: Record<string, number> = {
  "KB-001": 500,
  "KB-002": 500,
  "KB-003": 404,
  "KB-004": 401,
  "KB-005": 403,
  "KB-006": 400,
  "KB-007": 404,
  "KB-008": 406,
  "KB-009": 404,
  "DAS-003": 500,
};

class ApiFeil extends Error {
  constructor(
    readonly kode: keyof typeof STATUS & string,
    readonly detalj?: string,
  ) {
    super(kode);
  }
}

function sendFeil(res: http.ServerResponse, feil: ApiFeil) {
  const korrelasjonsid = randomUUID();
  const melding = feil.detalj ? `${MELDING[feil.kode]} ${feil.detalj}` : MELDING[feil.kode];
  const headers: Record<string, string> = { korrelasjonsid };
  if (feil.kode === "KB-004") headers["www-authenticate"] = 'Bearer error="invalid_token"';
  sendJson(res, STATUS[feil.kode] ?? 500, { kode: feil.kode, melding, korrelasjonsid }, headers);
}

/** JSON unless the Accept header names only other types (`application/xml`, `text/html`, ...). */
function godtarJson(accept: string | undefined): boolean {
  if (!accept || accept.trim() === "") return true;
  return accept.split(",").some((part) => {
    const [type, ...params] = part.trim().toLowerCase().split(";");
    if (params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p))) return false;
    return type === "*/*" || type === "application/*" || type === "application/json" || /^application\/[\w.+-]*\+json$/.test(type ?? "");
  });
}

function parseDato(value: string | null, navn: string): number {
  if (!value) throw new ApiFeil("KB-006", `${navn} mangler (YYYY-MM-DD).`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new ApiFeil("KB-006", `${navn} må være en dato på formen YYYY-MM-DD.`);
  const d = dag(value);
  if (Number.isNaN(d) || new Date(d * 86_400_000).toISOString().slice(0, 10) !== value) {
    throw new ApiFeil("KB-006", `${navn} er ikke en gyldig dato.`);
  }
  return d;
}

/** fraOgMed..tilOgMed, both included, at most one year: tilOgMed must be before fraOgMed + 1 year. */
export function parsePeriode(params: URLSearchParams): Periode {
  const fra = parseDato(params.get("fraOgMed"), "fraOgMed");
  const til = parseDato(params.get("tilOgMed"), "tilOgMed");
  if (til < fra) throw new ApiFeil("KB-006", "tilOgMed kan ikke være før fraOgMed.");
  const f = new Date(fra * 86_400_000);
  const ettAarEtter = Math.round(Date.UTC(f.getUTCFullYear() + 1, f.getUTCMonth(), f.getUTCDate()) / 86_400_000);
  if (til >= ettAarEtter) throw new ApiFeil("KB-006", "Perioden kan være høyst ett år (tilOgMed må være før fraOgMed pluss ett år).");
  return { fra, til };
}

export async function startApi(port: number, options: ApiOptions = {}): Promise<StandIn> {
  const mp = options.maskinporten ?? { issuer: `http://localhost:${port - 2}/`, jwksUri: `http://localhost:${port - 2}/jwk` };
  const jwks = createRemoteJWKSet(new URL(mp.jwksUri));
  const now = options.now ?? (() => new Date());
  const hangMs = options.hangMs ?? 30_000;
  const ustabilTeller = new Map<string, number>();
  const delayMs = Math.max(0, options.delayMs ?? 0);
  /** Requests per party since start (or the last reset): GET /stats, DELETE /stats (the benchmark counts upstream calls with it). */
  const upstreamKall = new Map<string, number>();
  /** API requests being answered right now, and the most at once since start or the last reset: GET/DELETE /_standin/samtidighet. */
  let samtidige = 0;
  let maksSamtidige = 0;

  async function verifiserToken(req: http.IncomingMessage): Promise<JWTPayload> {
    const header = req.headers.authorization;
    if (!header) throw new ApiFeil("KB-004", "Authorization-header mangler.");
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiFeil("KB-004", "Forventet et Bearer-token.");
    try {
      const { payload } = await jwtVerify(match[1]!, jwks, { issuer: mp.issuer, algorithms: ["RS256"], currentDate: now() });
      const scopes = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
      if (!scopes.includes(KRAVOGBETALINGER_SCOPE)) throw new ApiFeil("KB-004", `Tokenet mangler scope ${KRAVOGBETALINGER_SCOPE}.`);
      return payload;
    } catch (error) {
      if (error instanceof ApiFeil) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new ApiFeil("KB-004", "Tokenet er utløpt.");
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw new ApiFeil("KB-004", `Ugyldig token (${error.claim}).`);
      throw new ApiFeil("KB-004", "Ugyldig token (signatur eller format).");
    }
  }

  function systembrukerPart(payload: JWTPayload): string | null {
    const details = payload.authorization_details;
    if (!Array.isArray(details)) return null;
    for (const d of details as { type?: string; systemuser_org?: { ID?: string } }[]) {
      if (d?.type === SYSTEMUSER_TYPE && typeof d.systemuser_org?.ID === "string") {
        return d.systemuser_org.ID.replace(/^0192:/, "");
      }
    }
    return null;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const match = /^\/v1\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
    if (!match || req.method !== "GET" || !RETTIGHETSPAKKER.has(match[1]!) || !ENDEPUNKTER.has(match[3]!)) {
      throw new ApiFeil("KB-003");
    }
    const [, , partIdentifikator, endepunkt] = match as unknown as [string, string, string, string];
    if (delayMs > 0) await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
    upstreamKall.set(partIdentifikator, (upstreamKall.get(partIdentifikator) ?? 0) + 1);
    if (!godtarJson(req.headers.accept)) throw new ApiFeil("KB-008", "Stand-in-en leverer bare JSON.");
    const payload = await verifiserToken(req);

    if (!/^(\d{9}|\d{11})$/.test(partIdentifikator)) {
      throw new ApiFeil("KB-006", "partIdentifikator må være et organisasjonsnummer (9 siffer) eller fødselsnummer (11 siffer).");
    }
    if (partIdentifikator.length === 9 ? !erGyldigOrgnr(partIdentifikator) : !erGyldigFnr(partIdentifikator)) {
      throw new ApiFeil("KB-006", "partIdentifikator har feil kontrollsiffer.");
    }
    const part = systembrukerPart(payload);
    if (!part) throw new ApiFeil("KB-005", "Tokenet har ingen systembruker (authorization_details).");
    if (part !== partIdentifikator) throw new ApiFeil("KB-005", "Systembrukeren gjelder en annen part.");

    const periode = endepunkt === "aapnekrav" ? null : parsePeriode(url.searchParams);
    const testpart = findTestParty(partIdentifikator);
    if (!testpart) throw new ApiFeil("KB-009");

    switch (testpart.scenario) {
      case "feil-kb002":
        throw new ApiFeil("KB-002");
      case "feil-das003":
        throw new ApiFeil("DAS-003");
      case "feil-ustabil": {
        const key = `${partIdentifikator}:${endepunkt}`;
        const n = (ustabilTeller.get(key) ?? 0) + 1;
        ustabilTeller.set(key, n);
        if (n % 2 === 1) throw new ApiFeil("KB-001");
        break;
      }
      case "feil-timeout": {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, hangMs);
          res.once("close", () => {
            clearTimeout(timer);
            resolve();
          });
        });
        if (res.destroyed || res.writableEnded) return;
        break;
      }
      case "feil-ugyldig":
        return sendJson(res, 200, ugyldigSvar(endepunkt, partIdentifikator), { korrelasjonsid: randomUUID() });
      case "publisert": {
        const body = publisertSvar(endepunkt, periode);
        if (body === null) throw new ApiFeil("KB-007");
        return sendJson(res, 200, body, { korrelasjonsid: randomUUID() });
      }
      default:
        break;
    }

    const ledger = ledgerFor(testpart, dag(iDag(now())));
    const ok = (body: unknown) => sendJson(res, 200, body, { korrelasjonsid: randomUUID() });
    if (endepunkt === "aapnekrav") return ok(aapnekrav(ledger));
    const svar =
      endepunkt === "krav"
        ? kravIPeriode(ledger, periode!)
        : endepunkt === "innbetalinger"
          ? innbetalingerIPeriode(ledger, periode!)
          : utbetalingerIPeriode(ledger, periode!);
    if (svar.antall === 0) throw new ApiFeil("KB-007");
    return ok(svar.body);
  }

  const server = createServer("api", async (req, res, url) => {
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/stats") {
      if (req.method === "DELETE") upstreamKall.clear();
      const perPart = Object.fromEntries(upstreamKall);
      return sendJson(res, 200, { kall: [...upstreamKall.values()].reduce((a, b) => a + b, 0), perPart, delayMs });
    }
    if (url.pathname === "/_standin/samtidighet") {
      if (req.method === "DELETE") maksSamtidige = samtidige;
      return sendJson(res, 200, { naa: samtidige, maks: maksSamtidige });
    }
    // Skatteetaten asks for at most 5 calls at once per organisation: this witness counts what it gets.
    samtidige++;
    maksSamtidige = Math.max(maksSamtidige, samtidige);
    let ferdig = false;
    const slutt = () => {
      if (!ferdig) samtidige--;
      ferdig = true;
    };
    res.once("finish", slutt);
    res.once("close", slutt);
    try {
      await handle(req, res, url);
    } catch (error) {
      if (error instanceof ApiFeil) return sendFeil(res, error);
      console.error(`[api] ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendFeil(res, new ApiFeil("KB-001"));
    }
  });
  await listen(server, port, "Krav og betalinger API stand-in");
  if (options.prewarm) {
    const stor = findTestParty(STOR_ORGNR);
    const timer = setTimeout(() => stor && ledgerFor(stor, dag(iDag(now()))), 300);
    timer.unref();
  }
  return { name: "Krav og betalinger API", port, url: `http://localhost:${port}/v1`, close: () => close(server) };
}
