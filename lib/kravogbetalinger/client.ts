import type { Logger } from "pino";
import type { z } from "zod";
import { erGyldigFnr, erGyldigOrgnr } from "../identifikator";
import { logger as defaultLogger } from "../log";
import type { TokenProvider } from "../maskinporten";
import { randomBytes } from "node:crypto";
import { KoeFristUtloept, lagBegrenser, plasserIProsess, type Begrenser } from "./begrenser";
import { lagBryter } from "./bryter";
import { createMemoryCache, InFlight, type ResultCache } from "./cache";
import { gjeldendeForespoersel, medForespoersel } from "./forespoersel";
import { KravOgBetalingerError } from "./errors";
import { tilAapneKrav, tilInnbetalingListe, tilKravListe, tilUtbetalingListe, tomAapneKrav } from "./mapping";
import type { AapneKrav, InnbetalingerIPeriode, KravIPeriode, Periode, Spraak, UtbetalingerIPeriode } from "./model";
import {
  aapnekravResponseSchema,
  feilSchema,
  innbetalingerResponseSchema,
  kravResponseSchema,
  utbetalingerResponseSchema,
  type AapnekravResponse,
  type InnbetalingerResponse,
  type KravResponse,
  type UtbetalingerResponse,
} from "./schema";
import { delIAarsvinduer, slaaSammenInnbetalinger, slaaSammenKrav, slaaSammenUtbetalinger, UgyldigPeriodeError } from "./vinduer";
import { mapMedPauser, pause, safeParseMedPauser } from "./pauser";

/**
 * The Krav og betalinger API client: one function per endpoint against
 * `{baseUrl}/{rettighetspakke}/{partIdentifikator}/{endepunkt}`. Every call has a timeout;
 * 5xx, DAS-003, timeouts and refused connections are retried (at most twice, with backoff);
 * 4xx never; KB-004 gets one new token. Long periods are split into one-year windows and
 * merged. Answers are cached per window; identical calls in flight share one request.
 *
 * Every request goes through the one limiter (`begrenser`: at most 5 at once for the whole
 * service, page requests before background fill, round-robin per person), and every user
 * request has one time budget (`budsjettMs`, see forespoersel.ts) for all its calls, retries
 * and waiting in the queue. A circuit breaker (bryter.ts) answers at once while an endpoint
 * (for a party, or for everyone) keeps timing out. A timeout, a network failure and an open
 * breaker carry our own reference (`korrelasjonsid` "KOB-…", logged) for support.
 */

export type Endepunkt = "aapnekrav" | "krav" | "innbetalinger" | "utbetalinger";

export type KravOgBetalingerConfig = {
  /** Base URL including `/v1`. */
  baseUrl: string;
  tokens: TokenProvider;
  rettighetspakke?: "regnskapssystem" | "finans";
  /** Timeout per request, including reading the body (default 10 000). */
  timeoutMs?: number;
  /** How long answers are reused (default 30; 0 turns the cache off). */
  cacheSeconds?: number;
  cache?: ResultCache;
  /** The limiter shared by every call (default: 5 at once in this process). */
  begrenser?: Begrenser;
  /** One user request's time budget for all calls, retries and queueing (default 8 000). */
  budsjettMs?: number;
  /** How long the circuit breaker stays open after repeated timeouts (default 15 000; 0 turns it off). */
  bryterMs?: number;
  /** Retries after the first attempt for retryable failures (default 2). */
  maxRetries?: number;
  /** First backoff; the next ones triple (default 300 ms: 300, 900). */
  retryDelayMs?: number;
  logger?: Logger;
  /** Called after every upstream attempt: for metrics and the benchmark. */
  onUpstreamCall?: (call: UpstreamCall) => void;
  /** Called when items of an answer could not be read and were left out (metrics). */
  onDroppedItems?: (dropped: { endepunkt: Endepunkt; antall: number }) => void;
};

export type UpstreamCall = {
  orgnr: string;
  endepunkt: Endepunkt;
  vindu: Periode | null;
  attempt: number;
  /** performance.now() when the request started and when its answer was read and checked. */
  startedAt: number;
  endedAt: number;
  durationMs: number;
  status: number | null;
  kode: string | null;
  korrelasjonsid: string | null;
  outcome: "ok" | "tom" | "feil";
};

