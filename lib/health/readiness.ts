import "server-only";
import { ConfigError, getServerEnv } from "@/lib/env";
import { logger } from "@/lib/log";

export type Check = { name: string; ok: boolean; detail?: string };

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
  const ready = checks.every((c) => c.ok);
  if (!ready) logger.warn({ checks }, "not ready");
  return { ready, checks };
}
