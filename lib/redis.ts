import "server-only";
import Redis from "ioredis";
import { getServerEnv } from "./env";
import { logger } from "./log";

/**
 * One Redis connection per process, when REDIS_URL is set. Every key is namespaced under
 * `kob:` and written with a TTL by its owner. Commands fail fast while Redis is down
 * (no offline queue), so callers can degrade instead of hanging.
 */

export const KEY_PREFIX = "kob:";

const globalForRedis = globalThis as unknown as { kobRedis?: Redis | null };

export function createRedis(url: string): Redis {
  const client = new Redis(url, {
    keyPrefix: KEY_PREFIX,
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let down = false;
  client.on("error", (error: Error) => {
    if (!down) logger.error({ err: error }, "redis unavailable");
    down = true;
  });
  client.on("ready", () => {
    if (down) logger.info("redis available again");
    down = false;
  });
  return client;
}

/** The shared Redis client, or null when REDIS_URL is not set (single instance, in memory). */
export function getRedis(): Redis | null {
  if (globalForRedis.kobRedis === undefined) {
    const url = getServerEnv().REDIS_URL;
    globalForRedis.kobRedis = url ? createRedis(url) : null;
  }
  return globalForRedis.kobRedis;
}

/** For readiness: null when Redis is not configured, else whether it answers PING. */
export async function redisReachable(): Promise<boolean | null> {
  const redis = getRedis();
  if (!redis) return null;
  try {
    return (await redis.ping()) === "PONG";
  } catch {
    return false;
  }
}
