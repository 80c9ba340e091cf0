import { test } from "node:test";
import assert from "node:assert/strict";
import { createMemoryCache, InFlight } from "./cache";

test("the memory cache keeps a value for its TTL and no longer", async () => {
  let now = 0;
  const cache = createMemoryCache({ now: () => now });
  await cache.set("a", { x: 1 }, 30);
  now = 29_999;
  assert.deepEqual(await cache.get("a"), { x: 1 });
  now = 30_000;
  assert.equal(await cache.get("a"), undefined);
  await cache.set("b", 1, 0);
  assert.equal(await cache.get("b"), undefined, "TTL 0 stores nothing");
  await cache.set("c", 1, 10);
  await cache.delete("c");
  assert.equal(await cache.get("c"), undefined);
});

test("the memory cache drops expired entries, then the oldest, when full", async () => {
  let now = 0;
  const cache = createMemoryCache({ maxEntries: 3, now: () => now });
  await cache.set("short", 1, 1);
  await cache.set("a", 1, 60);
  await cache.set("b", 1, 60);
  now = 2_000;
  await cache.set("c", 1, 60);
  assert.equal(cache.size(), 3);
  assert.equal(await cache.get("short"), undefined);
  await cache.set("d", 1, 60);
  assert.equal(cache.size(), 3);
  assert.equal(await cache.get("a"), undefined, "oldest dropped");
  assert.equal(await cache.get("d"), 1);
});

test("InFlight: identical concurrent calls share one run; a settled one is forgotten", async () => {
  const inFlight = new InFlight();
  let runs = 0;
  const slow = () =>
    inFlight.run("k", async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 10));
      return runs;
    });
  assert.deepEqual(await Promise.all([slow(), slow(), slow()]), [1, 1, 1]);
  assert.equal(inFlight.size, 0);
  assert.equal(await slow(), 2);
  const failing = () => inFlight.run("f", async () => Promise.reject(new Error("nope")));
  await assert.rejects(Promise.all([failing(), failing()]), /nope/);
  assert.equal(inFlight.size, 0);
});
