import { existsSync } from "node:fs";
import { NO_REDIS_MESSAGE, redisServerBinary, startRedisServer } from "../../dev/redis";
import { NO_NGINX_MESSAGE, nginxBinary, startNginx } from "../../e2e/helpers/nginx";
import { Processes, waitForOk } from "../../e2e/helpers/processes";

/**
 * What the benches run against: the stand-ins and one or two app instances from the production
 * build (`next start`), each in its own process; with two, Redis holds the sessions and nginx
 * spreads requests round-robin. Everything listens on localhost only and stops with `stop()`.
 *
 * Ports (env): BENCH_STANDIN_PORT_BASE (4360: 4360-4364), BENCH_APP_PORT (3351: 3351, 3352 for
 * the second instance), BENCH_PROXY_PORT (3354), BENCH_REDIS_PORT (6420).
 */
export const benchPorts = {
  standInBase: Number(process.env.BENCH_STANDIN_PORT_BASE ?? 4360),
  app: Number(process.env.BENCH_APP_PORT ?? 3351),
  proxy: Number(process.env.BENCH_PROXY_PORT ?? 3354),
  redis: Number(process.env.BENCH_REDIS_PORT ?? 6420),
};

export type Stack = {
  /** Where the benches send requests: the one instance, or the proxy in front of two. */
  baseUrl: string;
  instances: number;
  /** What the app instances printed (warnings and errors at LOG_LEVEL=warn), the last lines of each. */
  appLogs: () => string;
  stop: () => Promise<void>;
};

export const NO_BUILD_MESSAGE = "Fant ingen produksjonsbygg (.next/BUILD_ID). Kjør `npm run build` først.";

/** `redis`: sessions and caches in Redis even for one instance (always for two). */
export async function startStack(opts: { instances: 1 | 2; redis?: boolean; env?: Record<string, string> }): Promise<Stack> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(`${distDir}/BUILD_ID`)) throw new Error(NO_BUILD_MESSAGE);
  const two = opts.instances === 2;
  const useRedis = two || opts.redis === true;
  if (useRedis && !redisServerBinary()) throw new Error(NO_REDIS_MESSAGE);
  if (two && !nginxBinary) throw new Error(NO_NGINX_MESSAGE);

  const appPorts = two ? [benchPorts.app, benchPorts.app + 1] : [benchPorts.app];
  const baseUrl = `http://localhost:${two ? benchPorts.proxy : benchPorts.app}`;
  const processes = new Processes();
  let stopRedis: (() => Promise<void>) | undefined;
  const stop = async () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await processes.stopAll();
    await stopRedis?.();
  };
  const onSignal = () => void stop().then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    const common = {
      PATH: process.env.PATH,
      NEXT_TELEMETRY_DISABLED: "1",
      STANDIN_PORT_BASE: String(benchPorts.standInBase),
      NEXTAUTH_URL: baseUrl,
      LOG_LEVEL: "warn",
    };
    processes.start("stand-ins", process.execPath, ["--import", "tsx", "dev/index.ts"], common);
    await waitForOk(`http://localhost:${benchPorts.standInBase}/health`, () => processes.output("stand-ins"));
    let redisUrl: string | undefined;
    if (useRedis) {
      const redis = await startRedisServer(benchPorts.redis);
      stopRedis = redis.stop;
      redisUrl = redis.url;
    }
    for (const [i, port] of appPorts.entries()) {
      processes.start(`app${i + 1}`, process.execPath, ["scripts/start.mjs"], {
        ...common,
        APP_ENV: "test",
        PORT: String(port),
        ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
        ...opts.env,
      });
    }
    if (two) startNginx(processes, { port: benchPorts.proxy, upstreamPorts: appPorts, keepalive: 32 });
    for (const [i, port] of appPorts.entries()) {
      await waitForOk(`http://localhost:${port}/api/internal/isready`, () => processes.output(`app${i + 1}`));
    }
    if (two) await waitForOk(`${baseUrl}/api/internal/isalive`, () => processes.output("nginx"));
  } catch (error) {
    await stop();
    throw error;
  }
  const appLogs = () => appPorts.map((_, i) => processes.output(`app${i + 1}`)).join("");
  return { baseUrl, instances: opts.instances, appLogs, stop };
}
