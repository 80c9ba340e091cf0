import "server-only";
import { getServerEnv, type ServerEnv } from "../env";
import { createMaskinportenClient, getMaskinportenClient, maskinportenConfigFromEnv } from "../maskinporten";
import { createKravOgBetalingerClient, type KravOgBetalingerClient, type KravOgBetalingerConfig } from "./client";
import { metrics } from "../metrics";
import { getRedis } from "../redis";
import { createMemoryCache, type ResultCache } from "./cache";
import { createRedisCache } from "./cache-redis";
import { lagBegrenser, plasserIProsess, plasserIRedis, type Begrenser } from "./begrenser";
import type { AapneKrav, InnbetalingerIPeriode, KravIPeriode, Periode, Spraak, UtbetalingerIPeriode } from "./model";

/**
 * The server-only entry point: one function per API endpoint, configured from the environment
 * (getServerEnv) on first use. Each throws KravOgBetalingerError on failure; KB-007 gives an
 * empty result, KB-009 an error whose `ingenDataForPart` is true.
 */

export { createKravOgBetalingerClient } from "./client";
export type { KravOgBetalingerClient, KravOgBetalingerConfig, UpstreamCall, Endepunkt } from "./client";
export { KravOgBetalingerError } from "./errors";
export { medForespoersel } from "./forespoersel";
export type { Prioritet } from "./begrenser";
import { medForespoersel } from "./forespoersel";
import type { Prioritet } from "./begrenser";
export type { FeilType } from "./errors";
export type * from "./model";

/**
 * The client settings from a configuration, token client included: without an argument the
 * process-wide one (getServerEnv), else a new token client for the given configuration.
 */
export function kravOgBetalingerConfigFromEnv(given?: ServerEnv): KravOgBetalingerConfig {
  const env = given ?? getServerEnv();
  return {
    baseUrl: env.KRAVOGBETALINGER_API_URL,
    rettighetspakke: env.KRAVOGBETALINGER_RETTIGHETSPAKKE,
    timeoutMs: env.KRAVOGBETALINGER_TIMEOUT_MS,
    budsjettMs: env.KRAVOGBETALINGER_BUDGET_MS,
    bryterMs: env.KRAVOGBETALINGER_BREAKER_MS,
    // One limiter per process for every client; its slots in Redis (shared by every instance) when REDIS_URL is set.
    begrenser: given ? lagBegrenser(plasserIProsess(env.KRAVOGBETALINGER_MAX_SAMTIDIGE)) : prosessensBegrenser(env),
    cacheSeconds: env.KRAVOGBETALINGER_CACHE_SECONDS,
    // Shared by every instance when REDIS_URL is set; in this process's memory otherwise.
    cache: countedCache(redisOrMemoryCache(given)),
    tokens: given ? createMaskinportenClient(maskinportenConfigFromEnv(given)) : getMaskinportenClient(),
    onUpstreamCall: (call) => {
      const status = call.status === null ? "none" : String(call.status);
      metrics.upstreamDuration.observe({ upstream: "kravogbetalinger", endpoint: call.endepunkt, status }, call.durationMs / 1000);
      if (call.outcome === "feil") {
        metrics.upstreamErrors.inc({ upstream: "kravogbetalinger", endpoint: call.endepunkt, kode: call.kode ?? status });
      }
    },
    onDroppedItems: ({ endepunkt, antall }) => metrics.droppedItems.inc({ upstream: "kravogbetalinger", endpoint: endepunkt }, antall),
  };
}

const globalForLimiter = globalThis as unknown as { kobBegrenser?: Begrenser };

function prosessensBegrenser(env: ServerEnv): Begrenser {
  const redis = getRedis();
  const grense = env.KRAVOGBETALINGER_MAX_SAMTIDIGE;
  return (globalForLimiter.kobBegrenser ??= lagBegrenser(redis ? plasserIRedis(redis, grense) : plasserIProsess(grense)));
}

function redisOrMemoryCache(given?: ServerEnv): ResultCache {
  const redis = given ? null : getRedis();
  return redis ? createRedisCache(redis) : createMemoryCache();
}

/** Counts hits and misses of the answer cache for the metrics route. */
function countedCache(inner: ResultCache): ResultCache {
  return {
    async get<T>(key: string) {
      const value = await inner.get<T>(key);
      metrics.cacheRequests.inc({ cache: "kravogbetalinger", result: value === undefined ? "miss" : "hit" });
      return value;
    },
    set: (key, value, ttl) => inner.set(key, value, ttl),
    delete: (key) => inner.delete(key),
  };
}

const globalForClient = globalThis as unknown as { kobApiClient?: KravOgBetalingerClient };

function client(): KravOgBetalingerClient {
  return (globalForClient.kobApiClient ??= createKravOgBetalingerClient(kravOgBetalingerConfigFromEnv()));
}

export async function hentAapnekrav(orgnr: string, opts?: { spraak?: Spraak }): Promise<AapneKrav> {
  return client().hentAapnekrav(orgnr, opts);
}

export async function hentKrav(orgnr: string, periode: Periode, opts?: { spraak?: Spraak }): Promise<KravIPeriode> {
  return client().hentKrav(orgnr, periode, opts);
}

export async function hentInnbetalinger(orgnr: string, periode: Periode, opts?: { spraak?: Spraak }): Promise<InnbetalingerIPeriode> {
  return client().hentInnbetalinger(orgnr, periode, opts);
}

export async function hentUtbetalinger(orgnr: string, periode: Periode, opts?: { spraak?: Spraak }): Promise<UtbetalingerIPeriode> {
  return client().hentUtbetalinger(orgnr, periode, opts);
}

/**
 * Runs a user request's API calls as one request: one time budget (KRAVOGBETALINGER_BUDGET_MS)
 * for all of them, with their place in the limiter's queue ("side" for a page or its JSON
 * routes, "bakgrunn" for the klientoversikt's fill and export) and the person for fairness.
 */
export function somBrukerforespoersel<T>(prioritet: Prioritet, pid: string | null, fn: () => Promise<T>): Promise<T> {
  return medForespoersel({ prioritet, pid, budsjettMs: getServerEnv().KRAVOGBETALINGER_BUDGET_MS }, fn);
}
