import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { MemorySessionStore, type SessionRecord } from "./session-store";
import { judgeSession, needsTouch } from "./session-policy";

const MIN = 60_000;
const HOUR = 60 * MIN;

function record(id: string, sid: string | null, now: number, over: Partial<SessionRecord> = {}): SessionRecord {
  return { id, pid: "24817510260", name: "Kari Nordmann", sid, acr: "idporten-loa-high", createdAt: now, lastSeenAt: now, expiresAt: now + 10 * HOUR, idToken: "id.token.x", altinn: null, parties: null, ...over };
}

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

test("a stored session is found by id until it is deleted", async () => {
  const c = clock();
  const store = new MemorySessionStore(c.now);
  await store.put(record("a", "sid-1", c.now()));
  assert.equal((await store.get("a"))?.pid, "24817510260");
  await store.delete("a");
  assert.equal(await store.get("a"), null);
});

test("changing a returned record does not change the stored one until put", async () => {
  const c = clock();
  const store = new MemorySessionStore(c.now);
  await store.put(record("a", null, c.now()));
  const got = (await store.get("a"))!;
  got.name = "Endret";
  assert.equal((await store.get("a"))?.name, "Kari Nordmann");
});

test("front-channel logout ends every session with that sid, and only those", async () => {
  const c = clock();
  const store = new MemorySessionStore(c.now);
  await store.put(record("a", "sid-1", c.now()));
  await store.put(record("b", "sid-1", c.now()));
  await store.put(record("c", "sid-2", c.now()));
  assert.equal(await store.endSid("sid-1", c.now() + 10 * HOUR), 2);
  assert.equal(await store.get("a"), null);
  assert.equal(await store.get("b"), null);
  assert.equal((await store.get("c"))?.id, "c");
});

test("a login that completes with an already ended sid is not usable; the sid is forgotten after ID-porten's 120 minutes", async () => {
  const c = clock();
  const store = new MemorySessionStore(c.now);
  await store.put(record("first", "sid-late", c.now()));
  assert.equal(await store.endSid("sid-late", c.now() + 10 * HOUR), 1);
  await store.put(record("late", "sid-late", c.now()));
  assert.equal(await store.get("late"), null);
  assert.equal(await store.isSidEnded("sid-late"), true);
  c.advance(120 * MIN);
  assert.equal(await store.isSidEnded("sid-late"), false, "kept no longer than ID-porten's own session, even when asked for 10 hours");
});

test("10 000 random sids sent to front-channel logout leave the store's size unchanged", async () => {
  const c = clock();
  const store = new MemorySessionStore(c.now);
  await store.put(record("a", "sid-real", c.now()));
  await store.put(record("b", null, c.now()));
  const before = store.footprint;
  for (let i = 0; i < 10_000; i++) assert.equal(await store.endSid(randomUUID() + "x".repeat(i % 100), c.now() + 10 * HOUR), 0);
  assert.equal(store.footprint, before);
  assert.equal((await store.get("a"))?.id, "a", "the real session is untouched");
});

test("a sid whose sessions have all expired ends nothing and is not kept", async () => {
  const c = clock();
  const store = new MemorySessionStore(c.now);
  await store.put(record("old", "sid-old", c.now(), { expiresAt: c.now() + HOUR }));
  c.advance(2 * HOUR);
  assert.equal(await store.endSid("sid-old", c.now() + HOUR), 0);
  assert.equal(await store.isSidEnded("sid-old"), false);
});

test("records are forgotten at their absolute expiry, and swept on later writes", async () => {
  const c = clock();
  const store = new MemorySessionStore(c.now);
  await store.put(record("old", null, c.now(), { expiresAt: c.now() + HOUR }));
  c.advance(HOUR);
  assert.equal(await store.get("old"), null);
  await store.put(record("x", null, c.now(), { expiresAt: c.now() + HOUR }));
  await store.put(record("y", null, c.now()));
  c.advance(2 * HOUR);
  await store.put(record("z", null, c.now()));
  assert.equal(store.size, 2, "x was swept, y and z remain");
});

test("idle timeout: a session unused for the idle limit is over, one used just before is not", () => {
  const limits = { idleMinutes: 30, maxHours: 10 };
  const start = 1_700_000_000_000;
  const r = { createdAt: start, lastSeenAt: start + 60 * MIN };
  assert.equal(judgeSession(r, start + 60 * MIN + 29 * MIN, limits), "active");
  assert.equal(judgeSession(r, start + 60 * MIN + 30 * MIN, limits), "idle-timeout");
});

test("absolute lifetime: even an active session ends after the maximum hours", () => {
  const limits = { idleMinutes: 30, maxHours: 10 };
  const start = 1_700_000_000_000;
  assert.equal(judgeSession({ createdAt: start, lastSeenAt: start + 10 * HOUR - MIN }, start + 10 * HOUR - 1, limits), "active");
  assert.equal(judgeSession({ createdAt: start, lastSeenAt: start + 10 * HOUR - MIN }, start + 10 * HOUR, limits), "max-lifetime");
});

test("lastSeenAt is written at most every 15 seconds", () => {
  assert.equal(needsTouch({ lastSeenAt: 0 }, 14_999), false);
  assert.equal(needsTouch({ lastSeenAt: 0 }, 15_000), true);
});
