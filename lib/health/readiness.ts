import "server-only";
import { ConfigError, getServerEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { redisReachable } from "@/lib/redis";

/** `degradesOnly`: a failing check that slows the app or limits a feature but does not stop it. */
export type Check = { name: string; ok: boolean; detail?: string; degradesOnly?: boolean };

async function reachable(name: string, url: string, timeoutMs: number): Promise<Check> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
    return res.ok ? { name, ok: true } : { name, ok: false, detail: `HTTP ${res.status}` };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Readiness: configuration parses and the upstreams' discovery documents answer. */
export async function checkReadiness(timeoutMs = 2000): Promise<{ ready: boolean; checks: Check[] }> {
  let env;
  try {
    env = getServerEnv();
  } catch (error) {
    const detail = error instanceof ConfigError ? error.message : "ukjent konfigurasjonsfeil";
    return { ready: false, checks: [{ name: "config", ok: false, detail }] };
  }
  const checks: Check[] = [{ name: "config", ok: true }];
  checks.push(
    ...(await Promise.all([
      reachable("idporten", env.IDPORTEN_WELL_KNOWN_URL, timeoutMs),
      reachable("maskinporten", env.MASKINPORTEN_WELL_KNOWN_URL, timeoutMs),
    ])),
  );
  const redis = await redisReachable();
  // Redis down means cache misses and no logout-by-sid across instances: reported, not fatal,
  // so that a Redis outage does not take every instance out of the load balancer.
  if (redis !== null) checks.push({ name: "redis", ok: redis, degradesOnly: true, ...(redis ? {} : { detail: "svarer ikke" }) });
  const ready = checks.every((c) => c.ok || c.degradesOnly);
  if (!checks.every((c) => c.ok)) logger.warn({ checks }, ready ? "degraded" : "not ready");
  return { ready, checks };
}
