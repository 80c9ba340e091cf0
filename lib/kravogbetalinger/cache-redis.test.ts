import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import Redis from "ioredis";
import { startRedisServer } from "../../dev/redis";
import { createRedisCache } from "./cache-redis";

const port = Number(process.env.KOB_TEST_REDIS_PORT ?? 6391);
let server: Awaited<ReturnType<typeof startRedisServer>>;
let redis: Redis;

before(async () => {
  server = await startRedisServer(port);
  redis = new Redis(server.url, { keyPrefix: "kob:", enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500 });
  redis.on("error", () => {});
  await new Promise((r) => redis.once("ready", r));
});

after(async () => {
  redis.disconnect();
  await server.stop();
});

test("two instances share answers through Redis, under the kob: namespace with a TTL", async () => {
  const a = createRedisCache(redis);
  const b = createRedisCache(redis);
  await a.set("313367002:aapnekrav", { saldo: 448600 }, 30);
  assert.deepEqual(await b.get("313367002:aapnekrav"), { saldo: 448600 });
  const raw = new Redis(server.url);
  const ttl = await raw.ttl("kob:api:313367002:aapnekrav");
  raw.disconnect();
  assert.ok(ttl > 0 && ttl <= 30, `ttl ${ttl}`);
  await b.delete("313367002:aapnekrav");
  assert.equal(await a.get("313367002:aapnekrav"), undefined);
});

test("a zero TTL stores nothing", async () => {
  const cache = createRedisCache(redis);
  await cache.set("k0", { x: 1 }, 0);
  assert.equal(await cache.get("k0"), undefined);
});

test("with Redis down, reads are misses and writes are skipped instead of errors", async () => {
  const dead = new Redis("redis://127.0.0.1:1", {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  dead.on("error", () => {});
  const cache = createRedisCache(dead);
  await cache.set("k", { x: 1 }, 30);
  assert.equal(await cache.get("k"), undefined);
  dead.disconnect();
});
