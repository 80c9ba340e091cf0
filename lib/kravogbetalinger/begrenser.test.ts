import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import Redis from "ioredis";
import { startRedisServer } from "../../dev/redis";
import { KoeFristUtloept, lagBegrenser, plasserIProsess, plasserIRedis, type Begrenser, type KoeValg } from "./begrenser";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs tasks that each take `ms`, counting how many run at once (across every limiter given). */
function teller() {
  let aktive = 0;
  let maks = 0;
  const rekkefoelge: string[] = [];
  return {
    oppgave: (navn: string, ms: number) => async () => {
      aktive++;
      maks = Math.max(maks, aktive);
      rekkefoelge.push(navn);
      await sleep(ms);
      aktive--;
      return navn;
    },
    get maks() {
      return maks;
    },
    rekkefoelge,
  };
}

const valg = (v: Partial<KoeValg> = {}): KoeValg => ({ prioritet: "side", eier: "a", holdMs: 2000, ...v });

describe("in process", () => {
  test("at most 5 at once, however many wait; a failing task frees its slot", async () => {
    const b = lagBegrenser(plasserIProsess(5));
    const t = teller();
    const alle = Array.from({ length: 23 }, (_, i) =>
      b.kjoer(valg({ eier: `p${i % 3}` }), i === 4 ? () => Promise.reject(new Error("nei")) : t.oppgave(String(i), 5)),
    );
    const svar = await Promise.allSettled(alle);
    assert.equal(t.maks, 5);
    assert.equal(svar.filter((s) => s.status === "rejected").length, 1);
    assert.equal(b.aktive + b.ventende, 0);
  });

  test("a page request goes before every waiting background call", async () => {
    const b = lagBegrenser(plasserIProsess(1));
    const t = teller();
    const bakgrunn = Array.from({ length: 5 }, (_, i) => b.kjoer(valg({ prioritet: "bakgrunn", eier: "rita" }), t.oppgave(`b${i}`, 5)));
    await sleep(1);
    const side = b.kjoer(valg({ prioritet: "side", eier: "kari" }), t.oppgave("side", 5));
    await Promise.all([...bakgrunn, side]);
    // b0 was already running; the page is next.
    assert.deepEqual(t.rekkefoelge.slice(0, 2), ["b0", "side"]);
  });

  test("fairness: round-robin between people, so 200 of Rita's calls do not starve Ola's few", async () => {
    const b = lagBegrenser(plasserIProsess(1));
    const t = teller();
    const rita = Array.from({ length: 20 }, (_, i) => b.kjoer(valg({ prioritet: "bakgrunn", eier: "rita" }), t.oppgave(`r${i}`, 2)));
    await sleep(1);
    const ola = Array.from({ length: 3 }, (_, i) => b.kjoer(valg({ prioritet: "bakgrunn", eier: "ola" }), t.oppgave(`o${i}`, 2)));
    await Promise.all([...rita, ...ola]);
    const sisteOla = t.rekkefoelge.indexOf("o2");
    assert.ok(sisteOla <= 7, `Ola's last call was number ${sisteOla + 1} of 23: ${t.rekkefoelge.join(" ")}`);
  });

  test("a call that cannot start before its deadline fails with KoeFristUtloept and leaves the queue", async () => {
    const b = lagBegrenser(plasserIProsess(1));
    const t = teller();
    const lang = b.kjoer(valg(), t.oppgave("lang", 120));
    const sen = b.kjoer(valg({ frist: performance.now() + 30 }), t.oppgave("sen", 1));
    await assert.rejects(sen, KoeFristUtloept);
    assert.equal(b.ventende, 0);
    await lang;
    assert.deepEqual(t.rekkefoelge, ["lang"]);
  });
});

describe("in Redis, shared by instances", () => {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  let server: Awaited<ReturnType<typeof startRedisServer>>;
  const klienter: Redis[] = [];
  const nyRedis = async () => {
    const r = new Redis(server.url, { keyPrefix: "kob:", enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500 });
    r.on("error", () => {});
    await new Promise((res) => r.once("ready", res));
    klienter.push(r);
    return r;
  };

  before(async () => {
    server = await startRedisServer(port);
  });
  after(async () => {
    for (const r of klienter) r.disconnect();
    await server.stop();
  });

  test("three instances together never run more than 5 at once", async () => {
    const begrensere: Begrenser[] = [];
    for (let i = 0; i < 3; i++) begrensere.push(lagBegrenser(plasserIRedis(await nyRedis(), 5, { navnerom: "t1:", pollMs: 2 })));
    const t = teller();
    await Promise.all(Array.from({ length: 60 }, (_, i) => begrensere[i % 3]!.kjoer(valg({ eier: `p${i % 4}` }), t.oppgave(String(i), 8))));
    assert.equal(t.maks, 5);
    assert.equal(t.rekkefoelge.length, 60);
  });

  test("an instance that dies holding slots cannot leak them: the leases expire", async () => {
    const r = await nyRedis();
    const doed = plasserIRedis(r, 5, { navnerom: "t2:", margMs: 0 });
    for (let i = 0; i < 5; i++) assert.ok(await doed.ta("side", 150, false));
    // ... and never releases them. Another instance waits until they expire.
    const levende = lagBegrenser(plasserIRedis(await nyRedis(), 5, { navnerom: "t2:", pollMs: 5 }));
    const start = performance.now();
    assert.equal(await levende.kjoer(valg(), async () => "ok"), "ok");
    const ventet = performance.now() - start;
    assert.ok(ventet >= 100 && ventet < 1000, `waited ${Math.round(ventet)} ms`);
  });

  test("while one instance has a page request waiting, another instance's background fill does not take the freed slot", async () => {
    const a = plasserIRedis(await nyRedis(), 1, { navnerom: "t3:" });
    const b = plasserIRedis(await nyRedis(), 1, { navnerom: "t3:" });
    const id = await a.ta("bakgrunn", 2000, false);
    assert.ok(id);
    assert.equal(await b.ta("side", 2000, true), null); // b's page request waits, and says so
    await a.slipp(id);
    assert.equal(await a.ta("bakgrunn", 2000, false), null, "background must let the waiting page go first");
    const side = await b.ta("side", 2000, false);
    assert.ok(side, "the page request gets the slot");
    await b.slipp(side);
    assert.ok(await a.ta("bakgrunn", 2000, false), "and then background may go");
  });
});
