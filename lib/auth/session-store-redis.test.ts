import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { startRedisServer } from "../../dev/redis";
import type { SessionRecord } from "./session-store";
import { RedisSessionStore } from "./session-store-redis";

const port = Number(process.env.KOB_TEST_REDIS_PORT ?? 6391) + 1;
let server: Awaited<ReturnType<typeof startRedisServer>>;
const clients: Redis[] = [];

function client() {
  const redis = new Redis(server.url, { keyPrefix: "kob:" });
  clients.push(redis);
  return redis;
}

before(async () => {
  server = await startRedisServer(port);
});

after(async () => {
  for (const c of clients) c.disconnect();
  await server.stop();
});

function record(id: string, sid: string | null, now = Date.now()): SessionRecord {
  return {
    id,
    pid: "24817510260",
    name: "Kari Nordmann",
    sid,
    acr: "idporten-loa-high",
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + 60_000,
    idToken: "id-token",
    altinn: null,
    parties: null,
  };
}

test("a session written through one instance is read through another", async () => {
  const a = new RedisSessionStore(client());
  const b = new RedisSessionStore(client());
  await a.put(record("s1", "sid-1"));
  assert.equal((await b.get("s1"))?.name, "Kari Nordmann");
  await b.delete("s1");
  assert.equal(await a.get("s1"), null);
});

test("front-channel logout by sid through one instance ends the sessions on all", async () => {
  const a = new RedisSessionStore(client());
  const b = new RedisSessionStore(client());
  await a.put(record("s2", "sid-2"));
  await a.put(record("s3", "sid-2"));
  await a.put(record("s4", "sid-other"));
  assert.equal(await b.endSid("sid-2", Date.now() + 60_000), 2);
  assert.equal(await a.get("s2"), null);
  assert.equal(await a.get("s3"), null);
  assert.ok(await a.get("s4"));
  assert.equal(await a.isSidEnded("sid-2"), true);
  // A session that arrives later with an ended sid is not accepted either.
  await a.put(record("s5", "sid-2"));
  assert.equal(await b.get("s5"), null);
});

test("records expire in Redis at their absolute end, so a pid is not kept longer", async () => {
  const redis = client();
  const store = new RedisSessionStore(redis);
  const r = record("s6", null);
  r.expiresAt = Date.now() + 5_000;
  await store.put(r);
  const ttl = await redis.pttl("session:s6");
  assert.ok(ttl > 0 && ttl <= 5_000, `pttl ${ttl}`);
});

test("10 000 random sids leave Redis's key count unchanged; an ended sid lives at most 120 minutes", async () => {
  const redis = client();
  const store = new RedisSessionStore(redis);
  await store.put(record("s7", "sid-7"));
  const before = await redis.dbsize();
  for (let i = 0; i < 10_000; i++) assert.equal(await store.endSid(randomUUID(), Date.now() + 10 * 3_600_000), 0);
  assert.equal(await redis.dbsize(), before);
  assert.ok(await store.get("s7"));
  assert.equal(await store.endSid("sid-7", Date.now() + 10 * 3_600_000), 1);
  const ttl = await redis.pttl("ended-sid:sid-7");
  assert.ok(ttl > 0 && ttl <= 120 * 60_000, `pttl ${ttl}`);
});