export type KravOgBetalingerClient = {
  hentAapnekrav(orgnr: string, opts?: { spraak?: Spraak }): Promise<AapneKrav>;
  hentKrav(orgnr: string, periode: Periode, opts?: { spraak?: Spraak }): Promise<KravIPeriode>;
  hentInnbetalinger(orgnr: string, periode: Periode, opts?: { spraak?: Spraak }): Promise<InnbetalingerIPeriode>;
  hentUtbetalinger(orgnr: string, periode: Periode, opts?: { spraak?: Spraak }): Promise<UtbetalingerIPeriode>;
};

type Responses = {
  aapnekrav: AapnekravResponse;
  krav: KravResponse;
  innbetalinger: InnbetalingerResponse;
  utbetalinger: UtbetalingerResponse;
};

const schemas: { [E in Endepunkt]: z.ZodType<Responses[E]> } = {
  aapnekrav: aapnekravResponseSchema,
  krav: kravResponseSchema,
  innbetalinger: innbetalingerResponseSchema,
  utbetalinger: utbetalingerResponseSchema,
};

/** What is cached for a window: the parsed answer, or `tom` for KB-007. Plain JSON. */
type Vindusvar<E extends Endepunkt> = { tom: true } | { tom: false; data: Responses[E] };

type Attempt<E extends Endepunkt> = { startedAt: number; endedAt: number; durationMs: number } & (
  | { ok: true; svar: Vindusvar<E>; status: number; korrelasjonsid: string | null }
  | { ok: false; error: KravOgBetalingerError }
);

type Raatt = { startedAt: number } & ({ ok: true; res: Response; text: string } | { ok: false; cause: unknown });

const KORRELASJONSID_HEADERS = ["korrelasjonsid", "x-korrelasjonsid", "x-correlation-id", "correlation-id", "x-request-id"];

function korrelasjonsidFra(headers: Headers, body: unknown): string | null {
  for (const name of KORRELASJONSID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  if (body && typeof body === "object" && typeof (body as { korrelasjonsid?: unknown }).korrelasjonsid === "string") {
    return (body as { korrelasjonsid: string }).korrelasjonsid;
  }
  return null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A failed fetch/read: our timeout, or a connection that never worked. */
function transportError(cause: unknown, timeoutMs: number, url: string): KravOgBetalingerError {
  const name = (cause as Error | undefined)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new KravOgBetalingerError({ type: "timeout", message: `Krav og betalinger svarte ikke innen ${timeoutMs} ms`, korrelasjonsid: nyReferanse(), cause });
  }
  const code = (cause as { cause?: { code?: string } } | undefined)?.cause?.code;
  return new KravOgBetalingerError({
    type: "network",
    message: `Kunne ikke nå Krav og betalinger (${code ?? (cause as Error | undefined)?.message ?? "nettverksfeil"}) på ${new URL(url).host}`,
    korrelasjonsid: nyReferanse(),
    cause,
  });
}

/** Our own reference when Skatteetaten gave none (no answer): logged with the error, shown to the user. */
export function nyReferanse(): string {
  return `KOB-${randomBytes(6).toString("hex").toUpperCase()}`;
}

/** The breaker is open, or the budget ran out: a timeout with a reference of our own. */
function tidenErUte(message: string, kode: string | null): KravOgBetalingerError {
  return new KravOgBetalingerError({ type: "timeout", message, kode, korrelasjonsid: nyReferanse() });
}

export const BRYTER_AAPEN = "SVARER_IKKE";

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(rot)"}: ${i.message}`)
    .join("; ");
}

function sjekkPart(orgnr: string) {
  if (typeof orgnr !== "string" || !(erGyldigOrgnr(orgnr) || erGyldigFnr(orgnr))) {
    throw new KravOgBetalingerError({ type: "input", message: "Ugyldig organisasjonsnummer" });
  }
}

