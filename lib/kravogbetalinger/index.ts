import "server-only";
import { getServerEnv, type ServerEnv } from "../env";
import { createMaskinportenClient, getMaskinportenClient, maskinportenConfigFromEnv } from "../maskinporten";
import { createKravOgBetalingerClient, type KravOgBetalingerClient, type KravOgBetalingerConfig } from "./client";
import { metrics } from "../metrics";
import { getRedis } from "../redis";
import { createMemoryCache, type ResultCache } from "./cache";
import { createRedisCache } from "./cache-redis";
import type { AapneKrav, InnbetalingerIPeriode, KravIPeriode, Periode, Spraak, UtbetalingerIPeriode } from "./model";

/**
 * The server-only entry point: one function per API endpoint, configured from the environment
 * (getServerEnv) on first use. Each throws KravOgBetalingerError on failure; KB-007 gives an
 * empty result, KB-009 an error whose `ingenDataForPart` is true.
 */

export { createKravOgBetalingerClient } from "./client";
export type { KravOgBetalingerClient, KravOgBetalingerConfig, UpstreamCall, Endepunkt } from "./client";
export { KravOgBetalingerError } from "./errors";
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
