import { test } from "node:test";
import assert from "node:assert/strict";
import { encode } from "next-auth/jwt";
import { getServerEnv } from "@/lib/env";
import { readSessionFromCookie, sessionIdFromCookie } from "./session";
import { getSessionStore, type SessionRecord } from "./session-store";

const MIN = 60_000;
const NOW = Date.now();

async function cookieFor(sessionId: string) {
  return encode({ token: { sessionId }, secret: getServerEnv().NEXTAUTH_SECRET });
}

async function stored(id: string, over: Partial<SessionRecord> = {}) {
  const record: SessionRecord = { id, pid: "24817510260", name: null, sid: `sid-${id}`, acr: "idporten-loa-high", createdAt: NOW, lastSeenAt: NOW, expiresAt: NOW + 10 * 60 * MIN, idToken: "x", altinn: null, parties: null, ...over };
  await getSessionStore().put(record);
  return record;
}

test("no cookie, or one not made with our secret, is no session", async () => {
  assert.deepEqual(await readSessionFromCookie(undefined), { status: "none" });
  const foreign = await encode({ token: { sessionId: "a" }, secret: "another-secret-another-secret-another-secret" });
  assert.deepEqual(await readSessionFromCookie(foreign), { status: "none" });
  assert.equal(await sessionIdFromCookie("not-a-jwe"), null);
});

test("an active session is found and its use is recorded", async () => {
  await stored("active", { lastSeenAt: NOW - 5 * MIN });
  const state = await readSessionFromCookie(await cookieFor("active"), NOW);
  assert.equal(state.status, "active");
  assert.equal((await getSessionStore().get("active"))?.lastSeenAt, NOW);
});

test("after 30 idle minutes the session is over and forgotten; the next request must log in", async () => {
  await stored("idle", { lastSeenAt: NOW - 30 * MIN });
  assert.deepEqual(await readSessionFromCookie(await cookieFor("idle"), NOW), { status: "expired", reason: "idle-timeout" });
  assert.equal(await getSessionStore().get("idle"), null);
});

test("after 10 hours the session is over however active it was", async () => {
  await stored("old", { createdAt: NOW - 10 * 60 * MIN, lastSeenAt: NOW - MIN, expiresAt: NOW + 60 * MIN });
  assert.deepEqual(await readSessionFromCookie(await cookieFor("old"), NOW), { status: "expired", reason: "max-lifetime" });
});

test("a session ended by front-channel logout is gone even though the cookie is still valid", async () => {
  await stored("fc");
  await getSessionStore().endSid("sid-fc", NOW + 60 * MIN);
  assert.deepEqual(await readSessionFromCookie(await cookieFor("fc"), NOW), { status: "expired", reason: "ended" });
});