function vinduerFor(periode: Periode): Periode[] {
  try {
    return delIAarsvinduer(periode);
  } catch (error) {
    if (error instanceof UgyldigPeriodeError) throw new KravOgBetalingerError({ type: "input", message: error.message });
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ETTER_AVBRUDD_MS = 100;

export function createKravOgBetalingerClient(config: KravOgBetalingerConfig): KravOgBetalingerClient {
  const baseUrl = config.baseUrl.replace(/\/+$/, "");
  const rettighetspakke = config.rettighetspakke ?? "regnskapssystem";
  const timeoutMs = config.timeoutMs ?? 10_000;
  const cacheSeconds = config.cacheSeconds ?? 30;
  const cache = config.cache ?? createMemoryCache();
  const maxRetries = config.maxRetries ?? 2;
  const retryDelayMs = config.retryDelayMs ?? 300;
  const log = config.logger ?? defaultLogger;
  const inFlight = new InFlight();
  const begrenser = config.begrenser ?? lagBegrenser(plasserIProsess(5));
  const budsjettMs = config.budsjettMs ?? 8_000;
  const bryter = lagBryter({ aapenMs: config.bryterMs ?? 15_000 });
  const tokenKoe = lagBegrenser(plasserIProsess(4));

  function urlFor(orgnr: string, endepunkt: Endepunkt, vindu: Periode | null) {
    const url = new URL(`${baseUrl}/${rettighetspakke}/${orgnr}/${endepunkt}`);
    if (vindu) {
      url.searchParams.set("fraOgMed", vindu.fraOgMed);
      url.searchParams.set("tilOgMed", vindu.tilOgMed);
    }
    return url.toString();
  }

  /** One HTTP request, body read: what holds a slot in the limiter. Never throws. */
  async function ring(url: string, token: string, timeoutMs: number): Promise<Raatt> {
    const startedAt = performance.now();
    try {
      const res = await fetch(url, {
        headers: { accept: "application/json", authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(timeoutMs),
        cache: "no-store",
      });
      return { startedAt, ok: true, res, text: await res.text() };
    } catch (cause) {
      // A dropped request counts at Skatteetaten until their side sees the connection close:
      // keep its slot a moment longer, so the next one cannot make it 6.
      await sleep(ETTER_AVBRUDD_MS);
      return { startedAt, ok: false, cause };
    }
  }

  /** The answer read and checked, after the slot is free again. */
  async function tolk<E extends Endepunkt>(endepunkt: E, url: string, raatt: Raatt, timeoutMs: number): Promise<Attempt<E>> {
    const { startedAt } = raatt;
    const timing = () => {
      const endedAt = performance.now();
      return { startedAt, endedAt, durationMs: Math.round(endedAt - startedAt) };
    };
    if (!raatt.ok) return { ok: false, error: transportError(raatt.cause, timeoutMs, url), ...timing() };
    const { res, text } = raatt;
    const json = parseJson(text);
    const korrelasjonsid = korrelasjonsidFra(res.headers, json.ok ? json.value : null);
    const status = res.status;

    if (status < 200 || status >= 300) {
      const feil = json.ok ? feilSchema.safeParse(json.value) : null;
      const kode = feil?.success ? feil.data.kode : null;
      const melding = feil?.success ? (feil.data.melding ?? null) : null;
      if (kode === "KB-007") return { ok: true, svar: { tom: true }, status, korrelasjonsid, ...timing() };
      const error = new KravOgBetalingerError({
        type: "upstream",
        message: `Krav og betalinger svarte ${status}${kode ? ` ${kode}` : ""}${melding ? `: ${melding}` : ""}`,
        status,
        kode,
        melding,
        korrelasjonsid,
      });
      return { ok: false, error, ...timing() };
    }
    if (!json.ok) {
      const error = new KravOgBetalingerError({
        type: "schema",
        message: `Svaret fra ${endepunkt} var ikke JSON`,
        status,
        korrelasjonsid,
      });
      return { ok: false, error, ...timing() };
    }
    // A pause after JSON.parse, and the check in bites: a big answer must not stall other requests.
    await pause();
    const parsed = await safeParseMedPauser(schemas[endepunkt], json.value);
    if (!parsed.success) {
      const error = new KravOgBetalingerError({
        type: "schema",
        message: `Svaret fra ${endepunkt} har uventet form: ${describeIssues(parsed.error)}`,
        status,
        korrelasjonsid,
        cause: parsed.error,
      });
      return { ok: false, error, ...timing() };
    }
    rapporterForkastet(endepunkt, parsed.data, korrelasjonsid);
    return { ok: true, svar: { tom: false, data: parsed.data }, status, korrelasjonsid, ...timing() };
  }

  /** Counts and logs items left out of an answer: paths and codes only, never values (no pid, KID or account). */
  function rapporterForkastet(endepunkt: Endepunkt, data: Responses[Endepunkt], korrelasjonsid: string | null) {
    const forkastet = [data.forkastet, ..."forkastetAndre" in data ? [data.forkastetAndre] : []];
    const antall = forkastet.reduce((s, f) => s + f.antall, 0);
    if (antall === 0) return;
    config.onDroppedItems?.({ endepunkt, antall });
    log.warn({ endepunkt, antall, grunner: forkastet.flatMap((f) => f.grunner), korrelasjonsid }, "Krav og betalinger: poster som ikke kunne leses ble utelatt");
  }

  async function hentToken(orgnr: string): Promise<string> {
    try {
      return await config.tokens.hentToken(orgnr);
    } catch (cause) {
      log.error({ orgnr, err: cause }, "Fikk ikke Maskinporten-token");
      throw new KravOgBetalingerError({
        type: "token",
        message: `Fikk ikke Maskinporten-token: ${(cause as Error)?.message ?? String(cause)}`,
        cause,
      });
    }
  }

  /** One window of one endpoint, with token renewal on 401 and retries with backoff. */
  async function hentFraApi<E extends Endepunkt>(endepunkt: E, orgnr: string, vindu: Periode | null): Promise<Vindusvar<E>> {
    const url = urlFor(orgnr, endepunkt, vindu);
    const foresp = gjeldendeForespoersel()!;
    let retries = 0;
    let nyttTokenBrukt = false;
    let sisteTimeout: KravOgBetalingerError | null = null;
    for (let attempt = 1; ; attempt++) {
      const stengt = bryter.aapen(endepunkt, orgnr);
      if (stengt > 0) {
        // The breaker opened during this request: its own timeout is the better answer.
        if (sisteTimeout) throw sisteTimeout;
        const error = tidenErUte(`Krav og betalinger svarer ikke akkurat nå (${endepunkt}): bryteren er åpen i ${Math.ceil(stengt / 1000)} s til`, BRYTER_AAPEN);
        log.warn({ orgnr, endepunkt, korrelasjonsid: error.korrelasjonsid, type: error.type, kode: error.kode }, error.message);
        throw error;
      }
      let result: Attempt<E>;
      let token: string;
      try {
        // Tokens a few at a time, in the queue's order: 200 at once would all arrive late.
        token = await tokenKoe.kjoer({ prioritet: foresp.prioritet, eier: foresp.eier, frist: foresp.frist, holdMs: 0 }, () => hentToken(orgnr));
        const forsoekMs = Math.min(timeoutMs, Math.max(1, Math.floor(foresp.frist - performance.now())));
        let ms = forsoekMs;
        const raatt = await begrenser.kjoer({ prioritet: foresp.prioritet, eier: foresp.eier, frist: foresp.frist, holdMs: forsoekMs }, () => {
          ms = Math.min(forsoekMs, Math.max(1, Math.floor(foresp.frist - performance.now())));
          return ring(url, token, ms);
        });
        result = await tolk(endepunkt, url, raatt, ms);
      } catch (error) {
        if (!(error instanceof KoeFristUtloept)) throw error;
        const e = sisteTimeout ?? tidenErUte(`Tiden (${budsjettMs} ms) gikk ut i køen til Krav og betalinger`, null);
        log.error({ orgnr, endepunkt, attempt, korrelasjonsid: e.korrelasjonsid, type: e.type }, e.message);
        throw e;
      }
      const brukteHeleBudsjettet = foresp.frist - performance.now() <= 5;
      if (!result.ok && result.error.type === "timeout") {
        sisteTimeout = result.error;
        bryter.timeout(endepunkt, orgnr, brukteHeleBudsjettet);
      } else if (result.ok || result.error.status !== null) {
        bryter.svar(endepunkt, orgnr);
      }
      const fields = {
        orgnr,
        endepunkt,
        fraOgMed: vindu?.fraOgMed,
        tilOgMed: vindu?.tilOgMed,
        attempt,
        durationMs: result.durationMs,
        status: result.ok ? result.status : result.error.status,
        kode: result.ok ? (result.svar.tom ? "KB-007" : null) : result.error.kode,
        korrelasjonsid: result.ok ? result.korrelasjonsid : result.error.korrelasjonsid,
      };
      config.onUpstreamCall?.({
        orgnr,
        endepunkt,
        vindu,
        attempt,
        startedAt: result.startedAt,
        endedAt: result.endedAt,
        durationMs: result.durationMs,
        status: fields.status,
        kode: fields.kode,
        korrelasjonsid: fields.korrelasjonsid,
        outcome: result.ok ? (result.svar.tom ? "tom" : "ok") : "feil",
      });
      if (result.ok) {
        log.debug(fields, "Krav og betalinger svarte");
        return result.svar;
      }
      const error = result.error;
      if (error.status === 401 && !nyttTokenBrukt) {
        nyttTokenBrukt = true;
        config.tokens.glemToken(orgnr, token);
        log.info({ ...fields, type: error.type }, "Krav og betalinger avviste tokenet: henter nytt og prøver igjen");
        continue;
      }
      const delay = retryDelayMs * 3 ** retries;
      // A retry only when it can still start (and be given some time) within the budget. A
      // background fill does not retry a timeout: a hanging client would hold one of the
      // service's 5 places for three timeouts while 200 other rows wait; its row offers
      // «Prøv igjen» instead.
      const venterForgjeves = error.type === "timeout" && foresp.prioritet === "bakgrunn";
      if (error.kanProevesIgjen && !venterForgjeves && retries < maxRetries && foresp.frist - performance.now() > delay + 50) {
        retries++;
        log.warn({ ...fields, type: error.type, retryInMs: delay }, `Krav og betalinger feilet (${error.message}): prøver igjen`);
        await sleep(delay);
        continue;
      }
      const loud = error.type !== "upstream" || (error.status ?? 0) >= 500;
      if (loud) log.error({ ...fields, type: error.type }, error.message);
      else log.info({ ...fields, type: error.type }, error.message);
      throw error;
    }
  }

  /** Runs fn within the current user request, or as a request of its own (own budget, page priority). */
  function iForespoersel<T>(fn: () => Promise<T>): Promise<T> {
    if (gjeldendeForespoersel()) return fn();
    return medForespoersel({ prioritet: "side", budsjettMs }, fn);
  }

  /** A window from the cache, from a request already on its way, or from the API. */
  function hentVindu<E extends Endepunkt>(endepunkt: E, orgnr: string, vindu: Periode | null): Promise<Vindusvar<E>> {
    const key = ["kob", rettighetspakke, orgnr, endepunkt, vindu ? `${vindu.fraOgMed}_${vindu.tilOgMed}` : "-"].join(":");
    return inFlight.run(key, async () => {
      const cached = await cache.get<Vindusvar<E>>(key);
      if (cached) return cached;
      const svar = await hentFraApi(endepunkt, orgnr, vindu);
      await cache.set(key, svar, cacheSeconds);
      return svar;
    });
  }

  async function hentVinduer<E extends Exclude<Endepunkt, "aapnekrav">>(endepunkt: E, orgnr: string, periode: Periode) {
    sjekkPart(orgnr);
    const vinduer = vinduerFor(periode);
    // The limiter keeps these within the service's 5 at once, oldest window first.
    const svar = await iForespoersel(() => Promise.all(vinduer.map((vindu) => hentVindu(endepunkt, orgnr, vindu))));
    const data = svar.flatMap((s) => (s.tom ? [] : [s.data]));
    return {
      data,
      periode: { fraOgMed: periode.fraOgMed, tilOgMed: periode.tilOgMed },
      skjermet: data.some((d) => d.skjermet === true),
      forkastet: data.reduce((s, d) => s + d.forkastet.antall, 0),
    };
  }

  return {
    async hentAapnekrav(orgnr, opts) {
      sjekkPart(orgnr);
      const svar = await iForespoersel(() => hentVindu("aapnekrav", orgnr, null));
      return svar.tom ? tomAapneKrav(orgnr) : tilAapneKrav(svar.data, opts?.spraak);
    },
    async hentKrav(orgnr, periode, opts) {
      const { data, ...rest } = await hentVinduer("krav", orgnr, periode);
      return { partIdentifikator: orgnr, ...rest, krav: slaaSammenKrav(await mapMedPauser(data, (d) => tilKravListe(d.krav ?? [], opts?.spraak))) };
    },
    async hentInnbetalinger(orgnr, periode, opts) {
      const { data, ...rest } = await hentVinduer("innbetalinger", orgnr, periode);
      const lister = await mapMedPauser(data, (d) => tilInnbetalingListe(d.innbetaling ?? [], opts?.spraak));
      return { partIdentifikator: orgnr, ...rest, innbetalinger: slaaSammenInnbetalinger(lister) };
    },
    async hentUtbetalinger(orgnr, periode, opts) {
      const { data, ...rest } = await hentVinduer("utbetalinger", orgnr, periode);
      const lister = await mapMedPauser(data, (d) => tilUtbetalingListe(d.utbetaling ?? [], opts?.spraak));
      return { partIdentifikator: orgnr, ...rest, utbetalinger: slaaSammenUtbetalinger(lister) };
    },
  };
}
