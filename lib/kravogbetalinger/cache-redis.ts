import type Redis from "ioredis";
import { logger } from "../log";
import type { ResultCache } from "./cache";

/**
 * The API answer cache in Redis, shared by every instance. Values are JSON with a TTL. When
 * Redis fails, a read is a miss and a write is skipped: the app keeps answering, only slower.
 */
export function createRedisCache(redis: Redis, namespace = "api:"): ResultCache {
  let warned = 0;
  const degrade = (error: unknown, op: string) => {
    // One line per minute at most, not one per request.
    if (Date.now() - warned > 60_000) {
      warned = Date.now();
      logger.warn({ err: error, op }, "redis cache unavailable: falling back to upstream");
    }
  };
  return {
    async get<T>(key: string) {
      try {
        const text = await redis.get(namespace + key);
        return text === null ? undefined : (JSON.parse(text) as T);
      } catch (error) {
        degrade(error, "get");
        return undefined;
      }
    },
    async set<T>(key: string, value: T, ttlSeconds: number) {
      if (!(ttlSeconds > 0)) return;
      try {
        await redis.set(namespace + key, JSON.stringify(value), "EX", Math.ceil(ttlSeconds));
      } catch (error) {
        degrade(error, "set");
      }
    },
    async delete(key: string) {
      try {
        await redis.del(namespace + key);
      } catch (error) {
        degrade(error, "delete");
      }
    },
  };
}
